// An edit sends only what the person changed, against the coupon as stored; what the form can't
// show is never sent, and what a coupon made elsewhere already broke never blocks an unrelated edit.
import { describe, expect, it } from "vitest";
import { checkEditValues, specKeyOfFormPath, touchedFields } from "./form-edit";
import { valuesFromSpecification, type CouponFormValues } from "./form-values";
import type { CouponSpecification } from "../domain/specification";

const TZ = "Europe/Berlin";
const T0 = Date.UTC(2026, 0, 5, 9);

function edit(stored: Record<string, unknown>, change: (v: CouponFormValues) => CouponFormValues) {
  const spec = { name: "Made elsewhere", code: "ELSE", startTime: T0, ...stored } as unknown as CouponSpecification;
  const initial = valuesFromSpecification(spec, { timeZone: TZ });
  return checkEditValues(change(structuredClone(initial)), { stored: spec, initial, timeZone: TZ });
}
const rename = (v: CouponFormValues) => ({ ...v, name: "Renamed" });

describe("a rename of a coupon made elsewhere sends only the name (the issue's table)", () => {
  it.each<[string, Record<string, unknown>]>([
    ["stores coupon with appliesToSubscriptions", { percentOffRate: 15, scope: { namespace: "stores" }, appliesToSubscriptions: true }],
    ["free-shipping coupon with appliesToSubscriptions", { freeShipping: true, appliesToSubscriptions: true }],
    ["minimum-subtotal coupon with appliesToSubscriptions", { moneyOffAmount: 5, minimumSubtotal: 50, appliesToSubscriptions: true }],
    [
      "bookings coupon with limitPerCustomer: 1",
      { percentOffRate: 20, scope: { namespace: "bookings" }, limitedToOneItem: true, limitPerCustomer: 1 },
    ],
    ["Buy X Get Y with limitedToOneItem", { buyXGetY: { x: 2, y: 1 }, scope: { namespace: "stores" }, limitedToOneItem: true }],
    ["stores + product with no entityId", { percentOffRate: 10, scope: { namespace: "stores", group: { name: "product" } } }],
    [
      "events coupon with appliesToSubscriptions (not offered there)",
      { percentOffRate: 10, scope: { namespace: "events", group: { name: "ticket" } }, appliesToSubscriptions: true },
    ],
    ["times with seconds", { percentOffRate: 10, minimumSubtotal: 20, startTime: 1_900_000_012_345, expirationTime: 1_910_000_059_999 }],
  ])("%s", (_label, stored) => {
    expect(edit(stored, rename)).toEqual({ changes: { name: "Renamed" }, issues: [] });
  });
});

describe("what is sent", () => {
  const coupon = { percentOffRate: 15, scope: { namespace: "stores" }, expirationTime: T0 + 86_400_000, usageLimit: 100 };
  it.each<[string, (v: CouponFormValues) => CouponFormValues, Record<string, unknown>]>([
    ["nothing touched", (v) => v, {}],
    ["a field typed back to what it was", (v) => ({ ...v, name: "Made elsewhere" }), {}],
    ["a cleared end date, as null", (v) => ({ ...v, endMode: "none", end: "" }), { expirationTime: null }],
    ["a cleared usage limit, as null", (v) => ({ ...v, usageLimit: "" }), { usageLimit: null }],
    ["switched off", (v) => ({ ...v, active: false }), { active: false }],
    ["include subscriptions, on a store coupon", (v) => ({ ...v, appliesToSubscriptions: true }), { appliesToSubscriptions: true }],
    ["scope → orders over an amount", (v) => ({ ...v, target: "orders", minimumSubtotal: "50" }), { scope: null, minimumSubtotal: 50 }],
  ])("%s", (_label, change, expected) => {
    expect(edit(coupon, change)).toEqual({ changes: expected, issues: [] });
  });

  it("a change that makes a hidden value invalid clears it: stores → bookings drops the per-customer limit", () => {
    const result = edit({ percentOffRate: 10, scope: { namespace: "stores" }, limitPerCustomer: 2 }, (v) => ({
      ...v,
      scope: { namespace: "bookings", group: "*", entityId: "", entityName: "" },
    }));
    expect(result).toEqual({ changes: { scope: { namespace: "bookings" }, limitPerCustomer: null }, issues: [] });
  });

  it("leaving pricing plans clears the discounted cycles it no longer offers, and keeps subscriptions", () => {
    const result = edit(
      { percentOffRate: 10, scope: { namespace: "pricingPlans" }, appliesToSubscriptions: true, discountedCycleCount: 3 },
      (v) => ({ ...v, scope: { namespace: "stores", group: "*", entityId: "", entityName: "" } }),
    );
    expect(result).toEqual({ changes: { scope: { namespace: "stores" }, discountedCycleCount: null }, issues: [] });
  });
});

describe("what stops a save", () => {
  it("a problem on a field the person changed, on that field, in the form's words", () => {
    expect(edit({ percentOffRate: 10, minimumSubtotal: 20 }, (v) => ({ ...v, usageLimit: "0" })).issues).toEqual([
      { path: "usageLimit", message: "Usage limit must be at least 1" },
    ]);
  });

  it("never a problem the coupon already had, on a field the person left alone", () => {
    const noProduct = { percentOffRate: 10, scope: { namespace: "stores", group: { name: "product" } } };
    expect(edit(noProduct, (v) => ({ ...v, usageLimit: "5" }))).toEqual({ changes: { usageLimit: 5 }, issues: [] });
    // Touching the scope makes it the person's: now the product is asked for.
    expect(edit(noProduct, (v) => ({ ...v, scope: { ...v.scope, group: "collection" } })).issues).toEqual([
      expect.objectContaining({ path: "scope.entityId" }),
    ]);
  });

  it("a change to a field that breaks a standing rule is refused on it: a new per-customer limit on bookings", () => {
    const bookings = { percentOffRate: 20, scope: { namespace: "bookings" }, limitedToOneItem: true, limitPerCustomer: 1 };
    const result = edit(bookings, (v) => ({
      ...v,
      scope: { namespace: "stores", group: "*", entityId: "", entityName: "" },
      limitPerCustomer: "0",
    }));
    expect(result.issues.map((i) => i.path)).toEqual(["limitPerCustomer"]);
  });
});

describe("touchedFields and specKeyOfFormPath", () => {
  it("map the form's inputs to the specification's fields", () => {
    const spec = { name: "A", code: "A", startTime: T0, percentOffRate: 5, minimumSubtotal: 10 } as CouponSpecification;
    const initial = valuesFromSpecification(spec, { timeZone: TZ });
    expect([...touchedFields(initial, { ...initial, start: "2027-01-01T10:00", target: "items" })].sort()).toEqual([
      "minimumSubtotal",
      "scope",
      "startTime",
    ]);
    expect(
      ["start", "end", "endMode", "confirmFullDiscount", "scope.entityId", "buyXGetY.x", "target", "root", "nonsense"].map(
        specKeyOfFormPath,
      ),
    ).toEqual(["startTime", "expirationTime", "expirationTime", "percentOffRate", "scope", "buyXGetY", "scope", "root", "root"]);
  });
});
