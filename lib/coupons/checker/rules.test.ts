// Each rule on its own, table-driven: pass, fail and the cases it doesn't concern or can't see.
import { describe, expect, it } from "vitest";
import type { Coupon } from "../domain/model";
import * as rules from "./rules";
import { AT, couponOf } from "./test-coupons";
import type { CheckContext, CheckRequest, RuleResult } from "./types";

const context: CheckContext = { timeZone: "Europe/Berlin", currency: "USD", scopeItemName: "Blue Mug" };
const mug = { namespace: "stores", group: "product", id: "mug", name: "Blue Mug" };
const tote = { namespace: "stores", group: "product", id: "tote", name: "Linen Tote Bag" };

const request = (extra: Partial<CheckRequest> = {}): CheckRequest => ({ code: "SUMMER10", lines: [], at: AT, ...extra });
const line = (item: typeof mug, unitPrice: number, quantity = 1) => ({ item, unitPrice, quantity });

type Case = [
  string,
  (c: Coupon, r: CheckRequest, x: CheckContext) => RuleResult,
  Coupon,
  CheckRequest,
  RuleResult["verdict"],
  string | RegExp,
];

const CASES: Case[] = [
  ["exact code", rules.exists, couponOf(), request(), "pass", "The code “SUMMER10” exists on this site."],
  [
    "another case",
    rules.exists,
    couponOf(),
    request({ code: "summer10" }),
    "pass",
    "The customer typed “summer10”; the code is “SUMMER10”. Codes work in any case.",
  ],
  ["switched off", rules.switchedOn, couponOf({ active: false }), request(), "fail", "It is switched off in the dashboard."],
  ["switched on", rules.switchedOn, couponOf({ active: true }), request(), "pass", "It is switched on."],
  [
    "starts later",
    rules.started,
    couponOf({ startTime: Date.UTC(2027, 4, 13, 7) }),
    request(),
    "fail",
    "It starts on 13 May at 09:00 Europe/Berlin.",
  ],
  ["started", rules.started, couponOf(), request(), "pass", /^It started on 30 Apr at/],
  [
    "ended",
    rules.notExpired,
    couponOf({ expirationTime: Date.UTC(2027, 4, 3, 21, 59) }),
    request(),
    "fail",
    "It ended on 3 May at 23:59 Europe/Berlin.",
  ],
  [
    "ended last year",
    rules.notExpired,
    couponOf({ expirationTime: Date.UTC(2026, 4, 3, 21, 59) }),
    request(),
    "fail",
    "It ended on 3 May 2026 at 23:59 Europe/Berlin.",
  ],
  ["no end", rules.notExpired, couponOf(), request(), "pass", "It has no end date."],
  ["used up", rules.usesLeft, couponOf({ usageLimit: 100 }, 100), request(), "fail", "All 100 uses are taken (100 of 100)."],
  ["uses left", rules.usesLeft, couponOf({ usageLimit: 100 }, 40), request(), "pass", "60 of 100 uses left (40 of 100 used)."],
  ["no limit", rules.usesLeft, couponOf({}, 7), request(), "pass", "It has no limit on uses (7 uses so far)."],
  ["whole order", rules.inScope, couponOf(), request({ lines: [line(tote, 24)] }), "pass", "It applies to the whole order."],
  [
    "the product",
    rules.inScope,
    couponOf({ scope: { namespace: "stores", group: { name: "product", entityId: "mug" } } }),
    request({ lines: [line(mug, 18)] }),
    "pass",
    "It is for the product “Blue Mug”: Blue Mug is covered.",
  ],
  [
    "another product",
    rules.inScope,
    couponOf({ scope: { namespace: "stores", group: { name: "product", entityId: "mug" } } }),
    request({ lines: [line(tote, 24)] }),
    "fail",
    "The coupon is for the product “Blue Mug”; the cart has Linen Tote Bag.",
  ],
  [
    "another namespace",
    rules.inScope,
    couponOf({ scope: { namespace: "bookings" } }),
    request({ lines: [line(tote, 24)] }),
    "fail",
    "The coupon is for bookings services; the cart has Linen Tote Bag.",
  ],
  [
    "no items",
    rules.inScope,
    couponOf({ scope: { namespace: "stores" } }),
    request(),
    "unknown",
    "It is for store products. Add the customer's items to check this.",
  ],
  [
    "a collection",
    rules.inScope,
    couponOf({ scope: { namespace: "stores", group: { name: "collection", entityId: "col" } } }),
    request({ lines: [line(tote, 24)] }),
    "unknown",
    /can't see whether Linen Tote Bag is in it/,
  ],
  [
    "under the minimum",
    rules.minimumSubtotal,
    couponOf({ minimumSubtotal: 50 }),
    request({ lines: [line(mug, 18, 2)] }),
    "fail",
    "The order is $36.00; the coupon needs at least $50.00.",
  ],
  [
    "the subtotal as given",
    rules.minimumSubtotal,
    couponOf({ minimumSubtotal: 50 }),
    request({ lines: [line(mug, 18)], subtotal: 50 }),
    "pass",
    "The order is $50.00; the coupon needs at least $50.00.",
  ],
  ["no minimum", rules.minimumSubtotal, couponOf(), request(), "not-applicable", "It has no minimum order."],
  [
    "minimum, no cart",
    rules.minimumSubtotal,
    couponOf({ minimumSubtotal: 50 }),
    request(),
    "unknown",
    /^It needs an order of at least \$50\.00/,
  ],
  [
    "per customer",
    rules.perCustomer,
    couponOf({ limitPerCustomer: 1 }),
    request(),
    "unknown",
    "Each customer may use it 1 time; the dashboard can't see this customer's past uses.",
  ],
  ["no per-customer limit", rules.perCustomer, couponOf(), request(), "not-applicable", "Customers may use it any number of times."],
  [
    "one item",
    rules.oneItem,
    couponOf({ limitedToOneItem: true, scope: { namespace: "stores" } }),
    request({ lines: [line(tote, 24), line(mug, 18)] }),
    "pass",
    "It discounts one item per order, the lowest-priced: one Blue Mug.",
  ],
  ["not one item", rules.oneItem, couponOf(), request(), "not-applicable", "It isn't limited to one item."],
  [
    "bookings",
    rules.bookingsOneItem,
    couponOf({ scope: { namespace: "bookings" } }),
    request(),
    "pass",
    "Bookings coupons apply to one service per order.",
  ],
  ["not bookings", rules.bookingsOneItem, couponOf(), request(), "not-applicable", "It isn't a bookings coupon."],
];

