// Calendar days in the merchant's time zone ("2024-05-01"), for the table's date filters. A day in
// the URL means that day where the shop is, not where the browser or the server happens to be.
// Tiny on purpose: the browser needs "today" for the filter presets, without date-fns' formatter.
import { tzOffset } from "@date-fns/tz/tzOffset";

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parts(day: string): [number, number, number] | null {
  const match = DAY_RE.exec(day);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2024-02-30 over into March; a real day survives the round trip.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return [y, m, d];
}

/** A real calendar day written as YYYY-MM-DD (years 1000–9999). */
export function isDay(value: string): boolean {
  return parts(value) !== null && Number(value.slice(0, 4)) >= 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const dayOfUtc = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  const p = parts(day);
  if (!p) throw new RangeError(`Not a day: ${day}`);
  return dayOfUtc(Date.UTC(p[0], p[1] - 1, p[2]) + n * DAY_MS);
}

/** The calendar day it is at `ms` in `timeZone`. */
export function dayIn(timeZone: string, ms: number): string {
  return dayOfUtc(ms + tzOffset(timeZone, new Date(ms)) * 60_000);
}

/**
 * The instant `day` begins in `timeZone` (epoch ms). Where a DST change skips midnight, the day
 * begins at the first instant that exists.
 */
export function startOfDayIn(day: string, timeZone: string): number {
  const p = parts(day);
  if (!p) throw new RangeError(`Not a day: ${day}`);
  const wall = Date.UTC(p[0], p[1] - 1, p[2]);
  // The offset at the guess can differ from the offset at midnight across a DST change; a second
  // pass settles it. If midnight itself doesn't exist, the two offsets disagree: take the later.
  const first = wall - tzOffset(timeZone, new Date(wall)) * 60_000;
  const second = wall - tzOffset(timeZone, new Date(first)) * 60_000;
  if (first === second) return first;
  return dayIn(timeZone, second) === day && dayIn(timeZone, first) === day ? Math.min(first, second) : Math.max(first, second);
}
