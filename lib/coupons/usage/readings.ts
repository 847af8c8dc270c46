// A coupon's readings: its running count of uses, sampled every 15 minutes and stored only when it
// changed, so between two readings the count stood still. Counts at an instant and uses in a span.

/** One reading of a coupon's running count of uses, epoch ms. Readings are sorted by `at`, ascending. */
export interface UsageReading {
  at: number;
  uses: number;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The index of the last reading at or before `t`, or -1. */
function lastAtOrBefore(readings: readonly UsageReading[], t: number): number {
  let lo = 0;
  let hi = readings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (readings[mid]!.at <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The count at `t`: the last reading at or before it; undefined before the first reading. */
export function usesAt(readings: readonly UsageReading[], t: number): number | undefined {
  return readings[lastAtOrBefore(readings, t)]?.uses;
}

/**
 * Uses in (from, to]. Before tracking began the count is taken as the first reading's, so uses from
 * before tracking aren't counted; 0 when no reading is at or before `to`. Never negative.
 */
export function usesBetween(readings: readonly UsageReading[], from: number, to: number): number {
  if (to <= from) return 0;
  const end = usesAt(readings, to);
  if (end === undefined) return 0;
  const start = usesAt(readings, from) ?? readings[0]!.uses;
  return Math.max(0, end - start);
}

/** When tracking began: the first reading's time. */
export function trackedSince(readings: readonly UsageReading[]): number | undefined {
  return readings[0]?.at;
}
