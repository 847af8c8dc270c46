// parseSpecification against WIX-API-NOTES "Rules for a specification": each field's own rules
// (and unknown keys), one accepted and one rejected case per rule, each rejection naming its field.
import { describe, expect, it } from "vitest";
import { parseSpecification } from "./specification";
import { expectRejected, moneyOff, rejection, spec, T0 } from "./test-specifications";

describe("code", () => {
  it.each(["A", "x".repeat(20), "😀".repeat(20), "SUMMER-24_10%"])("accepts %j", (code) => {
    expect(parseSpecification(moneyOff({ code })).code).toBe(code);
  });
  it.each([
    ["", /Enter a code/],
    ["x".repeat(21), /at most 20 characters/],
    ["😀".repeat(21), /at most 20 characters/],
    ["SUMMER SALE", /can't contain spaces/],
    ["TAB\tX", /can't contain spaces/],
    [" LEAD", /can't contain spaces/],
  ])("rejects %j", (code, message) => expectRejected(moneyOff({ code }), "code", message));
});

describe("name", () => {
  it.each(["N", "x".repeat(80), "é".repeat(80)])("accepts %j", (name) => {
    expect(parseSpecification(moneyOff({ name })).name).toBe(name);
  });
  it.each([
    ["", /Give the coupon a name/],
    ["   ", /Give the coupon a name/],
    ["x".repeat(81), /at most 80 characters/],
  ])("rejects %j", (name, message) => expectRejected(moneyOff({ name }), "name", message));
});

describe("required fields", () => {
  it.each(["name", "code", "startTime"])("rejects a specification without %s", (field) => {
    const { [field]: _gone, ...rest }: Record<string, unknown> = moneyOff();
    expectRejected(rest, field, new RegExp(field));
  });
  it.each([null, "coupon", 42, []])("rejects a non-object %j", (input) => {
    expect(rejection(input).violations.length).toBeGreaterThan(0);
  });
});

describe.each(["startTime", "expirationTime"])("%s", (field) => {
  const at = (value: unknown) =>
    moneyOff(field === "startTime" ? { startTime: value } : { startTime: 1_000_000_000_000, expirationTime: value });
  it.each([
    [T0, T0],
    [String(T0), T0],
    [1_000_000_000_001, 1_000_000_000_001],
  ])("accepts %j as %d", (value, ms) => {
    expect(parseSpecification(at(value))[field as "startTime"]).toBe(ms);
  });
  it.each([
    [1_714_521_600, /looks like seconds, multiply it by 1000/],
    ["1714521600", /looks like seconds/],
    [999_999_999_999, /looks like seconds/],
    ["2024-05-01T00:00:00Z", /ISO dates and fractions are not accepted/],
    [T0 + 0.5, /ISO dates and fractions are not accepted/],
    [`${T0}.5`, /ISO dates and fractions are not accepted/],
    ["", /epoch milliseconds/],
    [true, /epoch milliseconds/],
    [253_402_300_800_000, /after the year 9999/],
  ])("rejects %j", (value, message) => expectRejected(at(value), field, message));
});

describe.each([
  ["usageLimit", (v: unknown) => moneyOff({ usageLimit: v })],
  ["limitPerCustomer", (v: unknown) => moneyOff({ limitPerCustomer: v })],
  ["buyXGetY.x", (v: unknown) => spec("BuyXGetY", { buyXGetY: { x: v, y: 1 } })],
  ["buyXGetY.y", (v: unknown) => spec("BuyXGetY", { buyXGetY: { x: 1, y: v } })],
])("%s is a positive whole number", (field, make) => {
  it.each([1, 7, 2_147_483_647])("accepts %d", (value) => {
    expect(() => parseSpecification(make(value))).not.toThrow();
  });
  it.each([
    [0, /at least 1/],
    [-1, /at least 1/],
    [1.5, /whole number/],
    ["3", /whole number/],
    [2_147_483_648, /at most 2147483647/],
  ])("rejects %j", (value, message) => expectRejected(make(value), field, message));
});

describe("percentOffRate", () => {
  it.each([0.5, 1, 100])("accepts %d", (rate) => {
    expect(parseSpecification(spec("PercentOff", { percentOffRate: rate })).percentOffRate).toBe(rate);
  });
  it.each([
    [0, /more than 0/],
    [-5, /more than 0/],
    [100.01, /can't be more than 100/],
  ])("rejects %d", (rate, message) => expectRejected(spec("PercentOff", { percentOffRate: rate }), "percentOffRate", message));
});

describe.each([
  ["moneyOffAmount", (v: unknown) => moneyOff({ moneyOffAmount: v })],
  ["fixedPriceAmount", (v: unknown) => spec("FixedPrice", { fixedPriceAmount: v })],
  ["minimumSubtotal", (v: unknown) => spec("FreeShipping", { minimumSubtotal: v })],
])("%s is more than 0", (field, make) => {
  it.each([0.01, 1_000_000_000])("accepts %d", (value) => {
    expect(parseSpecification(make(value))).toMatchObject({ [field]: value });
  });
  it.each([
    [0, /more than 0/],
    [-1, /more than 0/],
    ["5", /must be a number/],
    [1_000_000_001, /at most/],
  ])("rejects %j", (value, message) => expectRejected(make(value), field, message));
});

describe("unknown keys", () => {
  it.each([
    [{ foo: 1 }, "foo"],
    [{ id: "abc" }, "id"],
    [{ numberOfUsages: 3 }, "numberOfUsages"],
    [{ scope: { namespace: "stores", extra: true } }, "scope.extra"],
    [{ scope: { namespace: "stores", group: { name: "product", entityId: "p", entity: "p" } } }, "scope.group.entity"],
  ])("rejects %j naming %s", (extra, field) => {
    expectRejected(moneyOff(extra), field, /^Unknown field .*; remove it\.$/);
  });
  it("rejects a buyXGetY with an extra key", () => {
    expectRejected(spec("BuyXGetY", { buyXGetY: { x: 1, y: 1, z: 1 } }), "buyXGetY.z", /Unknown field z/);
  });
});
