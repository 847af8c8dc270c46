// Coupons a test makes for itself on whichever backend its project runs against: straight in the
// embedded store (store.ts; the fixture deletes them after the test), or at the Wix emulator over
// HTTP, as another app with the key would (the returned cleanup deletes them). Support users can't
// create coupons through the app, so specs that run as support make their data this way.
import type { TestInfo } from "@playwright/test";
import { createCoupons, recordUsageHistory, redeemCoupons } from "./store";

interface EmulatorAccess {
  emulatorUrl: string;
  emulatorKey: string;
  siteId: string;
}

export interface MadeCoupon {
  id: string;
  code: string;
}

/** A coupon to make and, optionally, how many times customers have used it already. */
export interface CouponSeed {
  specification: Record<string, unknown> & { code: string };
  uses?: number;
}

function emulatorOf(testInfo: TestInfo): EmulatorAccess | undefined {
  const metadata = testInfo.project.metadata as Partial<EmulatorAccess>;
  return metadata.emulatorUrl ? (metadata as EmulatorAccess) : undefined;
}

async function call(access: EmulatorAccess, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${access.emulatorUrl}${path}`, {
    method,
    headers: { Authorization: access.emulatorKey, "wix-site-id": access.siteId, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Wix's wire writes times as epoch-ms strings. */
const onTheWire = (specification: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(specification).map(([key, value]) => [
      key,
      (key === "startTime" || key === "expirationTime") && typeof value === "number" ? String(value) : value,
    ]),
  );

export async function makeCoupons(
  testInfo: TestInfo,
  seeds: CouponSeed[],
): Promise<{ coupons: MadeCoupon[]; cleanup: () => Promise<void> }> {
  const access = emulatorOf(testInfo);
  if (!access) {
    const ids = createCoupons(seeds.map((seed) => seed.specification));
    const used = seeds.flatMap((seed, i): [string, number][] => (seed.uses ? [[ids[i]!, seed.uses]] : []));
    if (used.length) redeemCoupons(used);
    // The fixture deletes whatever a test added to the store.
    return { coupons: ids.map((id, i) => ({ id, code: seeds[i]!.specification.code })), cleanup: async () => {} };
  }
  const coupons: MadeCoupon[] = [];
  for (const seed of seeds) {
    const { id } = (await call(access, "POST", "/stores/v2/coupons", { specification: onTheWire(seed.specification) })) as { id: string };
    coupons.push({ id, code: seed.specification.code });
    if (seed.uses) await call(access, "POST", `/_emulator/coupons/${id}/redemptions`, { uses: seed.uses });
  }
  return {
    coupons,
    cleanup: async () =>
      void (await Promise.all(coupons.map((c) => call(access, "DELETE", `/stores/v2/coupons/${c.id}`).catch(() => undefined)))),
  };
}

/**
 * What the usage snapshots saw of a coupon in the past, as [hours ago, count] pairs: filed in the
 * app's app.db under the site the project's app server records for (the store, or the Wix site).
 */
export function pastUsage(
  testInfo: TestInfo,
  coupon: MadeCoupon,
  usageLimit: number | null,
  points: [hoursAgo: number, uses: number][],
): void {
  const access = emulatorOf(testInfo);
  const now = Date.now();
  recordUsageHistory({
    site: access ? `wix:${access.siteId}` : "store",
    couponId: coupon.id,
    usageLimit,
    readings: points.map(([hoursAgo, uses]) => ({ at: Math.round(now - hoursAgo * 3_600_000), uses })),
  });
}

/** Customers used this coupon `uses` times at checkout, on whichever backend the project runs against. */
export async function redeemAt(testInfo: TestInfo, couponId: string, uses: number): Promise<void> {
  const access = emulatorOf(testInfo);
  if (!access) return redeemCoupons([[couponId, uses]]);
  await call(access, "POST", `/_emulator/coupons/${couponId}/redemptions`, { uses });
}
