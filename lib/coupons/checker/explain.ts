// The checker's answer: every rule, then one sentence (the first rule that fails, or what the
// customer gets, hedged by what the dashboard can't see), the discount, a plan's prices, and a
// short explanation support can paste to the customer.
import type { Coupon } from "../domain/model";
import { discountFor } from "./discount";
import { planPrices } from "./plan-prices";
import { checkRules, subtotalOf } from "./rules";
import { scopeTarget } from "./scope-match";
import type { CheckContext, CheckRequest, CheckResult, Discount, PlanOutcome, RuleId, RuleResult } from "./types";
import { formatWhen, money, toCents } from "./words";

/** What the customer hears when a rule fails: no jargon, times with their zone. */
function customerRefusal(rule: RuleId, coupon: Coupon | undefined, request: CheckRequest, context: CheckContext): string {
  const typed = request.code.trim();
  if (!coupon) return `We couldn't find the code “${typed}”. Please check it for typos and try again.`;
  const code = coupon.specification.code;
  const spec = coupon.specification;
  const when = (ms: number) => formatWhen(ms, context.timeZone, request.at);
  switch (rule) {
    case "switchedOn":
      return `The code ${code} isn't active at the moment, so it can't be used right now.`;
    case "started":
      return `The code ${code} can be used from ${when(spec.startTime)}.`;
    case "notExpired":
      return `The code ${code} expired on ${when(spec.expirationTime!)}, so it can't be used any more.`;
    case "usesLeft":
      return `The code ${code} has been used as many times as it allows, so it can't be used any more.`;
    case "inScope":
      return `The code ${code} is for ${scopeTarget(coupon, context)}, so it doesn't apply to the items in your cart.`;
    case "minimumSubtotal": {
      const subtotal = subtotalOf(request) ?? 0;
      return `The code ${code} needs an order of at least ${money(toCents(spec.minimumSubtotal!), context.currency)}; your order comes to ${money(toCents(subtotal), context.currency)}.`;
    }
    case "subscriptions":
      return `The code ${code} doesn't apply to plans paid in instalments.`;
    default:
      return `The code ${code} can't be used for this order.`;
  }
}

/**
 * "$18.00 off this order", "free shipping", a plan's payments; or that it applies with nothing off
 * yet; undefined when there is nothing to say beyond "it works" (no items, nothing else asked).
 */
function whatTheyGet(
  discount: Discount | undefined,
  plan: PlanOutcome | undefined,
  context: CheckContext,
  hasItems: boolean,
): string | undefined {
  const parts: string[] = [];
  if (discount && discount.total > 0) parts.push(`${money(toCents(discount.total), context.currency)} off this order`);
  if (discount?.freeShipping) parts.push("free shipping on this order");
  if (plan) parts.push(plan.summary.replace(/\.$/, ""));
  if (parts.length > 0) return parts.join("; ");
  if (discount?.note) return `it applies, but nothing is off these items yet (${discount.note.replace(/\.$/, "")})`;
  return hasItems ? "it applies, but takes nothing off these items" : undefined;
}

export function checkCode(coupon: Coupon | undefined, request: CheckRequest, context: CheckContext): CheckResult {
  const rules = checkRules(coupon, request, context);
  const failed = rules.find((r) => r.verdict === "fail");
  if (!coupon || failed) {
    const rule = failed ?? rules[0]!;
    return {
      ...(coupon ? { coupon } : {}),
      rules,
      sentence: rule.detail,
      customerText: customerRefusal(rule.rule, coupon, request, context),
    };
  }
  const hasItems = request.lines.length > 0;
  const discount = hasItems || coupon.specification.freeShipping ? discountFor(coupon, request, context) : undefined;
  const plan =
    request.plan && coupon.specification.scope?.namespace === "pricingPlans" ? planPrices(coupon, request.plan, context) : undefined;
  const unsure = rules.filter((r): r is RuleResult & { condition: string } => r.verdict === "unknown" && Boolean(r.condition));
  const hedge = unsure.length > 0 ? `, if ${unsure.map((r) => r.condition).join(" and ")}` : "";
  const code = coupon.specification.code;
  const gets = whatTheyGet(discount, plan, context, hasItems);
  const sentence = `${code} works: ${gets ?? "it can be used now"}${hedge}.`;
  const perCustomer = rules.find((r) => r.rule === "perCustomer" && r.verdict === "unknown");
  const customerText = [
    `Good news: the code ${code} works${gets === undefined ? " and can be used now" : `: ${gets}`}.`,
    perCustomer
      ? `Each customer can use it ${coupon.specification.limitPerCustomer === 1 ? "once" : `${coupon.specification.limitPerCustomer} times`}.`
      : "",
    coupon.specification.expirationTime !== undefined
      ? `It's valid until ${formatWhen(coupon.specification.expirationTime, context.timeZone, request.at)}.`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { coupon, rules, sentence, ...(discount ? { discount } : {}), ...(plan ? { plan } : {}), customerText };
}
