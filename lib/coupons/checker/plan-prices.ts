// A pricing-plan coupon on a plan: the price per payment in the shape of Pricing Plans'
// `applyCoupon` `prices` array (seed 003): the discounted payments, then the rest at full price.
import type { Coupon } from "../domain/model";
import type { CheckContext, PlanOutcome, PlanPrice, PlanTerms } from "./types";
import { count, decimal, fromCents, money, toCents } from "./words";

/** Off one payment, in cents: percent or money off, never more than the payment. */
function offPerPayment(coupon: Coupon, priceCents: number): number {
  const spec = coupon.specification;
  if (spec.percentOffRate !== undefined) return Math.min(priceCents, Math.round((priceCents * spec.percentOffRate) / 100));
  if (spec.moneyOffAmount !== undefined) return Math.min(priceCents, toCents(spec.moneyOffAmount));
  return 0;
}

export function planPrices(coupon: Coupon, plan: { name: string; terms: PlanTerms }, context: CheckContext): PlanOutcome {
  const { terms } = plan;
  const currency = terms.currency || context.currency;
  const price = toCents(terms.price);
  const off = offPerPayment(coupon, price);
  const m = (cents: number) => money(cents, currency);
  const entry = (duration: PlanPrice["duration"], discount: number): PlanPrice => ({
    duration,
    price: {
      subtotal: decimal(price),
      ...(discount > 0 ? { coupon: { code: coupon.specification.code, amount: decimal(discount) } } : {}),
      discount: decimal(discount),
      total: decimal(price - discount),
      currency,
    },
  });
  // A single payment: one price.
  const payments = terms.cycle ? terms.cycleCount : 1;
  const discounted = terms.cycle && coupon.specification.appliesToSubscriptions ? coupon.specification.discountedCycleCount : undefined;
  if (discounted !== undefined && (payments === undefined || discounted < payments)) {
    const rest = payments === undefined ? undefined : payments - discounted;
    const prices = [
      entry({ cycleFrom: 1, numberOfCycles: discounted }, off),
      entry({ cycleFrom: discounted + 1, ...(rest !== undefined ? { numberOfCycles: rest } : {}) }, 0),
    ];
    const saved = off * discounted;
    const then = rest === undefined ? "then full price until the customer cancels" : `then ${rest} of ${m(price)}`;
    return {
      prices,
      totalSaved: fromCents(saved),
      summary: `${count(discounted, "payment")} of ${m(price - off)}, ${then}: ${m(saved)} saved${payments ? ` over the plan's ${count(payments, "payment")}` : ""}.`,
    };
  }
  const every = payments ?? undefined;
  const prices = [entry({ cycleFrom: 1, ...(every !== undefined ? { numberOfCycles: every } : {}) }, off)];
  if (every === undefined) {
    return { prices, summary: `Every payment is ${m(price - off)} instead of ${m(price)} (${m(off)} off), for as long as the plan runs.` };
  }
  const saved = off * every;
  return {
    prices,
    totalSaved: fromCents(saved),
    summary:
      every === 1
        ? `One payment of ${m(price - off)} instead of ${m(price)}: ${m(saved)} saved.`
        : `${count(every, "payment")} of ${m(price - off)}: ${m(saved)} saved over the plan.`,
  };
}
