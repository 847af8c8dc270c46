// What each namespace supports beyond its scopes (WIX-API-NOTES "Per-order limits" and
// `discountedCycleCount`). The specification schema enforces these and the form reads them to
// decide which limit fields to show, so the two can't disagree.
import type { Namespace } from "./scope-matrix";

export interface NamespaceRule {
  /** Whether `limitPerCustomer` is supported; when not, `noLimitPerCustomer` says why. */
  limitPerCustomer: boolean;
  noLimitPerCustomer?: string;
  /** Whether every coupon here is limited to one item per order; `alwaysOneItemReason` says so. */
  alwaysOneItem: boolean;
  alwaysOneItemReason?: string;
  /**
   * Whether `appliesToSubscriptions` is offered: Wix's own dashboard has "Include subscriptions" on
   * store coupons (and on orders, below) and "Apply to subscriptions" on pricing plans.
   */
  subscriptions: boolean;
  /** Whether `discountedCycleCount` (a number of billing cycles) means something: pricing plans only. */
  discountedCycles: boolean;
}

/**
 * A coupon with no scope (orders over an amount, free shipping) is a store checkout's, and Wix's
 * dashboard offers "Include subscriptions" on it too.
 */
export const ORDER_RULE: Pick<NamespaceRule, "subscriptions" | "discountedCycles"> = { subscriptions: true, discountedCycles: false };

export const NAMESPACE_RULES: Record<Namespace, NamespaceRule> = {
  stores: { limitPerCustomer: true, alwaysOneItem: false, subscriptions: true, discountedCycles: false },
  bookings: {
    limitPerCustomer: false,
    noLimitPerCustomer: "Bookings coupons can't limit uses per customer",
    alwaysOneItem: true,
    alwaysOneItemReason: "Bookings coupons are always limited to one item per order",
    subscriptions: false,
    discountedCycles: false,
  },
  events: { limitPerCustomer: true, alwaysOneItem: false, subscriptions: false, discountedCycles: false },
  pricingPlans: { limitPerCustomer: true, alwaysOneItem: false, subscriptions: true, discountedCycles: true },
};
