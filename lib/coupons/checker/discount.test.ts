// The discount on the customer's items for each of the five types, and the plan's prices per payment.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Coupon } from "../domain/model";
import { discountFor } from "./discount";
import { checkCode } from "./explain";
import { planPrices } from "./plan-prices";
import { AT, couponOf } from "./test-coupons";
import type { CartLine, CheckContext, CheckRequest } from "./types";

const context: CheckContext = { timeZone: "Europe/Berlin", currency: "USD" };
const item = (id: string, name: string, namespace = "stores", group = "product") => ({ namespace, group, id, name });
const MUG = item("mug", "Blue Mug");
const TOTE = item("tote", "Linen Tote Bag");
const VASE = item("vase", "Ceramic Vase");
const cart = (...lines: [ReturnType<typeof item>, number, number?][]): CheckRequest => ({
  code: "X",
  at: AT,
  lines: lines.map(([i, unitPrice, quantity = 1]): CartLine => ({ item: i, unitPrice, quantity })),
});
const typed = (spec: Partial<Coupon["specification"]>) =>
  couponOf({ percentOffRate: undefined, ...spec } as Partial<Coupon["specification"]>);
const amounts = (coupon: Coupon, request: CheckRequest) => {
  const d = discountFor(coupon, request, context);
  return { lines: d.lines.map((l) => [l.name, l.amount]), total: d.total, freeShipping: d.freeShipping };
};

describe("the discount", () => {
  it("percent off: every line it covers", () => {
    expect(amounts(typed({ percentOffRate: 15, scope: { namespace: "stores" } }), cart([MUG, 18, 2], [TOTE, 24]))).toEqual({
      lines: [
        ["Blue Mug", 5.4],
        ["Linen Tote Bag", 3.6],
      ],
      total: 9,
      freeShipping: false,
    });
  });

  it("percent off one item only: the lowest-priced unit", () => {
    expect(
      amounts(typed({ percentOffRate: 50, limitedToOneItem: true, scope: { namespace: "stores" } }), cart([TOTE, 24, 2], [MUG, 18, 3])),
    ).toMatchObject({
      lines: [
        ["Linen Tote Bag", 0],
        ["Blue Mug", 9],
      ],
      total: 9,
    });
  });

  it("money off: shared over the lines, to the cent, and never more than they cost", () => {
    const d = discountFor(
      typed({ moneyOffAmount: 10, scope: { namespace: "stores" } }),
      cart([MUG, 3.33], [TOTE, 3.33], [VASE, 3.34]),
      context,
    );
    expect(d.total).toBe(10);
    expect(d.lines.reduce((s, l) => s + Math.round(l.amount * 100), 0)).toBe(1000);
    expect(discountFor(typed({ moneyOffAmount: 100 }), cart([MUG, 18]), context).total).toBe(18);
  });

  it("a sale price: what each unit costs above it", () => {
    expect(amounts(typed({ fixedPriceAmount: 20, scope: { namespace: "stores" } }), cart([TOTE, 24, 2], [MUG, 18]))).toMatchObject({
      lines: [
        ["Linen Tote Bag", 8],
        ["Blue Mug", 0],
      ],
      total: 8,
    });
  });

  it("Buy 2 get 1 with three items of different prices: the cheapest is free", () => {
    const coupon = typed({ buyXGetY: { x: 2, y: 1 }, scope: { namespace: "stores" } });
    expect(amounts(coupon, cart([VASE, 42], [MUG, 18], [TOTE, 24]))).toMatchObject({
      lines: [
        ["Ceramic Vase", 0],
        ["Blue Mug", 18],
        ["Linen Tote Bag", 0],
      ],
      total: 18,
    });
    const short = discountFor(coupon, cart([VASE, 42], [MUG, 18]), context);
    expect(short.total).toBe(0);
    expect(short.note).toBe("Add 1 more item it covers to get 1 free.");
  });

  it("free shipping: named, nothing off the items", () => {
    expect(amounts(typed({ freeShipping: true }), cart([MUG, 18]))).toEqual({ lines: [], total: 0, freeShipping: true });
  });

  it("a subtotal given below the items' total caps it", () => {
    expect(discountFor(typed({ moneyOffAmount: 50 }), { ...cart([MUG, 18], [TOTE, 24]), subtotal: 30 }, context).total).toBe(30);
  });
});

