// The one equality rule: what counts as the same coupon, for the form's edit, a retried create,
// the revision and the audit log alike.
import { describe, expect, it } from "vitest";
import { canonicalText, differingFields, fieldChanges, sameFieldValue, sameSpecification } from "./spec-equality";

const base = { name: "Summer", code: "SUMMER", startTime: 1_750_000_000_000, percentOffRate: 15, scope: { namespace: "stores" } };

describe("sameFieldValue", () => {
  it.each<[string, unknown, unknown, boolean]>([
    ["active", undefined, true, true],
    ["active", null, true, true],
    ["active", undefined, false, false],
    ["limitedToOneItem", undefined, false, true],
    ["limitedToOneItem", undefined, true, false],
    ["appliesToSubscriptions", false, undefined, true],
    ["appliesToSubscriptions", true, undefined, false],
    ["freeShipping", false, undefined, true],
    ["freeShipping", true, undefined, false],
    ["usageLimit", null, undefined, true],
    ["usageLimit", 5, 5, true],
    ["usageLimit", 5, 6, false],
    ["startTime", 1_750_000_012_345, 1_750_000_000_000, false],
    [
      "scope",
      { namespace: "stores", group: { name: "product", entityId: "p1" } },
      { group: { entityId: "p1", name: "product" }, namespace: "stores" },
      true,
    ],
    [
      "scope",
      { namespace: "stores", group: { name: "product" } },
      { namespace: "stores", group: { name: "product", entityId: undefined } },
      true,
    ],
    ["scope", { namespace: "stores" }, { namespace: "bookings" }, false],
    ["buyXGetY", { x: 2, y: 1 }, { x: 2, y: 2 }, false],
    ["type", "PercentOff", undefined, true],
  ])("%s: %j vs %j → %s", (key, a, b, same) => {
    expect(sameFieldValue(key, a, b)).toBe(same);
    expect(sameFieldValue(key, b, a)).toBe(same);
  });
});

describe("sameSpecification, differingFields and fieldChanges", () => {
  it("a stored coupon and the same coupon as sent are the same: read-only type, defaults written out", () => {
    const stored = { ...base, type: "PercentOff", active: true, limitedToOneItem: false };
    expect(sameSpecification(stored, base)).toBe(true);
    expect(differingFields(stored, base)).toEqual([]);
  });

  it("name each differing field once, in a stable order, with values as meant", () => {
    const after = { ...base, name: "Winter", active: false, usageLimit: 5 };
    expect(differingFields(base, after)).toEqual(["active", "name", "usageLimit"]);
    expect(fieldChanges(base, after)).toEqual([
      { field: "active", before: true, after: false },
      { field: "name", before: "Summer", after: "Winter" },
      { field: "usageLimit", before: null, after: 5 },
    ]);
  });
});

describe("canonicalText", () => {
  it("is equal exactly when the specifications are the same", () => {
    const variants = [
      base,
      { ...base, active: true },
      { ...base, type: "PercentOff" },
      { ...base, scope: { namespace: "stores" }, limitedToOneItem: false, freeShipping: false },
    ];
    for (const v of variants) expect(canonicalText(v)).toBe(canonicalText(base));
    for (const other of [
      { ...base, active: false },
      { ...base, name: "Other" },
      { ...base, limitedToOneItem: true },
    ]) {
      expect(sameSpecification(other, base)).toBe(false);
      expect(canonicalText(other)).not.toBe(canonicalText(base));
    }
  });
});
