// Counts at an instant and uses in a span, from change-only readings: a gap means the count stood still.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trackedSince, usesAt, usesBetween, type UsageReading } from "./readings";

const H = 3_600_000;
const T0 = Date.UTC(2025, 11, 1, 9);
// Tracking began with 40 uses already made; then 3 more by 10:00, nothing for 8 hours, 2 more by 18:00.
const READINGS: UsageReading[] = [
  { at: T0, uses: 40 },
  { at: T0 + 1 * H, uses: 43 },
  { at: T0 + 9 * H, uses: 45 },
];

describe("usesAt", () => {
  it("is undefined before the first reading", () => {
    expect(usesAt(READINGS, T0 - 1)).toBeUndefined();
    expect(usesAt([], T0)).toBeUndefined();
  });

  it("is a reading's count from its instant on", () => {
    expect(usesAt(READINGS, T0)).toBe(40);
    expect(usesAt(READINGS, T0 + H)).toBe(43);
    expect(usesAt(READINGS, T0 + 9 * H + 1)).toBe(45);
  });

  it("keeps the last count through a gap between readings (stored change-only)", () => {
    expect(usesAt(READINGS, T0 + 5 * H)).toBe(43);
    expect(usesAt(READINGS, T0 + 9 * H - 1)).toBe(43);
    expect(usesAt(READINGS, T0 + 1000 * H)).toBe(45);
  });

  it("agrees with a plain scan over any sorted readings", () => {
    const sorted = fc
      .array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 200 })
      .map((ats) => [...new Set(ats)].sort((a, b) => a - b).map((at, i) => ({ at, uses: i })));
    fc.assert(
      fc.property(sorted, fc.integer({ min: -10, max: 10_010 }), (readings, t) => {
        expect(usesAt(readings, t)).toBe(readings.filter((r) => r.at <= t).at(-1)?.uses);
      }),
    );
  });
});

describe("usesBetween", () => {
  it("counts the uses in (from, to]", () => {
    expect(usesBetween(READINGS, T0, T0 + H)).toBe(3);
    expect(usesBetween(READINGS, T0, T0 + 9 * H)).toBe(5);
    expect(usesBetween(READINGS, T0 + H, T0 + 9 * H)).toBe(2);
  });

  it("is 0 across a gap, where the count stood still", () => {
    expect(usesBetween(READINGS, T0 + 2 * H, T0 + 8 * H)).toBe(0);
  });

  it("doesn't count the uses made before tracking began", () => {
    expect(usesBetween(READINGS, T0 - 24 * H, T0 + 9 * H)).toBe(5);
    expect(usesBetween(READINGS, T0 - 24 * H, T0)).toBe(0);
  });

  it("is 0 before the first reading and for an empty or backwards span", () => {
    expect(usesBetween(READINGS, T0 - 24 * H, T0 - H)).toBe(0);
    expect(usesBetween([], T0, T0 + H)).toBe(0);
    expect(usesBetween(READINGS, T0 + 9 * H, T0)).toBe(0);
  });

  it("is never negative, even if a count went down", () => {
    expect(
      usesBetween(
        [
          { at: T0, uses: 10 },
          { at: T0 + H, uses: 7 },
        ],
        T0,
        T0 + H,
      ),
    ).toBe(0);
  });

  it("adds up: the uses in (a, b] and (b, c] are the uses in (a, c]", () => {
    const steps = fc.array(fc.record({ gap: fc.integer({ min: 1, max: 100 }), more: fc.nat(5) }), { maxLength: 50 });
    fc.assert(
      fc.property(steps, fc.array(fc.integer({ min: -50, max: 3_000 }), { minLength: 3, maxLength: 3 }), (s, cuts) => {
        let at = 0;
        let uses = 7;
        const readings = s.map(({ gap, more }) => ({ at: (at += gap), uses: (uses += more) }));
        const [a, b, c] = [...cuts].sort((x, y) => x - y) as [number, number, number];
        expect(usesBetween(readings, a, b) + usesBetween(readings, b, c)).toBe(usesBetween(readings, a, c));
      }),
    );
  });
});

describe("trackedSince", () => {
  it("is the first reading's time, or undefined without readings", () => {
    expect(trackedSince(READINGS)).toBe(T0);
    expect(trackedSince([])).toBeUndefined();
  });
});