describe("a plan's prices per payment (Pricing Plans' applyCoupon shape)", () => {
  const coaching = {
    name: "Coaching Year",
    terms: { price: 25, currency: "USD", cycle: { every: 1, unit: "MONTH" as const }, cycleCount: 12 },
  };
  const planCoupon = (spec: Partial<Coupon["specification"]>) =>
    typed({ code: "FIFTYOFF", appliesToSubscriptions: true, scope: { namespace: "pricingPlans" }, ...spec });

  it("2 discounted payments of 12 at 100 % off: seed 003's example", () => {
    expect(planPrices(planCoupon({ percentOffRate: 100, discountedCycleCount: 2 }), coaching, context).prices).toEqual([
      {
        duration: { cycleFrom: 1, numberOfCycles: 2 },
        price: { subtotal: "25.00", coupon: { code: "FIFTYOFF", amount: "25.00" }, discount: "25.00", total: "0.00", currency: "USD" },
      },
      { duration: { cycleFrom: 3, numberOfCycles: 10 }, price: { subtotal: "25.00", discount: "0.00", total: "25.00", currency: "USD" } },
    ]);
  });

  it("2 discounted payments of 12 at 20 % off, with the total saved", () => {
    const outcome = planPrices(planCoupon({ percentOffRate: 20, discountedCycleCount: 2 }), coaching, context);
    expect(outcome.prices.map((p) => [p.duration, p.price.total])).toEqual([
      [{ cycleFrom: 1, numberOfCycles: 2 }, "20.00"],
      [{ cycleFrom: 3, numberOfCycles: 10 }, "25.00"],
    ]);
    expect(outcome.totalSaved).toBe(10);
    expect(outcome.summary).toBe("2 payments of $20.00, then 10 of $25.00: $10.00 saved over the plan's 12 payments.");
  });

  it("a coupon for the whole plan, a plan until cancelled, and a single payment", () => {
    expect(planPrices(planCoupon({ moneyOffAmount: 5 }), coaching, context)).toMatchObject({
      prices: [{ duration: { cycleFrom: 1, numberOfCycles: 12 }, price: { total: "20.00" } }],
      totalSaved: 60,
    });
    const open = planPrices(
      planCoupon({ percentOffRate: 10 }),
      { ...coaching, terms: { ...coaching.terms, cycleCount: undefined } },
      context,
    );
    expect(open.prices).toEqual([{ duration: { cycleFrom: 1 }, price: expect.objectContaining({ discount: "2.50", total: "22.50" }) }]);
    expect(open.totalSaved).toBeUndefined();
    expect(planPrices(planCoupon({ percentOffRate: 10 }), { name: "Once", terms: { price: 100, currency: "USD" } }, context).summary).toBe(
      "One payment of $90.00 instead of $100.00: $10.00 saved.",
    );
  });
});

describe("the answer", () => {
  it("says what the customer gets, hedged by what the dashboard can't see", () => {
    const result = checkCode(
      typed({ code: "B2G1", buyXGetY: { x: 2, y: 1 }, scope: { namespace: "stores" }, limitPerCustomer: 1 }),
      { ...cart([VASE, 42], [MUG, 18], [TOTE, 24]), code: "b2g1" },
      context,
    );
    expect(result.sentence).toBe("B2G1 works: $18.00 off this order, if the customer hasn't used it before.");
    expect(result.customerText).toBe("Good news: the code B2G1 works: $18.00 off this order. Each customer can use it once.");
  });

  it("names the first rule that fails, and tells the customer in plain words", () => {
    const result = checkCode(
      typed({ moneyOffAmount: 5, expirationTime: Date.UTC(2027, 4, 3, 21, 59), usageLimit: 1 }),
      { ...cart(), code: "SUMMER10" },
      context,
    );
    expect(result.sentence).toBe("It ended on 3 May at 23:59 Europe/Berlin.");
    expect(result.customerText).toBe("The code SUMMER10 expired on 3 May at 23:59 Europe/Berlin, so it can't be used any more.");
    expect(checkCode(undefined, { ...cart(), code: "NOPE" }, context).customerText).toMatch(/couldn't find the code “NOPE”/);
  });
});

describe("a property of every discount the checker lets through", () => {
  const cartLine = fc.record({
    item: fc.constantFrom(MUG, TOTE, VASE, item("yoga", "Yoga Class", "bookings", "service")),
    quantity: fc.integer({ min: 1, max: 20 }),
    unitPrice: fc.integer({ min: 0, max: 50_000 }).map((cents) => cents / 100),
  });
  const value = fc.oneof(
    fc.record({ percentOffRate: fc.integer({ min: 1, max: 100 }) }),
    fc.record({ moneyOffAmount: fc.integer({ min: 1, max: 100_000 }).map((c) => c / 100) }),
    fc.record({ fixedPriceAmount: fc.integer({ min: 1, max: 100_000 }).map((c) => c / 100) }),
    fc.record({ buyXGetY: fc.record({ x: fc.integer({ min: 1, max: 5 }), y: fc.integer({ min: 1, max: 5 }) }) }),
    fc.constant({ freeShipping: true as const }),
  );
  const scope = fc.constantFrom(
    undefined,
    { namespace: "stores" },
    { namespace: "bookings" },
    { namespace: "stores", group: { name: "product", entityId: "mug" } },
  );

  it("is never below zero, never above a line's total, and never above the subtotal", () => {
    fc.assert(
      fc.property(
        value,
        scope,
        fc.boolean(),
        fc.array(cartLine, { minLength: 1, maxLength: 8 }),
        fc.option(
          fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100),
          { nil: undefined },
        ),
        (v, s, one, lines, subtotal) => {
          const coupon = typed({
            ...v,
            ...(s && !("freeShipping" in v) ? { scope: s } : {}),
            ...(one ? { limitedToOneItem: true } : {}),
          } as Partial<Coupon["specification"]>);
          const request: CheckRequest = { code: "X", at: AT, lines, ...(subtotal !== undefined ? { subtotal } : {}) };
          const result = checkCode(coupon, request, context);
          if (result.rules.some((r) => r.verdict === "fail") || !result.discount) return;
          const total = subtotal ?? lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
          expect(result.discount.total).toBeGreaterThanOrEqual(0);
          expect(Math.round(result.discount.total * 100)).toBeLessThanOrEqual(Math.round(total * 100));
          for (const line of result.discount.lines) {
            const own = lines[line.line]!;
            expect(line.amount).toBeGreaterThanOrEqual(0);
            expect(Math.round(line.amount * 100)).toBeLessThanOrEqual(Math.round(own.quantity * own.unitPrice * 100));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
