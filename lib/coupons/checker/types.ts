// The code checker's vocabulary: what support enters about a customer's order, and what the
// checker answers. Pure data; the rules (rules.ts), the discount (discount.ts), the plan's prices
// (plan-prices.ts) and the sentences (explain.ts) all read it. No I/O in this folder.
import type { Coupon } from "../domain/model";

/** One line of the customer's order: an item picked from the catalogue, how many, at what price. */
export interface CartLine {
  item: { namespace: string; group: string; id: string; name: string };
  /** A whole number, 1 or more. */
  quantity: number;
  /** The price of one, in the shop's currency; 0 or more. */
  unitPrice: number;
}

export type BillingUnit = "DAY" | "WEEK" | "MONTH" | "YEAR";

/** A pricing plan's price and payment cycles, as the catalogue gives them. */
export interface PlanTerms {
  /** Price per payment cycle. */
  price: number;
  currency: string;
  /** One payment every `every` `unit`s ("every 1 MONTH"); absent for a single payment. */
  cycle?: { every: number; unit: BillingUnit };
  /** How many payments in all; absent: until the customer cancels (or a single payment without `cycle`). */
  cycleCount?: number;
}

export interface CheckRequest {
  /** What the customer typed. */
  code: string;
  /** What the customer has in the cart; may be empty (then only the coupon's own rules are checked). */
  lines: CartLine[];
  /** The order's subtotal; when absent, the lines' total. */
  subtotal?: number;
  /** When the customer tried the code (epoch ms). */
  at: number;
  /** For a pricing-plan order: the plan bought, with its terms. */
  plan?: { id: string; name: string; terms: PlanTerms };
}

export interface CheckContext {
  /** The merchant's IANA zone: every time in a sentence is written in it, and named. */
  timeZone: string;
  /** The shop's currency, for amounts. */
  currency: string;
  /** The name of the item a coupon's scope points at, when the catalogue knows it. */
  scopeItemName?: string;
}

export const RULE_IDS = [
  "exists",
  "switchedOn",
  "started",
  "notExpired",
  "usesLeft",
  "inScope",
  "minimumSubtotal",
  "subscriptions",
  "oneItem",
  "perCustomer",
  "bookingsOneItem",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * pass / fail; `unknown`: the dashboard can't see enough to say (a customer's past uses, which
 * collection a product is in); `not-applicable`: the rule doesn't concern this coupon or order.
 */
export type Verdict = "pass" | "fail" | "unknown" | "not-applicable";

export interface RuleResult {
  rule: RuleId;
  /** "Switched on", "Uses left", … */
  label: string;
  verdict: Verdict;
  /** One plain sentence: "It ended on 3 May at 23:59 Europe/Berlin." */
  detail: string;
  /**
   * With `unknown`: what must be true for the rule to pass, to follow "if" in the answer
   * ("this customer hasn't used it before"). Added by the checker's builder.
   */
  condition?: string;
}

export interface DiscountLine {
  /** Index into CheckRequest.lines. */
  line: number;
  name: string;
  /** Money off this line in all (not per unit), ≥ 0, ≤ the line's total. */
  amount: number;
  /** "1 of 3 free (the lowest-priced)", "15 % off 2 × $25.00", … */
  note: string;
}

export interface Discount {
  lines: DiscountLine[];
  /** Sum of the lines' amounts, ≤ the order's subtotal. */
  total: number;
  freeShipping: boolean;
  currency: string;
  /** When nothing is off the items, why, in plain words: "Add 1 more eligible item to get 1 free." */
  note?: string;
}

/** One entry of Pricing Plans' `applyCoupon` `prices` array (seed 003), amounts as decimal strings. */
export interface PlanPrice {
  duration: { cycleFrom: number; numberOfCycles?: number };
  price: { subtotal: string; coupon?: { code: string; amount: string }; discount: string; total: string; currency: string };
}

export interface PlanOutcome {
  prices: PlanPrice[];
  /** Saved over the plan's whole duration; absent when the plan runs until cancelled and every cycle is discounted. */
  totalSaved?: number;
  /** "2 payments of $17.50, then 10 of $25.00: $15.00 saved over the plan." */
  summary: string;
}

export interface CheckResult {
  /** The coupon the code names (any case), or undefined. */
  coupon?: Coupon;
  /** Every rule in RULE_IDS order. */
  rules: RuleResult[];
  /** The first failing rule's sentence; or, when none fails, what the customer gets. */
  sentence: string;
  /** When no rule fails: the discount on the given lines. */
  discount?: Discount;
  /** When no rule fails and the order is a plan: the prices per payment cycle. */
  plan?: PlanOutcome;
  /** A short, friendly explanation support can paste to the customer. */
  customerText: string;
}
