// NAMESPACE_RULES against WIX-API-NOTES "Per-order limits" and discountedCycleCount, and the schema
// enforcing exactly that table.
import { describe, expect, it } from "vitest";
import { NAMESPACE_RULES } from "./namespace-rules";
import { NAMESPACES } from "./scope-matrix";
import { couponSpecificationSchema } from "./specification";

const base = { name: "N", code: "C", startTime: 1_714_521_600_000, moneyOffAmount: 5 };

describe("NAMESPACE_RULES", () => {
  it("is the notes' table: bookings has no per-customer limit and is always one item; stores and plans take subscriptions, only plans discounted cycles", () => {
    const rows = NAMESPACES.map((n) => {
      const r = NAMESPACE_RULES[n];
      return [n, [r.limitPerCustomer, r.alwaysOneItem, r.subscriptions, r.discountedCycles]];
    });
    expect(Object.fromEntries(rows)).toEqual({
      stores: [true, false, true, false],
      bookings: [false, true, false, false],
      events: [true, false, false, false],
      pricingPlans: [true, false, true, true],
    });
  });

  it.each(NAMESPACES)("gives a reason for every restriction of %s", (namespace) => {
    const rule = NAMESPACE_RULES[namespace];
    if (!rule.limitPerCustomer) expect(rule.noLimitPerCustomer).toMatch(/can't limit uses per customer/);
    if (rule.alwaysOneItem) expect(rule.alwaysOneItemReason).toMatch(/one item per order/);
  });

  // A scope each namespace accepts without an item.
  const scopeOf = (namespace: string) => (namespace === "events" ? { namespace, group: { name: "ticket" } } : { namespace });

  it.each(NAMESPACES)("is what the schema enforces for %s", (namespace) => {
    const rule = NAMESPACE_RULES[namespace];
    const scope = scopeOf(namespace);
    const perCustomer = couponSpecificationSchema.safeParse({ ...base, scope, limitPerCustomer: 1 });
    expect(perCustomer.success).toBe(rule.limitPerCustomer);
    const parsed = couponSpecificationSchema.parse({ ...base, scope });
    expect(parsed.limitedToOneItem === true).toBe(rule.alwaysOneItem);
    const cycles = couponSpecificationSchema.safeParse({ ...base, scope, appliesToSubscriptions: true, discountedCycleCount: 2 });
    expect(cycles.success).toBe(rule.discountedCycles);
    // appliesToSubscriptions alone is Wix's to judge: accepted everywhere, offered where Wix offers it.
    expect(couponSpecificationSchema.safeParse({ ...base, scope, appliesToSubscriptions: true }).success).toBe(true);
  });
});
