// A coupon's pace: uses per day over a recent window (or the tracked span, when shorter), counting
// the coupon's current count, which may be newer than its last reading. Shared by forecast and alerts.
import { DAY_MS, HOUR_MS, trackedSince, usesAt, type UsageReading } from "./readings";

/** The recent pace is the uses over this many days (or the tracked span, when shorter). */
export const PACE_DAYS = 3;
/** Less history than this gives no pace: a few hours say little about a day. */
export const MIN_PACE_HOURS = 6;

export interface Pace {
  /** Uses per day over the span. */
  perDay: number;
  /** Uses in the span. */
  uses: number;
  /** The span the pace is measured over, ms: the window, or less when tracking began later. */
  spanMs: number;
}

/**
 * Uses in (from, now], where `uses` is the count at `now` (it may be newer than the last reading).
 * Before tracking began the count is taken as the first reading's; 0 before the first reading.
 */
export function usesUntilNow(readings: readonly UsageReading[], from: number, uses: number, now: number): number {
  const last = usesAt(readings, now);
  if (last === undefined || now <= from) return 0;
  const start = usesAt(readings, from) ?? readings[0]!.uses;
  return Math.max(0, Math.max(last, uses) - start);
}

/** The pace over the `windowMs` before `now`; null with under MIN_PACE_HOURS of history. */
export function paceOver(args: { readings: readonly UsageReading[]; uses: number; now: number; windowMs: number }): Pace | null {
  const since = trackedSince(args.readings);
  if (since === undefined) return null;
  const from = Math.max(args.now - args.windowMs, since);
  const spanMs = args.now - from;
  if (spanMs < MIN_PACE_HOURS * HOUR_MS) return null;
  const uses = usesUntilNow(args.readings, from, args.uses, args.now);
  return { perDay: (uses / spanMs) * DAY_MS, uses, spanMs };
}
