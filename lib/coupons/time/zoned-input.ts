// Date-time inputs in the merchant's time zone. A `datetime-local` input has no zone, so its text
// ("2025-06-01T09:00") is read as a wall-clock time in the merchant's zone, never the browser's.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

const INPUT_FORMAT = "yyyy-MM-dd'T'HH:mm";
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The input text for an instant, as a wall-clock time in `timeZone`. */
export function toZonedInput(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), INPUT_FORMAT);
}

export type ZonedParse = { ok: true; ms: number } | { ok: false; reason: "empty" | "invalid" | "skipped" };

/**
 * Reads input text as a wall-clock time in `timeZone`. A time the clocks skip (spring forward)
 * doesn't exist there, so it is refused rather than silently moved by an hour.
 */
export function fromZonedInput(text: string, timeZone: string): ZonedParse {
  const value = text.trim();
  if (value === "") return { ok: false, reason: "empty" };
  const match = PATTERN.exec(value);
  if (!match) return { ok: false, reason: "invalid" };
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return { ok: false, reason: "invalid" };
  const date = new TZDate(year, month - 1, day, hour, minute, 0, timeZone);
  if (Number.isNaN(date.getTime())) return { ok: false, reason: "invalid" };
  if (format(date, INPUT_FORMAT) !== value) {
    // Same calendar day but another time: the clocks skipped it. Another day: 31 April and such.
    return { ok: false, reason: date.getDate() === day ? "skipped" : "invalid" };
  }
  return { ok: true, ms: date.getTime() };
}

/** A time as typed, in the input's "HH:mm": "9:00" → "09:00", "0930" → "09:30"; the rest as typed, for the schema to name. */
export function normaliseTime(text: string): string {
  const value = text.trim().replace(".", ":");
  const short = /^(\d{1,2}):(\d{2})$/.exec(value) ?? /^(\d{1,2})(\d{2})$/.exec(value);
  return short ? `${short[1]!.padStart(2, "0")}:${short[2]}` : value;
}
