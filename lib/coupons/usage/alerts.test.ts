// The row's alert for made-up histories: a leaked code is flagged and a steady or rising one isn't;
// a coupon near its limit warns a day ahead; a used-up coupon says nothing.
import { describe, expect, it } from "vitest";
import { LEAK_FACTOR, LEAK_MIN_USES, LEAK_WINDOW_HOURS, usageAlert } from "./alerts";
import { DAY_MS, HOUR_MS, type UsageReading } from "./readings";
import { NOW, evenly, history, poll } from "./test-histories";

const steady = (perDay: number, days = 10, extra: number[] = []) => history(Array(days).fill(perDay), { extra });
/** `n` more uses in the last `hours` before NOW. */
const burst = (n: number, hours: number) => evenly(n, NOW - hours * HOUR_MS, NOW);
/** Tracked for `hours` up to NOW with no uses, then `extra`. */
const quiet = (hours: number, extra: number[] = []) => {
  const readings = poll(extra, NOW - hours * HOUR_MS, NOW);
  return { readings, uses: readings.at(-1)!.uses };
};
const LEAKED = steady(5, 10, burst(120, 4));

describe("usageAlert: a leak", () => {
  it("the thresholds", () => {
    expect([LEAK_WINDOW_HOURS, LEAK_MIN_USES, LEAK_FACTOR]).toEqual([6, 20, 5]);
  });

  it("steady 5 a day, then 120 in the last 4 hours: a leak, against about 1 use usually", () => {
    expect(usageAlert({ ...LEAKED, now: NOW })).toEqual({ kind: "leak", recentUses: 121, usualUses: 1, windowHours: 6 });
  });

  it("steady 10 a day is not a leak", () => {
    expect(usageAlert({ ...steady(10), now: NOW })).toBeNull();
    expect(usageAlert({ ...steady(10), usageLimit: 1000, now: NOW })).toBeNull();
  });

  it("rising (doubling every day) is growth, not a leak", () => {
    expect(usageAlert({ ...history([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]), now: NOW })).toBeNull();
  });

  it("a busy coupon's busy afternoon isn't a leak; five times its usual is", () => {
    // 100 a day: about 25 in any 6 hours.
    expect(usageAlert({ ...steady(100, 10, burst(60, 6)), now: NOW })).toBeNull();
    expect(usageAlert({ ...steady(100, 10, burst(110, 6)), now: NOW })).toEqual({
      kind: "leak",
      recentUses: 135,
      usualUses: 25,
      windowHours: 6,
    });
  });

  it("a quiet coupon needs at least 20 uses in the window", () => {
    expect(usageAlert({ ...quiet(10 * 24, burst(19, 2)), now: NOW })).toBeNull();
    expect(usageAlert({ ...quiet(10 * 24, burst(20, 2)), now: NOW })).toEqual({
      kind: "leak",
      recentUses: 20,
      usualUses: 0,
      windowHours: 6,
    });
  });

  it("needs 2 days of history before the window to know what's usual", () => {
    expect(usageAlert({ ...quiet(36, burst(30, 3)), now: NOW })).toBeNull();
    expect(usageAlert({ ...quiet(60, burst(30, 3)), now: NOW })).toMatchObject({ kind: "leak", recentUses: 30 });
  });

  it("a brand-new coupon (3 hours of readings) gets no verdict, however busy", () => {
    const from = NOW - 3 * HOUR_MS;
    const readings = poll(evenly(60, from, NOW), from, NOW);
    expect(usageAlert({ readings, uses: 60, now: NOW })).toBeNull();
    expect(usageAlert({ readings, uses: 60, usageLimit: 100, now: NOW })).toBeNull();
  });

  it("no uses at all, or no readings: nothing to say", () => {
    const silent: UsageReading[] = [{ at: NOW - 10 * DAY_MS, uses: 0 }];
    expect(usageAlert({ readings: silent, uses: 0, usageLimit: 10, now: NOW })).toBeNull();
    expect(usageAlert({ readings: [], uses: 50, usageLimit: 60, now: NOW })).toBeNull();
  });
});

describe("usageAlert: the limit within a day", () => {
  it("near its limit (100, 90 used, 15 a day): 10 left, in about 16 hours", () => {
    expect(usageAlert({ ...steady(15, 6), usageLimit: 100, now: NOW })).toEqual({ kind: "limit-soon", hoursLeft: 16, remaining: 10 });
  });

  it("hours left round up", () => {
    // 7 left at 15 a day: 11.2 hours.
    expect(usageAlert({ ...steady(15, 6), usageLimit: 97, now: NOW })).toEqual({ kind: "limit-soon", hoursLeft: 12, remaining: 7 });
  });

  it("exactly a day away warns; a little more doesn't", () => {
    expect(usageAlert({ ...steady(10), usageLimit: 110, now: NOW })).toEqual({ kind: "limit-soon", hoursLeft: 24, remaining: 10 });
    expect(usageAlert({ ...steady(10), usageLimit: 111, now: NOW })).toBeNull();
    expect(usageAlert({ ...steady(10), usageLimit: 120, now: NOW })).toBeNull();
  });

  it("the last 24 hours' pace counts when it's faster than the 3 days'", () => {
    // Nothing for 2 days, then 30 in the last day: 10 a day over 3 days, 30 over the last 24 hours.
    const waking = history([0, 0, 30]);
    expect(usageAlert({ ...waking, usageLimit: 50, now: NOW })).toEqual({ kind: "limit-soon", hoursLeft: 16, remaining: 20 });
  });

  it("counts the current count, newer than the last reading", () => {
    // Readings stop at 90; the coupon says 95 now: 20 uses in the last 24 hours, 5 left, so 6 hours.
    expect(usageAlert({ readings: steady(15, 6).readings, uses: 95, usageLimit: 100, now: NOW })).toEqual({
      kind: "limit-soon",
      hoursLeft: 6,
      remaining: 5,
    });
  });

  it("a leak wins over the limit", () => {
    expect(LEAKED.uses).toBe(170);
    expect(usageAlert({ ...LEAKED, usageLimit: 200, now: NOW })).toMatchObject({ kind: "leak" });
  });

  it("used up: nothing to warn about, not even a leak", () => {
    expect(usageAlert({ ...LEAKED, usageLimit: 170, now: NOW })).toBeNull();
    expect(usageAlert({ ...LEAKED, usageLimit: 150, now: NOW })).toBeNull();
  });
});
