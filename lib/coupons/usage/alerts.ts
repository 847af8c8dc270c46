// The alert a coupon's row and drawer show, if any: a leaked code (a burst far above its own pace,
// as when a code is posted on a deal site), or a limit that will be reached within a day.
import { PACE_DAYS, paceOver, usesUntilNow } from "./pace";
import { DAY_MS, HOUR_MS, trackedSince, usesBetween, type UsageReading } from "./readings";

/** A leak is judged on the uses in this many hours before now. */
export const LEAK_WINDOW_HOURS = 6;
/** The coupon's usual pace: the uses in this many days before the leak window. */
export const LEAK_BASELINE_DAYS = 7;
/** With less history than this before the window there is no usual pace to compare with. */
export const LEAK_MIN_BASELINE_DAYS = 2;
/** Fewer uses than this in the window are never a leak, however quiet the coupon was. */
export const LEAK_MIN_USES = 20;
/** A leak is at least this many times the uses the usual pace predicts for the window (taken as at least 1). */
export const LEAK_FACTOR = 5;
/** "Will hit its limit soon": within this many hours at the faster recent pace. */
export const LIMIT_SOON_HOURS = 24;

export type UsageAlert =
  | { kind: "leak"; recentUses: number; usualUses: number; windowHours: number }
  | { kind: "limit-soon"; hoursLeft: number; remaining: number };

interface AlertInput {
  readings: readonly UsageReading[];
  /** The current count, which may be newer than the last reading. */
  uses: number;
  usageLimit?: number | null;
  now: number;
}

function leak({ readings, uses, now }: AlertInput): UsageAlert | null {
  const since = trackedSince(readings);
  if (since === undefined) return null;
  const windowStart = now - LEAK_WINDOW_HOURS * HOUR_MS;
  const baselineStart = Math.max(windowStart - LEAK_BASELINE_DAYS * DAY_MS, since);
  const baselineMs = windowStart - baselineStart;
  if (baselineMs < LEAK_MIN_BASELINE_DAYS * DAY_MS) return null;
  const expected = (usesBetween(readings, baselineStart, windowStart) / baselineMs) * LEAK_WINDOW_HOURS * HOUR_MS;
  const recentUses = usesUntilNow(readings, windowStart, uses, now);
  if (recentUses < LEAK_MIN_USES || recentUses < LEAK_FACTOR * Math.max(expected, 1)) return null;
  return { kind: "leak", recentUses, usualUses: Math.round(expected), windowHours: LEAK_WINDOW_HOURS };
}

/** hoursLeft is rounded up to whole hours (at least 1). */
function limitSoon({ readings, uses, now }: AlertInput, remaining: number): UsageAlert | null {
  const paces = [PACE_DAYS * DAY_MS, DAY_MS].map((windowMs) => paceOver({ readings, uses, now, windowMs })?.perDay ?? 0);
  const fastest = Math.max(...paces);
  if (fastest <= 0) return null;
  const hours = (remaining / fastest) * 24;
  return hours <= LIMIT_SOON_HOURS ? { kind: "limit-soon", hoursLeft: Math.max(1, Math.ceil(hours)), remaining } : null;
}

export function usageAlert(input: AlertInput): UsageAlert | null {
  const limit = input.usageLimit ?? null;
  const remaining = limit === null ? Infinity : limit - input.uses;
  if (remaining <= 0) return null;
  return leak(input) ?? (limit === null ? null : limitSoon(input, remaining));
}
