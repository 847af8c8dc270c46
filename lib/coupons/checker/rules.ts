// The checker's rules, one pure function each, in the order a customer's code meets them at
// checkout. Each answers pass, fail, unknown (the dashboard can't see enough) or not-applicable,
// with one plain sentence. checkRules runs them all.
import { labelOf } from "../domain/fields";
import type { Coupon } from "../domain/model";
import { scopeFit, scopeTarget, unknownFit } from "./scope-match";
import { RULE_IDS, type CheckContext, type CheckRequest, type RuleId, type RuleResult, type Verdict } from "./types";
import { count, formatWhen, listNames, money, toCents } from "./words";

export const RULE_LABELS: Record<RuleId, string> = {
  exists: "The code exists",
  switchedOn: "Switched on",
  started: "Started",
  notExpired: "Not expired",
  usesLeft: "Uses left",
  inScope: "In scope",
  minimumSubtotal: labelOf("minimumSubtotal"),
  subscriptions: "Subscriptions",
  oneItem: "One item only",
  perCustomer: labelOf("limitPerCustomer"),
  bookingsOneItem: "Bookings: one service",
};

type Rule = (coupon: Coupon, request: CheckRequest, context: CheckContext) => RuleResult;

const result = (rule: RuleId, verdict: Verdict, detail: string, condition?: string): RuleResult => ({
  rule,
  label: RULE_LABELS[rule],
  verdict,
  detail,
  ...(condition ? { condition } : {}),
});

/** The order's subtotal: as given, else the lines' total; undefined when neither is known. */
export function subtotalOf(request: CheckRequest): number | undefined {
  if (request.subtotal !== undefined) return request.subtotal;
  if (request.lines.length === 0) return request.plan?.terms.price;
  return request.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
}

export const exists: Rule = (coupon, request) => {
  const typed = request.code.trim();
  const code = coupon.specification.code;
  if (typed === code) return result("exists", "pass", `The code “${code}” exists on this site.`);
  return result("exists", "pass", `The customer typed “${typed}”; the code is “${code}”. Codes work in any case.`);
};

export const switchedOn: Rule = (coupon) =>
  coupon.specification.active === false
    ? result("switchedOn", "fail", "It is switched off in the dashboard.")
    : result("switchedOn", "pass", "It is switched on.");

export const started: Rule = (coupon, request, context) => {
  const start = coupon.specification.startTime;
  return start > request.at
    ? result("started", "fail", `It starts on ${formatWhen(start, context.timeZone, request.at)}.`)
    : result("started", "pass", `It started on ${formatWhen(start, context.timeZone, request.at)}.`);
};

export const notExpired: Rule = (coupon, request, context) => {
  const end = coupon.specification.expirationTime;
  if (end === undefined) return result("notExpired", "pass", "It has no end date.");
  return end <= request.at
    ? result("notExpired", "fail", `It ended on ${formatWhen(end, context.timeZone, request.at)}.`)
    : result("notExpired", "pass", `It ends on ${formatWhen(end, context.timeZone, request.at)}.`);
};

export const usesLeft: Rule = (coupon) => {
  const limit = coupon.specification.usageLimit;
  const used = coupon.numberOfUsages;
  if (limit === undefined) return result("usesLeft", "pass", `It has no limit on uses (${count(used, "use")} so far).`);
  return used >= limit
    ? result("usesLeft", "fail", `All ${count(limit, "use")} are taken (${used} of ${limit}).`)
    : result("usesLeft", "pass", `${limit - used} of ${count(limit, "use")} left (${used} of ${limit} used).`);
};

export const inScope: Rule = (coupon, request, context) => {
  const scope = coupon.specification.scope;
  const target = scopeTarget(coupon, context);
  if (!scope) return result("inScope", "pass", "It applies to the whole order.");
  if (request.lines.length === 0 && !request.plan)
    return result("inScope", "unknown", `It is for ${target}. Add the customer's items to check this.`, "the customer's items are covered");
  const fit = scopeFit(coupon, request);
  if (fit.matched.length > 0)
    return result(
      "inScope",
      "pass",
      `It is for ${target}: ${listNames(fit.matched.map((i) => i.name))} ${fit.matched.length === 1 ? "is" : "are"} covered.`,
    );
  if (fit.unknown.length > 0) {
    const { detail, condition } = unknownFit(coupon, context, fit.unknown);
    return result("inScope", "unknown", detail, condition);
  }
  const names = listNames([
    ...request.lines.map((l) => l.item.name),
    ...(request.plan && request.lines.length === 0 ? [request.plan.name] : []),
  ]);
  return result("inScope", "fail", `The coupon is for ${target}; the cart has ${names}.`);
};

