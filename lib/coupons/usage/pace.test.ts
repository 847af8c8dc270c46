// The recent pace: over the window or the tracked span, counting the current count, none under 6 hours.
import { describe, expect, it } from "vitest";
import { MIN_PACE_HOURS, paceOver, usesUntilNow } from "./pace";
import { DAY_MS, HOUR_MS, type UsageReading } from "./readings";
import { NOW, history } from "./test-histories";

describe("paceOver", () => {
  it("steady 10 a day for 10 days: 10 a day over the 3-day window", () => {
    expect(paceOver({ ...history(Array(10).fill(10)), now: NOW, windowMs: 3 * DAY_MS })).toEqual({
      perDay: 10,
      uses: 30,
      spanMs: 3 * DAY_MS,
    });
  });

  it("tracked for less than the window: over the tracked span", () => {
    const readings: UsageReading[] = [
      { at: NOW - 12 * HOUR_MS, uses: 100 },
      { at: NOW - HOUR_MS, uses: 106 },
    ];
    expect(paceOver({ readings, uses: 106, now: NOW, windowMs: 3 * DAY_MS })).toEqual({ perDay: 12, uses: 6, spanMs: 12 * HOUR_MS });
  });

  it("no pace under 6 hours of history, or without readings", () => {
    expect(MIN_PACE_HOURS).toBe(6);
    expect(paceOver({ readings: [{ at: NOW - 5 * HOUR_MS, uses: 0 }], uses: 9, now: NOW, windowMs: DAY_MS })).toBeNull();
    expect(paceOver({ readings: [], uses: 9, now: NOW, windowMs: DAY_MS })).toBeNull();
  });
});

describe("usesUntilNow", () => {
  const readings: UsageReading[] = [
    { at: NOW - 10 * HOUR_MS, uses: 40 },
    { at: NOW - 2 * HOUR_MS, uses: 45 },
  ];

  it("counts the current count when it's newer than the last reading", () => {
    expect(usesUntilNow(readings, NOW - 5 * HOUR_MS, 48, NOW)).toBe(8);
  });

  it("never counts below the last reading, nor the uses made before tracking began", () => {
    expect(usesUntilNow(readings, NOW - 5 * HOUR_MS, 44, NOW)).toBe(5);
    expect(usesUntilNow(readings, NOW - 20 * HOUR_MS, 48, NOW)).toBe(8);
  });

  it("is 0 before the first reading", () => {
    expect(usesUntilNow(readings, NOW - 20 * HOUR_MS, 48, NOW - 12 * HOUR_MS)).toBe(0);
    expect(usesUntilNow([], NOW - 20 * HOUR_MS, 48, NOW)).toBe(0);
  });
});
