// Edit sends only the changed fields, a cleared optional field as null, and the result is an
// update the domain accepts and applies to exactly the edited coupon.
import { describe, expect, it } from "vitest";
import { changedFields, sameValue } from "./form-diff";
import { parseSpecification, type CouponSpecification } from "./specification";
import { applyUpdate, parseUpdate } from "./update";

const before = parseSpecification({
  name: "Summer", code: "SUMMER", startTime: 1_750_000_000_000, expirationTime: 1_760_000_000_000, percentOffRate: 15,
  scope: { namespace: "stores", group: { name: "product", entityId: "p1" } }, usageLimit: 100,
});

describe("changedFields", () => {
  it.each<[string, Partial<CouponSpecification> & Record<string, unknown>, Record<string, unknown>]>([
    ["nothing", {}, {}],
    ["the name", { name: "Winter" }, { name: "Winter" }],
    ["a cleared end date", { expirationTime: undefined }, { expirationTime: null }],
    ["a cleared usage limit", { usageLimit: undefined }, { usageLimit: null }],
    ["another item", { scope: { namespace: "stores", group: { name: "product", entityId: "p2" } } }, { scope: { namespace: "stores", group: { name: "product", entityId: "p2" } } }],
    ["scope → minimum", { scope: undefined, minimumSubtotal: 50 }, { scope: null, minimumSubtotal: 50 }],
    ["active: true, left out before", { active: true }, {}],
    ["switched off", { active: false }, { active: false }],
    ["once per order, off and left out alike", { limitedToOneItem: false }, {}],
  ])("%s", (_label, patch, expected) => {
    const after = { ...before, ...patch } as CouponSpecification;
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete (after as unknown as Record<string, unknown>)[k];
    const changes = changedFields(before, after);
    expect(changes).toEqual(expected);
    if (Object.keys(changes).length > 0) {
      expect(() => parseUpdate(changes)).not.toThrow();
      expect(applyUpdate(before, changes)).toEqual(parseSpecification(after));
    }
  });

  it("leaves stored seconds alone: the form shows minutes, so an untouched time is no change", () => {
    const stored = { ...before, startTime: 1_750_000_012_345, expirationTime: 1_760_000_059_999 };
    const asTheFormSendsIt = { ...stored, name: "Winter", startTime: 1_749_999_960_000, expirationTime: 1_760_000_040_000 };
    expect(changedFields(stored, asTheFormSendsIt)).toEqual({ name: "Winter" });
  });

  it("sends a time moved by a minute", () => {
    const stored = { ...before, startTime: 1_750_000_012_345 };
    expect(changedFields(stored, { ...stored, startTime: 1_750_000_020_000 })).toEqual({ startTime: 1_750_000_020_000 });
  });

  it("never sends the read-only type", () => {
    expect(changedFields({ ...before, type: "PercentOff" } as unknown as CouponSpecification, before)).toEqual({});
  });
});

describe("sameValue", () => {
  it.each([
    [1, 1, true],
    [1, 2, false],
    [{ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [{ a: 1 }, { a: 2 }, false],
    [null, {}, false],
  ])("%j vs %j → %s", (a, b, same) => expect(sameValue(a, b)).toBe(same));
});
