// Days in the merchant's zone: "2024-05-01" begins at that zone's midnight, DST changes included.
// TZDate (date-fns' own zone arithmetic) is the reference.
import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayIn, isDay, startOfDayIn } from "./zoned-day";

const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "America/Sao_Paulo",
  "Australia/Lord_Howe",
  "Pacific/Auckland",
  "Pacific/Chatham",
  "Asia/Kathmandu",
  "America/Havana",
  "Asia/Beirut",
  "Pacific/Kiritimati",
];

/** The reference: the first instant whose calendar day in `zone` is `day`, found by TZDate. */
function reference(day: string, zone: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const midnight = new TZDate(y, m - 1, d, zone).getTime();
  // Where midnight is skipped, TZDate moves forward to the first existing instant, as we do.
  return midnight;
}

describe("isDay", () => {
  it.each(["2024-05-01", "2024-02-29", "1999-12-31"])("%s is a day", (day) => expect(isDay(day)).toBe(true));
  it.each(["2023-02-29", "2024-13-01", "2024-5-1", "20240501", "2024-05-01T00:00", "", "0999-01-01", "2024-04-31"])("%s is not", (day) =>
    expect(isDay(day)).toBe(false),
  );
});

describe("addDays", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-05-01", 7, "2024-05-08"],
  ])("%s + %d = %s", (day, n, expected) => expect(addDays(day, n)).toBe(expected));
});

describe("startOfDayIn", () => {
  it.each([
    ["2024-05-01", "UTC", Date.UTC(2024, 4, 1)],
    ["2024-05-01", "Europe/Berlin", Date.UTC(2024, 3, 30, 22)],
    ["2024-01-15", "America/New_York", Date.UTC(2024, 0, 15, 5)],
    ["2024-03-31", "Europe/Berlin", Date.UTC(2024, 2, 30, 23)], // the day clocks go forward at 02:00
    ["2024-10-27", "Europe/Berlin", Date.UTC(2024, 9, 26, 22)], // the day clocks go back at 03:00
    ["2018-11-04", "America/Sao_Paulo", Date.UTC(2018, 10, 4, 3)], // midnight skipped: the day starts at 01:00
    ["2024-05-01", "Asia/Kathmandu", Date.UTC(2024, 3, 30, 18, 15)],
  ])("%s in %s", (day, zone, expected) => {
    expect(startOfDayIn(day, zone)).toBe(expected);
  });

  it("agrees with TZDate over the years, in zones with odd offsets and DST rules", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 365 * 30 }), (zone, n) => {
        const day = addDays("2000-01-01", n);
        expect(startOfDayIn(day, zone)).toBe(reference(day, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it("starts the day it names, and the instant before is the day before", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 365 * 30 }), (zone, n) => {
        const day = addDays("2000-01-01", n);
        const start = startOfDayIn(day, zone);
        expect(dayIn(zone, start)).toBe(day);
        expect(dayIn(zone, start - 1)).toBe(addDays(day, -1));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(["America/Sao_Paulo", "America/Havana", "Asia/Beirut", "America/Santiago"])(
    "every day of 2000–2030 in %s, whose clocks change at midnight",
    (zone) => {
      for (let day = "2000-01-01"; day < "2031-01-01"; day = addDays(day, 1)) {
        const start = startOfDayIn(day, zone);
        if (dayIn(zone, start) !== day || dayIn(zone, start - 1) !== addDays(day, -1)) {
          throw new Error(`${day} in ${zone} starts at ${new Date(start).toISOString()}`);
        }
      }
    },
  );
});
