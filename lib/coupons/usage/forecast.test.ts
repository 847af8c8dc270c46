// The drawer's forecast sentence for made-up histories: steady, rising, silent, brand new, near its
// limit, used up, and tracked for less than the 3-day window.
import { describe, expect, it } from "vitest";
import { PACE_DAYS, forecastLimit } from "./forecast";
import { DAY_MS, HOUR_MS, type UsageReading } from "./readings";
import { NOW, evenly, history, poll } from "./test-histories";

const BERLIN = "Europe/Berlin";
const steady = (perDay: number, days = 10) => history(Array(days).fill(perDay));
const RISING = history([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
const SILENT: UsageReading[] = [{ at: NOW - 10 * DAY_MS, uses: 0 }];
/** Tracked for `hours` up to NOW, used `uses` times evenly. */
const recent = (hours: number, uses: number) => {
  const from = NOW - hours * HOUR_MS;
  return { readings: poll(evenly(uses, from, NOW), from, NOW), uses };
};

describe("forecastLimit", () => {
  it("paces over the last 3 days", () => expect(PACE_DAYS).toBe(3));

  it("steady 10 a day, 20 left: reached in about 2 days, on 9 Dec", () => {
    const f = forecastLimit({ ...steady(10), usageLimit: 120, now: NOW, timeZone: BERLIN });
    expect(f.sentence).toBe(
      "At the last 3 days' pace (about 10 a day), the limit of 120 is reached in about 2 days, on 9 Dec (Europe/Berlin).",
    );
    expect(f.perDay).toBeCloseTo(10, 9);
    expect(f.reachAt).toBe(NOW + 2 * DAY_MS);
  });

  it("a date next year says the year", () => {
    const f = forecastLimit({ ...steady(12), usageLimit: 500, now: NOW, timeZone: BERLIN });
    expect(f.sentence).toBe(
      "At the last 3 days' pace (about 12 a day), the limit of 500 is reached in about 5 weeks, on 8 Jan 2026 (Europe/Berlin).",
    );
  });

  it("near its limit (100, 90 used, 15 a day): in about 16 hours, with the time", () => {
    const coupon = steady(15, 6);
    expect(coupon.uses).toBe(90);
    const f = forecastLimit({ ...coupon, usageLimit: 100, now: NOW, timeZone: BERLIN });
    expect(f.sentence).toBe(
      "At the last 3 days' pace (about 15 a day), the limit of 100 is reached in about 16 hours, on 8 Dec at 04:00 (Europe/Berlin).",
    );
    expect(f.reachAt).toBe(NOW + 16 * HOUR_MS);
  });

  it("the day and time are the shop's: the same coupon in New York", () => {
    const f = forecastLimit({ ...steady(15, 6), usageLimit: 100, now: NOW, timeZone: "America/New_York" });
    expect(f.sentence).toMatch(/in about 16 hours, on 7 Dec at 22:00 \(America\/New_York\)\.$/);
  });

  it("rising (doubling every day): the last 3 days' pace, not the 10 days' average", () => {
    // 128 + 256 + 512 uses in the last 3 days.
    const none = forecastLimit({ ...RISING, now: NOW, timeZone: BERLIN });
    expect(none.sentence).toBe("No usage limit. At the last 3 days' pace, about 299 uses a day.");
    expect(none.reachAt).toBeNull();
    const limited = forecastLimit({ ...RISING, usageLimit: 5000, now: NOW, timeZone: BERLIN });
    expect(limited.sentence).toBe(
      "At the last 3 days' pace (about 299 a day), the limit of 5,000 is reached in about 13 days, on 20 Dec (Europe/Berlin).",
    );
  });

  it("no uses at all: the limit won't be reached", () => {
    const f = forecastLimit({ readings: SILENT, uses: 0, usageLimit: 500, now: NOW, timeZone: BERLIN });
    expect(f).toEqual({
      perDay: 0,
      reachAt: null,
      sentence: "No uses in the last 3 days: at this pace the limit of 500 won't be reached.",
    });
    expect(forecastLimit({ readings: SILENT, uses: 0, now: NOW, timeZone: BERLIN }).sentence).toBe(
      "No usage limit, and no uses in the last 3 days.",
    );
  });

  it("a brand-new coupon (3 hours of readings) gets no forecast", () => {
    const f = forecastLimit({ ...recent(3, 12), usageLimit: 100, now: NOW, timeZone: BERLIN });
    expect(f).toEqual({ perDay: null, reachAt: null, sentence: "Not enough history yet for a forecast: readings began 3 hours ago." });
    expect(forecastLimit({ ...recent(3, 12), now: NOW, timeZone: BERLIN }).sentence).toBe(
      "No usage limit. Not enough history yet for a pace: readings began 3 hours ago.",
    );
    const minutes: UsageReading[] = [{ at: NOW - 20 * 60_000, uses: 4 }];
    expect(forecastLimit({ readings: minutes, uses: 4, usageLimit: 100, now: NOW, timeZone: BERLIN }).sentence).toBe(
      "Not enough history yet for a forecast: readings began 20 minutes ago.",
    );
    expect(forecastLimit({ readings: [], uses: 4, usageLimit: 100, now: NOW, timeZone: BERLIN }).sentence).toBe(
      "Not enough history yet for a forecast: no readings yet.",
    );
  });

  it("6 hours of history is enough, a minute less isn't", () => {
    const six = forecastLimit({ ...recent(6, 3), usageLimit: 100, now: NOW, timeZone: BERLIN });
    expect(six.sentence).toMatch(/^At the last 6 hours' pace \(about 12 a day\)/);
    const short: UsageReading[] = [{ at: NOW - 6 * HOUR_MS + 60_000, uses: 0 }];
    const under = forecastLimit({ readings: short, uses: 3, usageLimit: 100, now: NOW, timeZone: BERLIN });
    expect(under.perDay).toBeNull();
  });

  it("tracked for less than 3 days: says the span it paced over", () => {
    const hours = forecastLimit({ ...recent(14, 7), usageLimit: 100, now: NOW, timeZone: BERLIN });
    expect(hours.sentence).toBe(
      "At the last 14 hours' pace (about 12 a day), the limit of 100 is reached in about 8 days, on 15 Dec (Europe/Berlin).",
    );
    const days = forecastLimit({ ...recent(54, 27), usageLimit: 100, now: NOW, timeZone: BERLIN });
    expect(days.sentence).toBe(
      "At the last 2 days' pace (about 12 a day), the limit of 100 is reached in about 6 days, on 13 Dec (Europe/Berlin).",
    );
    const quiet = forecastLimit({ readings: [{ at: NOW - 14 * HOUR_MS, uses: 5 }], uses: 5, usageLimit: 100, now: NOW, timeZone: BERLIN });
    expect(quiet.sentence).toBe("No uses in the last 14 hours: at this pace the limit of 100 won't be reached.");
  });

  it("the limit reached", () => {
    expect(forecastLimit({ ...steady(50), usageLimit: 500, now: NOW, timeZone: BERLIN })).toMatchObject({
      reachAt: null,
      sentence: "The limit of 500 uses was reached.",
    });
    expect(forecastLimit({ readings: SILENT, uses: 1200, usageLimit: 1000, now: NOW, timeZone: BERLIN }).sentence).toBe(
      "The limit of 1,000 uses was reached.",
    );
    expect(forecastLimit({ readings: [], uses: 1, usageLimit: 1, now: NOW, timeZone: BERLIN }).sentence).toBe(
      "The limit of 1 use was reached.",
    );
  });

  it("counts the current count, newer than the last reading", () => {
    const f = forecastLimit({ readings: steady(10).readings, uses: 102, usageLimit: 120, now: NOW, timeZone: BERLIN });
    expect(f.perDay).toBeCloseTo(32 / 3, 9);
    expect(f.reachAt).toBe(NOW + 40.5 * HOUR_MS);
    expect(f.sentence).toBe(
      "At the last 3 days' pace (about 11 a day), the limit of 120 is reached in about 2 days, on 9 Dec (Europe/Berlin).",
    );
  });

  it("under one use a day: once every few days, months or decades away", () => {
    const once: UsageReading[] = [
      { at: NOW - 10 * DAY_MS, uses: 0 },
      { at: NOW - DAY_MS, uses: 1 },
    ];
    expect(forecastLimit({ readings: once, uses: 1, usageLimit: 100, now: NOW, timeZone: BERLIN }).sentence).toBe(
      "At the last 3 days' pace (about 1 every 3 days), the limit of 100 is reached in about 10 months, on 30 Sep 2026 (Europe/Berlin).",
    );
    expect(forecastLimit({ readings: once, uses: 1, usageLimit: 10_000, now: NOW, timeZone: BERLIN }).sentence).toBe(
      "At the last 3 days' pace (about 1 every 3 days), the limit of 10,000 is reached in more than 10 years.",
    );
    expect(forecastLimit({ readings: once, uses: 1, now: NOW, timeZone: BERLIN }).sentence).toBe(
      "No usage limit. At the last 3 days' pace, about 1 use every 3 days.",
    );
  });
});
