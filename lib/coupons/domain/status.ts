// Derived coupon status. One precedence order, used by the table's badge and its status filter.
import type { Coupon } from "./model";

export const STATUSES = ["Active", "Scheduled", "Expired", "Inactive", "UsedUp"] as const;
export type CouponStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<CouponStatus, string> = {
  Active: "Active",
  Scheduled: "Scheduled",
  Expired: "Expired",
  Inactive: "Inactive",
  UsedUp: "Used up",
};

/**
 * Expired and Used up are final whatever the switch says, so they win; then a switched-off coupon
 * is Inactive; an active one is Scheduled until it starts.
 */
export function statusOf(coupon: Pick<Coupon, "specification" | "numberOfUsages">, now: number): CouponStatus {
  const spec = coupon.specification;
  if (spec.expirationTime !== undefined && spec.expirationTime <= now) return "Expired";
  if (spec.usageLimit !== undefined && coupon.numberOfUsages >= spec.usageLimit) return "UsedUp";
  if (spec.active === false) return "Inactive";
  if (spec.startTime > now) return "Scheduled";
  return "Active";
}