export const minimumSubtotal: Rule = (coupon, request, context) => {
  const minimum = coupon.specification.minimumSubtotal;
  if (minimum === undefined) return result("minimumSubtotal", "not-applicable", "It has no minimum order.");
  const subtotal = subtotalOf(request);
  const need = money(toCents(minimum), context.currency);
  if (subtotal === undefined)
    return result(
      "minimumSubtotal",
      "unknown",
      `It needs an order of at least ${need}. Add the items or the subtotal to check this.`,
      `the order is at least ${need}`,
    );
  return toCents(subtotal) >= toCents(minimum)
    ? result("minimumSubtotal", "pass", `The order is ${money(toCents(subtotal), context.currency)}; the coupon needs at least ${need}.`)
    : result("minimumSubtotal", "fail", `The order is ${money(toCents(subtotal), context.currency)}; the coupon needs at least ${need}.`);
};

export const subscriptions: Rule = (coupon, request) => {
  if (coupon.specification.scope?.namespace !== "pricingPlans" || !request.plan?.terms.cycle) {
    return result("subscriptions", "not-applicable", "The order has no recurring plan.");
  }
  return coupon.specification.appliesToSubscriptions
    ? result("subscriptions", "pass", `${request.plan.name} is paid in cycles, and the coupon applies to subscriptions.`)
    : result("subscriptions", "fail", `${request.plan.name} is paid in cycles, but the coupon doesn't apply to subscriptions.`);
};

export const oneItem: Rule = (coupon, request) => {
  const spec = coupon.specification;
  if (!spec.limitedToOneItem && spec.scope?.namespace !== "bookings")
    return result("oneItem", "not-applicable", "It isn't limited to one item.");
  const items = scopeFit(coupon, request).inScope.filter((i) => i.line !== undefined);
  if (items.length === 0) return result("oneItem", "pass", "It discounts one item per order: the lowest-priced one it covers.");
  const lowest = [...items].sort((a, b) => a.unitPrice - b.unitPrice || (a.line ?? 0) - (b.line ?? 0))[0]!;
  return result("oneItem", "pass", `It discounts one item per order, the lowest-priced: one ${lowest.name}.`);
};

export const perCustomer: Rule = (coupon) => {
  const limit = coupon.specification.limitPerCustomer;
  if (limit === undefined) return result("perCustomer", "not-applicable", "Customers may use it any number of times.");
  return result(
    "perCustomer",
    "unknown",
    `Each customer may use it ${count(limit, "time")}; the dashboard can't see this customer's past uses.`,
    `the customer hasn't used it ${limit === 1 ? "before" : `${count(limit, "time")} already`}`,
  );
};

export const bookingsOneItem: Rule = (coupon) =>
  coupon.specification.scope?.namespace === "bookings"
    ? result("bookingsOneItem", "pass", "Bookings coupons apply to one service per order.")
    : result("bookingsOneItem", "not-applicable", "It isn't a bookings coupon.");

const RULES: Record<RuleId, Rule> = {
  exists,
  switchedOn,
  started,
  notExpired,
  usesLeft,
  inScope,
  minimumSubtotal,
  subscriptions,
  oneItem,
  perCustomer,
  bookingsOneItem,
};

/** Every rule in order; with no coupon, only `exists` is judged. */
export function checkRules(coupon: Coupon | undefined, request: CheckRequest, context: CheckContext): RuleResult[] {
  if (!coupon) {
    return RULE_IDS.map((rule) =>
      rule === "exists"
        ? result("exists", "fail", `No coupon has the code “${request.code.trim()}” on this site.`)
        : result(rule, "not-applicable", "There is no coupon with this code to check."),
    );
  }
  return RULE_IDS.map((rule) => RULES[rule](coupon, request, context));
}
