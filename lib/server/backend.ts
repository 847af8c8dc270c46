import "server-only";
// Chooses the coupon backend once per process: the Wix gateway when WIX_API_KEY and WIX_SITE_ID
// are set, otherwise the embedded SQLite store, seeded with demo data on its first start. The
// choice is logged at start; a half-done Wix setup is logged as an error and shown in a banner.
import type { CatalogueGateway } from "@/lib/coupons/domain/catalogue";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import { openDatabase, dataDirectory } from "./store/database";
import { SqliteCouponStore } from "./store/coupon-store";
import { StoreCatalogueGateway } from "./store/store-catalogue";
import { seedOnFirstStart } from "./store/seed";
import { STORE_SITE } from "./usage/usage-site";
import { chooseBackend } from "./wix/config";
import { WixCatalogueGateway } from "./wix/catalogue";
import { WixCouponGateway } from "./wix/gateway";

interface Backend {
  gateway: CouponGateway;
  /** The items coupons point at: the store's demo catalogue, or Wix's Stores, Bookings, Events and Pricing Plans. */
  catalogue: CatalogueGateway;
  kind: "store" | "wix";
  /** The same coupons for scheduled work (usage snapshots): on Wix, in the throttle's background lane. */
  background: CouponGateway;
  /** The same coupons for bulk work a person started (bulk actions, exports, family batches): on Wix, behind page views. */
  bulk: CouponGateway;
  /** Whose coupons these are, for the app's own records of them: "store", or "wix:<site id>". */
  site: string;
  /** The embedded store, when it is the backend. */
  store?: SqliteCouponStore;
  /** A configuration problem the header shows, e.g. WIX_SITE_ID missing. */
  notice?: string;
}

const globalForBackend = globalThis as unknown as { couponBackend?: Backend };

function createStoreBackend(notice?: string): Backend {
  const db = openDatabase();
  const store = new SqliteCouponStore(db, { label: "Local store (demo data)" });
  const seeded = process.env.COUPON_SEED === "none" ? null : seedOnFirstStart(db, store);
  console.info(
    `[coupons] backend: ${store.label} at ${dataDirectory()}` + (seeded ? ` (first start: added ${seeded.added} demo coupons)` : ""),
  );
  const catalogue = new StoreCatalogueGateway(store.catalogue);
  return {
    gateway: store,
    background: store,
    bulk: store,
    site: STORE_SITE,
    catalogue,
    kind: "store",
    store,
    ...(notice ? { notice } : {}),
  };
}

function createBackend(): Backend {
  const choice = chooseBackend(process.env);
  if (choice.kind === "wix") {
    const { apiKey, siteId, baseUrl, label, collectionQueries } = choice;
    const gateway = new WixCouponGateway({ apiKey, siteId, baseUrl, label, collectionQueries });
    const background = new WixCouponGateway({ apiKey, siteId, baseUrl, label, collectionQueries, lane: "background" });
    const bulk = new WixCouponGateway({ apiKey, siteId, baseUrl, label, collectionQueries, lane: "bulk" });
    const catalogue = new WixCatalogueGateway({ apiKey, siteId, baseUrl });
    const paths = choice.collectionQueries ? "REST v2 + Data Items (Marketing/Coupons)" : "REST v2 only (WIX_DATA_ITEMS is off)";
    console.info(`[coupons] backend: Wix site ${siteId.slice(0, 4)}… at ${baseUrl}, ${paths}`);
    return { gateway, background, bulk, site: `wix:${siteId}`, catalogue, kind: "wix" };
  }
  if (choice.kind === "incomplete") console.error(`[coupons] ${choice.problem}`);
  return createStoreBackend(choice.kind === "incomplete" ? choice.problem : undefined);
}

/** The embedded store, or (when configured) the Wix gateway. Cached across hot reloads. */
export function backend(): Backend {
  globalForBackend.couponBackend ??= createBackend();
  return globalForBackend.couponBackend;
}

export function catalogueGateway(): CatalogueGateway {
  return backend().catalogue;
}

/** The coupons for bulk work a person started: never ahead of a page view in the Wix throttle. */
export function bulkGateway(): CouponGateway {
  return backend().bulk;
}

/** The coupons for scheduled work: never ahead of a person in the Wix throttle. */
export function backgroundGateway(): CouponGateway {
  return backend().background;
}

export function couponGateway(): CouponGateway {
  return backend().gateway;
}

/** A configuration problem to show above every page, if any. */
export function backendNotice(): string | undefined {
  return backend().notice;
}
