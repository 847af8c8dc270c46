// What the edit form shows read-only, "set outside this dashboard": values it can't show for the
// coupon's type and scope, and rules the coupon already breaks. Nothing for a coupon made here.
import { describe, expect, it } from "vitest";
import { keptFields } from "./kept-fields";
import type { CouponSpecification } from "./specification";

const spec = (fields: Record<string, unknown>) =>
  ({ name: "N", code: "C", startTime: 1_750_000_000_000, ...fields }) as unknown as CouponSpecification;
const kept = (fields: Record<string, unknown>) => keptFields(spec(fields)).map(({ field, value }) => [field, value]);

describe("keptFields", () => {
  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ["a coupon made here", { percentOffRate: 10, scope: { namespace: "stores" }, appliesToSubscriptions: true, limitPerCustomer: 2 }, []],
    [
      "a pricing-plans coupon with cycles",
      { percentOffRate: 10, scope: { namespace: "pricingPlans" }, appliesToSubscriptions: true, discountedCycleCount: 3 },
      [],
    ],
    [
      "a per-customer limit on bookings",
      { percentOffRate: 10, scope: { namespace: "bookings" }, limitedToOneItem: true, limitPerCustomer: 1 },
      [["limitPerCustomer", "1"]],
    ],
    [
      "once per order on Buy X Get Y",
      { buyXGetY: { x: 2, y: 1 }, scope: { namespace: "stores" }, limitedToOneItem: true },
      [["limitedToOneItem", "Yes"]],
    ],
    [
      "subscriptions on an events coupon",
      { percentOffRate: 10, scope: { namespace: "events", group: { name: "ticket" } }, appliesToSubscriptions: true },
      [["appliesToSubscriptions", "Yes"]],
    ],
    [
      "a product coupon with no product",
      { percentOffRate: 10, scope: { namespace: "stores", group: { name: "product" } } },
      [["scope", "Store products · Product, no product chosen"]],
    ],
  ])("%s", (_label, fields, expected) => {
    expect(kept(fields)).toEqual(expected);
  });

  it("says why, in words, for each", () => {
    const [bookings] = keptFields(
      spec({ percentOffRate: 10, scope: { namespace: "bookings" }, limitedToOneItem: true, limitPerCustomer: 1 }),
    );
    expect(bookings).toMatchObject({
      label: "Limit per customer",
      reason: "Bookings coupons can't limit uses per customer in this dashboard, so the form doesn't offer it; it stays as it is.",
    });
    const [scope] = keptFields(spec({ percentOffRate: 10, scope: { namespace: "stores", group: { name: "product" } } }));
    expect(scope!.reason).toMatch(/no longer accepts a product coupon without its product for new coupons; this one keeps working/);
  });
});
