// The percent-off guardrails (seeds/002 "Guardrails"), the code generator and zoned date inputs.
import { describe, expect, it } from "vitest";
import { generateCode } from "./code-generator";
import { discountExample, needsFullDiscountConfirmation, percentGuardrail } from "./guardrails";
import { CODE_MAX, parseSpecification } from "./specification";
import { zoneLabel, zoneName } from "../time/dates";
import { fromZonedInput, toZonedInput } from "../time/zoned-input";

describe("percentGuardrail", () => {
  it.each([
    [undefined, "none"],
    [10, "none"],
    [40, "none"],
    [40.5, "margin"],
    [50, "margin"],
    [50.01, "warn"],
    [99.99, "warn"],
    [100, "confirm"],
    [100.01, "block"],
    [150, "block"],
  ])("%s %% → %s", (rate, level) => expect(percentGuardrail(rate).level).toBe(level));

  it("warns above 50 % with the worked $100 example", () => {
    expect(percentGuardrail(60)).toEqual({
      level: "warn",
      example: "$100 → $40",
      message: "That's more than half off: an item priced $100 sells for $40.",
    });
  });

  it.each([
    [60, "USD", "$100 → $40"],
    [62.5, "USD", "$100 → $37.50"],
    [75, "EUR", "€100 → €25"],
  ])("%s %% in %s: %s", (rate, currency, example) => expect(discountExample(rate, currency)).toBe(example));

  it("asks for confirmation at exactly 100 % only", () => {
    expect([99, 100, 101, undefined, null].map(needsFullDiscountConfirmation)).toEqual([false, true, false, false, false]);
  });
});

describe("generateCode", () => {
  it("makes a stem from the hint and a random suffix without look-alikes", () => {
    expect(generateCode("Summer Sale 2025!")).toMatch(/^SUMMERSALE-[A-HJ-NP-Z2-9]{5}$/);
    expect(generateCode("")).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(generateCode("Crème brûlée")).toMatch(/^CREMEBRULE-/);
  });

  it("always gives a code the schema accepts", () => {
    for (const hint of ["", "x".repeat(50), "Copy of Black Friday Weekend Special", "  ", "ÄÖÜ"]) {
      const code = generateCode(hint);
      expect(code.length).toBeLessThanOrEqual(CODE_MAX);
      expect(() => parseSpecification({ name: "n", code, startTime: 1_750_000_000_000, freeShipping: true })).not.toThrow();
    }
  });

  it("differs from call to call", () => {
    expect(new Set(Array.from({ length: 50 }, () => generateCode("A"))).size).toBe(50);
  });
});

describe("zoned inputs", () => {
  it.each([
    ["2025-06-01T09:00", "Europe/Berlin", Date.UTC(2025, 5, 1, 7)],
    ["2025-01-15T09:30", "America/New_York", Date.UTC(2025, 0, 15, 14, 30)],
    ["2025-10-26T02:30", "Europe/Berlin", Date.UTC(2025, 9, 26, 1, 30)],
  ])("reads %s in %s", (text, zone, ms) => {
    expect(fromZonedInput(text, zone)).toEqual({ ok: true, ms });
    expect(toZonedInput(ms, zone)).toBe(text);
  });

  it.each([
    ["", "empty"],
    ["tomorrow", "invalid"],
    ["2025-02-30T10:00", "invalid"],
    ["2025-13-01T10:00", "invalid"],
    ["2025-03-30T02:30", "skipped"],
  ])("refuses %j (%s)", (text, reason) => expect(fromZonedInput(text, "Europe/Berlin")).toEqual({ ok: false, reason }));

  it.each([
    ["Europe/Berlin", Date.UTC(2025, 5, 1), "CEST"],
    ["Europe/Berlin", Date.UTC(2025, 0, 1), "CET"],
    ["America/New_York", Date.UTC(2025, 5, 1), "EDT"],
    ["Asia/Tokyo", Date.UTC(2025, 5, 1), "GMT+9"],
    ["UTC", Date.UTC(2025, 5, 1), "UTC"],
  ])("names %s", (zone, ms, name) => expect(zoneName(ms, zone)).toBe(name));

  // The table's label uses the same names as the form ("CET", not "GMT+1"), both of them where
  // the clocks change, whatever the season it is read in.
  it.each([
    ["Europe/Berlin", Date.UTC(2025, 0, 1), "Europe/Berlin (CET/CEST)"],
    ["Europe/Berlin", Date.UTC(2025, 6, 1), "Europe/Berlin (CET/CEST)"],
    ["Europe/London", Date.UTC(2025, 5, 1), "Europe/London (GMT/BST)"],
    ["America/New_York", Date.UTC(2025, 5, 1), "America/New_York (EST/EDT)"],
    ["Australia/Sydney", Date.UTC(2025, 5, 1), "Australia/Sydney (GMT+10/GMT+11)"], // standard first, south of the equator too
    ["Asia/Tokyo", Date.UTC(2025, 5, 1), "Asia/Tokyo (GMT+9)"],
    ["UTC", Date.UTC(2025, 5, 1), "UTC"],
  ])("labels %s for the table", (zone, ms, label) => expect(zoneLabel(zone, ms)).toBe(label));
});
