// The usage module's words: counts with thousands separators, spans of time, and days and times in
// the merchant's zone ("9 Dec", "9 Dec at 14:00"; the year only when it isn't this year).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { DAY_MS, HOUR_MS } from "./readings";

export const num = (n: number): string => n.toLocaleString("en-US");

/** "1 use", "1,234 uses". */
export const count = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`;

/** "the last 3 days" → "the last 3 days'"; "the last day" → "the last day's". */
export const possessive = (text: string): string => (text.endsWith("s") ? `${text}'` : `${text}'s`);

/** How long a span of history is: "less than a minute", "20 minutes", "14 hours", "3 days" (whole days, down). */
export function span(ms: number): string {
  if (ms < 60_000) return "less than a minute";
  if (ms < HOUR_MS) return count(Math.floor(ms / 60_000), "minute");
  if (ms < 48 * HOUR_MS) return count(Math.round(ms / HOUR_MS), "hour");
  return count(Math.floor(ms / DAY_MS), "day");
}

/** How far ahead, roughly: "under an hour", "about 5 hours", "about 2 days", "about 3 weeks", "about 4 months", "about 2 years". */
export function distance(ms: number): string {
  const hours = Math.round(ms / HOUR_MS);
  if (hours < 1) return "under an hour";
  if (hours < 24) return `about ${count(hours, "hour")}`;
  const days = Math.max(1, Math.round(ms / DAY_MS));
  if (days <= 21) return `about ${count(days, "day")}`;
  if (days < 60) return `about ${count(Math.round(days / 7), "week")}`;
  if (days < 548) return `about ${count(Math.round(days / 30.44), "month")}`;
  return `about ${count(Math.round(days / 365.25), "year")}`;
}

/** "9 Dec" in `timeZone`, or "9 Dec 2027" when that isn't the year it is at `now`; "at 14:00" added with `withTime`. */
export function dayWords(ms: number, timeZone: string, now: number, withTime = false): string {
  const date = new TZDate(ms, timeZone);
  const sameYear = new TZDate(now, timeZone).getFullYear() === date.getFullYear();
  return format(date, `${sameYear ? "d MMM" : "d MMM yyyy"}${withTime ? " 'at' HH:mm" : ""}`);
}