describe("each rule", () => {
  it.each(CASES)("%s", (_name, rule, coupon, req, verdict, detail) => {
    const result = rule(coupon, req, context);
    expect(result.verdict).toBe(verdict);
    if (typeof detail === "string") expect(result.detail).toBe(detail);
    else expect(result.detail).toMatch(detail);
  });

  const plan = {
    id: "p",
    name: "Coaching Year",
    terms: { price: 25, currency: "USD", cycle: { every: 1, unit: "MONTH" as const }, cycleCount: 12 },
  };
  const planScope = { namespace: "pricingPlans", group: { name: "plan", entityId: "p" } };
  it.each([
    ["covers subscriptions", { appliesToSubscriptions: true }, "pass"],
    ["doesn't cover subscriptions", {}, "fail"],
  ] as const)("a recurring plan and a coupon that %s", (_name, extra, verdict) => {
    expect(rules.subscriptions(couponOf({ scope: planScope, ...extra }), request({ plan }), context).verdict).toBe(verdict);
  });

  it("with no coupon, only 'exists' is judged, and it fails", () => {
    const all = rules.checkRules(undefined, request({ code: "NOPE" }), context);
    expect(all[0]).toMatchObject({ rule: "exists", verdict: "fail", detail: "No coupon has the code “NOPE” on this site." });
    expect(all.slice(1).every((r) => r.verdict === "not-applicable")).toBe(true);
  });
});
