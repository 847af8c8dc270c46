import "server-only";
// Usage over time in the merchant's words, for the table's sparklines and the drawer's chart: the
// recorded readings plus the count the coupon shows right now (which may be newer than the last round).
import { dayWords } from "@/lib/coupons/usage/words";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { zoneLabel } from "@/lib/coupons/time/dates";
import { dailyUses } from "@/lib/coupons/usage/daily";
import { forecastLimit } from "@/lib/coupons/usage/forecast";
import { DAY_MS, trackedSince, usesBetween, type UsageReading } from "@/lib/coupons/usage/readings";
import { sparklineLabel, sparklinePoints } from "@/lib/coupons/usage/sparkline";
import type { UsageView } from "@/lib/coupons/usage/usage-view";
import { usageRecords } from "./usage-services";

export const SPARKLINE_DAYS = 7;
export const CHART_DAYS = 14;

/** The readings, with the count as it stands now when it is newer. */
export function withCurrent(readings: readonly UsageReading[], uses: number, now: number): UsageReading[] {
  const last = readings.at(-1);
  return last && last.uses >= uses ? [...readings] : [...readings, { at: now, uses }];
}

/** Adds the last 7 days' sparkline to each row that has a history. */
export async function withRecentUse(rows: CouponView[], now: number): Promise<CouponView[]> {
  const histories = await usageRecords().readings.history(
    rows.map((row) => row.id),
    now - (SPARKLINE_DAYS + 1) * DAY_MS,
  );
  return rows.map((row) => {
    const history = histories.get(row.id);
    if (!history) return row;
    const readings = withCurrent(history.readings, row.uses, now);
    // Rolling 24-hour spans ending now, not calendar days: a day still under way would always dip.
    const perDay = Array.from({ length: SPARKLINE_DAYS }, (_, i) => {
      const end = now - (SPARKLINE_DAYS - 1 - i) * DAY_MS;
      return usesBetween(readings, end - DAY_MS, end);
    });
    return { ...row, recentUse: { points: sparklinePoints(perDay), label: sparklineLabel(perDay) } };
  });
}

/** One coupon's last two weeks: uses a day, the running total against the limit, and the forecast. */
export async function usageView(
  coupon: { id: string; uses: number; usageLimit: number | null },
  now: number,
  timeZone: string,
): Promise<UsageView> {
  const history = (await usageRecords().readings.history([coupon.id], now - (CHART_DAYS + 3) * DAY_MS)).get(coupon.id);
  const readings = withCurrent(history?.readings ?? [], coupon.uses, now);
  const since = history ? trackedSince(history.readings) : undefined;
  return {
    days: dailyUses(readings, { now, timeZone, days: CHART_DAYS }).map((day) => ({
      ...day,
      label: dayWords(Date.parse(`${day.day}T12:00:00Z`), "UTC", now),
    })),
    uses: coupon.uses,
    usageLimit: coupon.usageLimit,
    forecast: forecastLimit({ readings, uses: coupon.uses, usageLimit: coupon.usageLimit, now, timeZone }).sentence,
    zone: zoneLabel(timeZone, now),
    trackedSince: since === undefined ? null : dayWords(since, timeZone, now, true),
  };
}
