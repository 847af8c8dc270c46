// Uses per calendar day in the merchant's zone, for the details drawer's chart: the last `days` days
// ending with today (today so far), oldest first. Days begin at the zone's midnight, DST included.
import { addDays, dayIn, startOfDayIn } from "../time/zoned-day";
import { usesAt, usesBetween, type UsageReading } from "./readings";

export interface DayUses {
  /** YYYY-MM-DD in the merchant's zone. */
  day: string;
  uses: number;
  /** The count at the day's end (at `now` for today); null for a day that ended before tracking began. */
  total: number | null;
}

export function dailyUses(readings: readonly UsageReading[], options: { now: number; timeZone: string; days: number }): DayUses[] {
  const { now, timeZone } = options;
  const today = dayIn(timeZone, now);
  const result: DayUses[] = [];
  for (let back = Math.floor(options.days) - 1; back >= 0; back--) {
    const day = addDays(today, -back);
    const start = startOfDayIn(day, timeZone);
    const end = back === 0 ? now : startOfDayIn(addDays(day, 1), timeZone);
    result.push({ day, uses: usesBetween(readings, start, end), total: usesAt(readings, end) ?? null });
  }
  return result;
}
