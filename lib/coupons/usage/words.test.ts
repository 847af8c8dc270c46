// The usage module's words: counts, spans of history, how far ahead, and days in the shop's zone.
import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS } from "./readings";
import { count, dayWords, distance, possessive, span } from "./words";

describe("words", () => {
  it("counts with thousands separators", () => {
    expect([count(1, "use"), count(0, "use"), count(12_345, "use")]).toEqual(["1 use", "0 uses", "12,345 uses"]);
  });

  it("a span of history: minutes, hours below 2 days, then whole days", () => {
    expect([span(30_000), span(20 * 60_000), span(HOUR_MS), span(14 * HOUR_MS), span(47.9 * HOUR_MS), span(2.9 * DAY_MS)]).toEqual([
      "less than a minute",
      "20 minutes",
      "1 hour",
      "14 hours",
      "48 hours",
      "2 days",
    ]);
  });

  it("how far ahead, rounded", () => {
    const cases: [number, string][] = [
      [20 * 60_000, "under an hour"],
      [HOUR_MS, "about 1 hour"],
      [5.2 * HOUR_MS, "about 5 hours"],
      [23.6 * HOUR_MS, "about 1 day"],
      [2.4 * DAY_MS, "about 2 days"],
      [21 * DAY_MS, "about 21 days"],
      [22 * DAY_MS, "about 3 weeks"],
      [120 * DAY_MS, "about 4 months"],
      [3 * 365 * DAY_MS, "about 3 years"],
    ];
    expect(cases.map(([ms]) => distance(ms))).toEqual(cases.map(([, words]) => words));
  });

  it("possessives", () => {
    expect([possessive("the last 3 days"), possessive("the last day")]).toEqual(["the last 3 days'", "the last day's"]);
  });

  it("days in the shop's zone, with the year only when it isn't this year's", () => {
    const now = Date.UTC(2025, 11, 7, 11);
    const late = Date.UTC(2025, 11, 31, 23, 30); // 1 Jan 2026, 00:30 in Berlin
    expect(dayWords(late, "Europe/Berlin", now)).toBe("1 Jan 2026");
    expect(dayWords(late, "UTC", now, true)).toBe("31 Dec at 23:30");
    expect(dayWords(now, "Europe/Berlin", now, true)).toBe("7 Dec at 12:00");
  });
});
