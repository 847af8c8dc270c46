import "server-only";
// Two weeks of made-up history for the demo store's live coupons, so a newcomer sees sparklines,
// charts and forecasts at once. Each history ends at the coupon's real count, one slot before now,
// so the first real round finds nothing changed. The shapes are picked by the coupon's id: steady,
// rising, fading or new; one code with plenty of uses gets a leak (most of its uses in the last
// hours), and one close to its limit is running out within a day.
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import type { Coupon } from "@/lib/coupons/domain/model";
import type { UsageReading } from "@/lib/coupons/usage/readings";
import { livePages } from "./snapshot-round";
import type { UsageReadings } from "./usage-readings";

const STEP_MS = 3 * 3_600_000;
const STEPS = 14 * 8;
/** A "new" coupon has been used for the last five days: busy, but at an even pace, not a leak. */
const NEW_STEPS = 5 * 8;

type Shape = "steady" | "rising" | "fading" | "new" | "leak";

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** How much of the coupon's use falls in step `k` (0 oldest): busier in the day, by shape. */
function weight(shape: Shape, k: number, at: number, seed: number): number {
  const hour = new Date(at).getUTCHours();
  const daytime = hour >= 8 && hour < 22 ? 1 : 0.25;
  const jitter = 0.6 + ((hash(`${seed}:${k}`) % 1000) / 1000) * 0.8;
  const x = k / (STEPS - 1);
  const base = { steady: 1, rising: x * x, fading: (1 - x) * (1 - x) + 0.02, new: k >= STEPS - NEW_STEPS ? 1 : 0, leak: 0.15 }[shape];
  const leak = shape === "leak" && k >= STEPS - 2 ? 40 : 0;
  return (base * daytime + leak) * jitter;
}

/** The readings (change-only) that lead up to `uses` at `end`, in `shape`. */
export function demoHistory(couponId: string, uses: number, shape: Shape, end: number): UsageReading[] {
  const seed = hash(couponId);
  const times = Array.from({ length: STEPS }, (_, k) => end - (STEPS - 1 - k) * STEP_MS);
  const weights = times.map((at, k) => weight(shape, k, at, seed));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const readings: UsageReading[] = [];
  let sum = 0;
  times.forEach((at, k) => {
    sum += weights[k]!;
    const count = k === STEPS - 1 ? uses : Math.round((uses * sum) / total);
    if (readings.length === 0 || readings.at(-1)!.uses !== count) readings.push({ at, uses: count });
  });
  return readings;
}

function shapeOf(coupon: Coupon): Shape {
  return (["steady", "steady", "rising", "fading", "new"] as const)[hash(coupon.id) % 5]!;
}

/** The demo's two alerts: a well-used unlimited code that leaked, and one nearly out of uses. */
function specialShapes(coupons: Coupon[]): Map<string, Shape> {
  const byCode = [...coupons].sort((a, b) => a.specification.code.localeCompare(b.specification.code));
  const leak = byCode.find((c) => c.specification.usageLimit === undefined && c.numberOfUsages >= 60);
  const runningOut = byCode.find((c) => {
    const limit = c.specification.usageLimit;
    // Used for five days: what is left goes within a day when it is under a fifth of the uses.
    return limit !== undefined && limit > c.numberOfUsages && (limit - c.numberOfUsages) * 6 < c.numberOfUsages;
  });
  const special = new Map<string, Shape>();
  if (leak) special.set(leak.id, "leak");
  if (runningOut) special.set(runningOut.id, "new");
  return special;
}

/** A store this big was topped up for scale work (npm run seed), not a newcomer's demo. */
export const DEMO_HISTORY_MAX = 2_000;

/**
 * Fills an empty history with the demo's; returns how many coupons got one (0 when any history
 * exists, or when the store holds more live coupons than a demo).
 */
export async function seedDemoUsage(gateway: CouponGateway, readings: UsageReadings, slotMs: number, now = Date.now()): Promise<number> {
  if (!(await readings.isEmpty())) return 0;
  const live: Coupon[] = [];
  for await (const page of livePages(gateway)) {
    live.push(...page);
    if (live.length > DEMO_HISTORY_MAX) return 0;
  }
  const special = specialShapes(live);
  const end = Math.floor(now / slotMs) * slotMs - slotMs;
  for (const coupon of live) {
    const shape = special.get(coupon.id) ?? shapeOf(coupon);
    await readings.insertHistory(
      coupon.id,
      demoHistory(coupon.id, coupon.numberOfUsages, shape, end),
      coupon.specification.usageLimit ?? null,
    );
  }
  return live.length;
}
