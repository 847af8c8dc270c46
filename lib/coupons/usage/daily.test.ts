// Uses per calendar day where the shop is: days begin at the zone's midnight, a DST day has 23 or
// 25 hours, today is partial, and days before tracking have no total.
import { describe, expect, it } from "vitest";
import { dailyUses } from "./daily";
import { HOUR_MS, type UsageReading } from "./readings";
import { NOW, history, poll } from "./test-histories";

const BERLIN = "Europe/Berlin";
const hourly = (from: number, to: number) => {
  const times: number[] = [];
  for (let at = from; at < to; at += HOUR_MS) times.push(at);
  return times;
};

describe("dailyUses", () => {
  it("steady 10 a day: 10 on every whole day, today so far its morning's 5", () => {
    const { readings } = history(Array(10).fill(10));
    const days = dailyUses(readings, { now: NOW, timeZone: BERLIN, days: 7 });
    expect(days.map((d) => d.day)).toEqual([
      "2025-12-01",
      "2025-12-02",
      "2025-12-03",
      "2025-12-04",
      "2025-12-05",
      "2025-12-06",
      "2025-12-07",
    ]);
    expect(days.map((d) => d.uses)).toEqual([10, 10, 10, 10, 10, 10, 5]);
    expect(days.at(-1)!.total).toBe(100);
    expect(days.at(-2)!.total).toBe(95);
  });

  it("the DST week in Berlin: 29 Mar 2026 has 23 hours, so an hourly coupon is used 23 times that day", () => {
    // One use every hour at half past (UTC) from Berlin's midnight on 26 Mar; now is 1 Apr, 12:00 CEST.
    const start = Date.UTC(2026, 2, 25, 23);
    const now = Date.UTC(2026, 3, 1, 10);
    const readings = poll(hourly(start + 30 * 60_000, now), start, now);
    const days = dailyUses(readings, { now, timeZone: BERLIN, days: 7 });
    expect(days).toEqual([
      { day: "2026-03-26", uses: 24, total: 24 },
      { day: "2026-03-27", uses: 24, total: 48 },
      { day: "2026-03-28", uses: 24, total: 72 },
      { day: "2026-03-29", uses: 23, total: 95 },
      { day: "2026-03-30", uses: 24, total: 119 },
      { day: "2026-03-31", uses: 24, total: 143 },
      { day: "2026-04-01", uses: 12, total: 155 },
    ]);
  });

  it("the autumn change: 25 Oct 2026 has 25 hours in Berlin", () => {
    const start = Date.UTC(2026, 9, 24, 22);
    const now = Date.UTC(2026, 9, 27, 11);
    const readings = poll(hourly(start + 30 * 60_000, now), start, now);
    expect(dailyUses(readings, { now, timeZone: BERLIN, days: 3 }).map((d) => [d.day, d.uses])).toEqual([
      ["2026-10-25", 25],
      ["2026-10-26", 24],
      ["2026-10-27", 12],
    ]);
  });

  it("days in the shop's zone, not UTC's: a use at 00:30 Berlin time counts on that day", () => {
    // 6 Dec 23:30 UTC is 7 Dec 00:30 in Berlin.
    const readings: UsageReading[] = [
      { at: Date.UTC(2025, 11, 6, 12), uses: 0 },
      { at: Date.UTC(2025, 11, 6, 23, 30), uses: 1 },
    ];
    expect(dailyUses(readings, { now: NOW, timeZone: BERLIN, days: 2 }).map((d) => d.uses)).toEqual([0, 1]);
    expect(dailyUses(readings, { now: NOW, timeZone: "UTC", days: 2 }).map((d) => d.uses)).toEqual([1, 0]);
  });

  it("before tracking: no uses and no total; the uses made before the first reading aren't counted", () => {
    // Tracking began on 5 Dec, 09:00 in Berlin, with 50 uses already made.
    const readings: UsageReading[] = [
      { at: Date.UTC(2025, 11, 5, 8), uses: 50 },
      { at: Date.UTC(2025, 11, 5, 14), uses: 54 },
      { at: Date.UTC(2025, 11, 7, 8), uses: 56 },
    ];
    expect(dailyUses(readings, { now: NOW, timeZone: BERLIN, days: 7 })).toEqual([
      { day: "2025-12-01", uses: 0, total: null },
      { day: "2025-12-02", uses: 0, total: null },
      { day: "2025-12-03", uses: 0, total: null },
      { day: "2025-12-04", uses: 0, total: null },
      { day: "2025-12-05", uses: 4, total: 54 },
      { day: "2025-12-06", uses: 0, total: 54 },
      { day: "2025-12-07", uses: 2, total: 56 },
    ]);
  });

  it("change-only readings: the days in a gap had no uses and keep the count", () => {
    const readings: UsageReading[] = [
      { at: Date.UTC(2025, 11, 1, 9), uses: 3 },
      { at: Date.UTC(2025, 11, 4, 14), uses: 7 },
    ];
    const days = dailyUses(readings, { now: NOW, timeZone: BERLIN, days: 5 });
    expect(days.map((d) => [d.day, d.uses, d.total])).toEqual([
      ["2025-12-03", 0, 3],
      ["2025-12-04", 4, 7],
      ["2025-12-05", 0, 7],
      ["2025-12-06", 0, 7],
      ["2025-12-07", 0, 7],
    ]);
  });

  it("today stops at now: a later reading isn't counted yet", () => {
    const readings: UsageReading[] = [
      { at: Date.UTC(2025, 11, 6, 9), uses: 10 },
      { at: Date.UTC(2025, 11, 7, 9), uses: 12 },
      { at: NOW + HOUR_MS, uses: 20 },
    ];
    expect(dailyUses(readings, { now: NOW, timeZone: BERLIN, days: 1 })).toEqual([{ day: "2025-12-07", uses: 2, total: 12 }]);
  });

  it("a reading at midnight belongs to the day that ended: it counts the uses of the 15 minutes before", () => {
    const readings: UsageReading[] = [
      { at: Date.UTC(2025, 11, 6, 9), uses: 10 },
      { at: Date.UTC(2025, 11, 6, 23), uses: 11 }, // 7 Dec, 00:00 in Berlin
    ];
    expect(dailyUses(readings, { now: NOW, timeZone: BERLIN, days: 2 }).map((d) => d.uses)).toEqual([1, 0]);
  });

  it("no uses at all: zero every day, and the total stays at zero", () => {
    const readings: UsageReading[] = [{ at: NOW - 10 * 24 * HOUR_MS, uses: 0 }];
    expect(dailyUses(readings, { now: NOW, timeZone: BERLIN, days: 7 }).every((d) => d.uses === 0 && d.total === 0)).toBe(true);
  });

  it("no days asked for, none given", () => {
    expect(dailyUses([{ at: NOW - HOUR_MS, uses: 1 }], { now: NOW, timeZone: BERLIN, days: 0 })).toEqual([]);
  });
});
