// The live summary card's sentence, for each kind of coupon.
import { describe, expect, it } from "vitest";
import { summarizeCoupon } from "./form-summary";
import { newCouponValues, switchType, type CouponFormValues } from "./form-values";
import { WHOLE_NAMESPACE } from "./form-options";

const ZONE = "Europe/Paris";
const NOW = Date.UTC(2025, 5, 1, 7, 0); // 09:00 in Paris
const context = { timeZone: ZONE, currency: "USD" };
const make = (type: CouponFormValues["type"], patch: Record<string, unknown>) =>
  ({ ...switchType(newCouponValues(NOW, ZONE), type), ...patch }) as CouponFormValues;

describe("summarizeCoupon", () => {
  it("spells out the issue's example", () => {
    const values = make("PercentOff", {
      percentOffRate: "15",
      scope: { namespace: "stores", group: "product", entityId: "pro-1", entityName: "Blue Mug" },
      usageLimit: "100",
      limitPerCustomer: "1",
    });
    expect(summarizeCoupon(values, context).sentence).toBe(
      "15 % off one product (Blue Mug), from 1 Jun 2025, 09:00 CEST, no end date, 100 uses total, 1 per customer.",
    );
  });

  it.each<[string, CouponFormValues["type"], Record<string, unknown>, string]>([
    [
      "money off over a minimum",
      "MoneyOff",
      { moneyOffAmount: "10", target: "orders", minimumSubtotal: "50" },
      "$10.00 off orders over $50.00",
    ],
    [
      "a sale price on all products",
      "FixedPrice",
      { fixedPriceAmount: "29.99", scope: { namespace: "stores", group: WHOLE_NAMESPACE, entityId: "", entityName: "" } },
      "Sale price $29.99 on all store products",
    ],
    ["free shipping", "FreeShipping", {}, "Free shipping on every order"],
    ["free shipping over a minimum", "FreeShipping", { minimumSubtotal: "40" }, "Free shipping on orders over $40.00"],
    [
      "buy X get Y",
      "BuyXGetY",
      { buyXGetY: { x: "2", y: "1" }, scope: { namespace: "stores", group: WHOLE_NAMESPACE, entityId: "", entityName: "" } },
      "Buy 2 get 1 on all store products",
    ],
    [
      "all tickets",
      "PercentOff",
      { percentOffRate: "20", scope: { namespace: "events", group: "ticket", entityId: "", entityName: "" } },
      "20 % off event tickets",
    ],
    ["a value still to enter", "MoneyOff", { moneyOffAmount: "" }, "Amount off (amount still to enter) on all store products"],
    ["a percentage that can't be saved", "PercentOff", { percentOffRate: "101" }, "Percent off (amount to correct) on all store products"],
    [
      "half of buy X get Y",
      "BuyXGetY",
      { buyXGetY: { x: "2", y: "" }, scope: { namespace: "stores", group: WHOLE_NAMESPACE, entityId: "", entityName: "" } },
      "Buy X get Y (amount still to enter) on all store products",
    ],
    [
      "items still to choose",
      "PercentOff",
      { percentOffRate: "5", scope: { namespace: "stores", group: "product", entityId: "", entityName: "" } },
      "5 % off one product (still to choose)",
    ],
  ])("%s", (_label, type, patch, start) => {
    expect(summarizeCoupon(make(type, patch), context).sentence.startsWith(start)).toBe(true);
  });

  it("mentions the end, once per order, subscriptions and a switched-off coupon", () => {
    const values = make("PercentOff", {
      percentOffRate: "50",
      endMode: "date",
      end: "2025-06-30T23:59",
      limitedToOneItem: true,
      scope: { namespace: "pricingPlans", group: WHOLE_NAMESPACE, entityId: "", entityName: "" },
      appliesToSubscriptions: true,
      discountedCycleCount: "3",
      active: false,
    });
    const summary = summarizeCoupon(values, context);
    expect(summary.sentence).toBe(
      "50 % off all pricing plans, from 1 Jun 2025, 09:00 CEST, until 30 Jun 2025, 23:59 CEST, unlimited uses, one item per order, subscriptions for 3 billing cycles, switched off until you activate it.",
    );
    expect(summary.facts.map((f) => f.label)).toEqual(["Discount", "Applies to", "Starts", "Ends", "Limits", "Subscriptions", "Status"]);
  });
});
