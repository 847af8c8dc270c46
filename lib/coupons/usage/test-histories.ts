// Made-up coupon histories for the usage tests: uses at chosen instants, polled every 15 minutes and
// stored only when the count changed, as the server stores them.
import { DAY_MS, type UsageReading } from "./readings";

export const POLL_MS = 15 * 60_000;
/** 7 Dec 2025, 12:00 in Berlin (CET, 11:00 UTC): "now" for most tests. */
export const NOW = Date.UTC(2025, 11, 7, 11);

/** `n` uses spread evenly over [from, to), each in the middle of its share. */
export function evenly(n: number, from: number, to: number): number[] {
  return Array.from({ length: n }, (_, k) => from + ((k + 0.5) * (to - from)) / n);
}

/** perDay[i] uses spread evenly over the i-th 24 hours from `from`. */
export function byDay(perDay: readonly number[], from: number): number[] {
  return perDay.flatMap((n, i) => evenly(n, from + i * DAY_MS, from + (i + 1) * DAY_MS));
}

/** Readings polled every 15 minutes over [from, to], stored when the count changed (the first always). */
export function poll(useTimes: readonly number[], from: number, to: number, startCount = 0): UsageReading[] {
  const times = [...useTimes].sort((a, b) => a - b);
  const readings: UsageReading[] = [];
  let seen = 0;
  for (let at = from; at <= to; at += POLL_MS) {
    while (seen < times.length && times[seen]! <= at) seen++;
    const uses = startCount + seen;
    if (readings.at(-1)?.uses !== uses) readings.push({ at, uses });
  }
  return readings;
}

/** A coupon tracked for `perDay.length` days up to `now`, used perDay[i] times on day i, plus `extra` uses. */
export function history(perDay: readonly number[], { now = NOW, extra = [] as readonly number[], startCount = 0 } = {}) {
  const from = now - perDay.length * DAY_MS;
  const times = [...byDay(perDay, from), ...extra];
  const readings = poll(times, from, now, startCount);
  return { readings, uses: readings.at(-1)!.uses };
}
