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
  /** Whether `appliesToSubscriptions` and `discountedCycleCount` mean something here. */
  subscriptions: boolean;
}

export const NAMESPACE_RULES: Record<Namespace, NamespaceRule> = {
  stores: { limitPerCustomer: true, alwaysOneItem: false, subscriptions: false },
  bookings: {
    limitPerCustomer: false,
    noLimitPerCustomer: "Bookings coupons can't limit uses per customer",
    alwaysOneItem: true,
    alwaysOneItemReason: "Bookings coupons are always limited to one item per order",
    subscriptions: false,
  },
  events: { limitPerCustomer: true, alwaysOneItem: false, subscriptions: false },
  pricingPlans: { limitPerCustomer: true, alwaysOneItem: false, subscriptions: true },
};
