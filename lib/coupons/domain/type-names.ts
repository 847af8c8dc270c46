// The five coupon types and their names, as the form, the table and the summary say them. Kept
// apart from what each type allows (coupon-types.ts) so the table's filters carry only the names.
export const COUPON_TYPES = ["MoneyOff", "PercentOff", "FixedPrice", "FreeShipping", "BuyXGetY"] as const;
export type CouponType = (typeof COUPON_TYPES)[number];

export const TYPE_LABELS: Record<CouponType, string> = {
  MoneyOff: "Amount off",
  PercentOff: "Percent off",
  FixedPrice: "Sale price",
  FreeShipping: "Free shipping",
  BuyXGetY: "Buy X get Y",
};

export function isCouponType(value: unknown): value is CouponType {
  return typeof value === "string" && (COUPON_TYPES as readonly string[]).includes(value);
}
