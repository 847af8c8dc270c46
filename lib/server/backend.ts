import "server-only";
// Chooses the coupon backend once per process. Without Wix credentials the app runs on the
// embedded SQLite store, seeded with demo data on its first start.
import type { CouponGateway } from "@/lib/coupons/gateway";
import { openDatabase, dataDirectory } from "./store/database";
import { SqliteCouponStore } from "./store/coupon-store";
import { seedOnFirstStart } from "./store/seed";

interface Backend {
  gateway: CouponGateway;
  store: SqliteCouponStore;
}

const globalForBackend = globalThis as unknown as { couponBackend?: Backend };

function createBackend(): Backend {
  const db = openDatabase();
  const store = new SqliteCouponStore(db, { label: "Local store (demo data)" });
  const seeded = process.env.COUPON_SEED === "none" ? null : seedOnFirstStart(db, store);
  console.info(
    `[coupons] backend: ${store.label} at ${dataDirectory()}` +
      (seeded ? ` (first start: added ${seeded.added} demo coupons)` : ""),
  );
  return { gateway: store, store };
}

/** The embedded store, or (when configured) the Wix gateway. Cached across hot reloads. */
export function backend(): Backend {
  globalForBackend.couponBackend ??= createBackend();
  return globalForBackend.couponBackend;
}

export function couponGateway(): CouponGateway {
  return backend().gateway;
}
