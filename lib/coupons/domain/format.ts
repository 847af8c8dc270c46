// Coupon values and scopes in a merchant's words: "15 % off", "Buy 2 get 1", "Product: Blue Mug".
import { GROUP_LABELS, NAMESPACE_LABELS, findScopeRule, isNamespace } from "./scope-matrix";
import type { DisplayData } from "./model";
import type { CouponSpecification, CouponScope } from "./specification";

export function formatMoney(amount: number, currency = "USD", locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
}

export function formatPercent(rate: number): string {
  return `${Number.isInteger(rate) ? rate : rate.toFixed(2).replace(/0+$/, "")} %`;
}

/** The type with its value: "15 % off", "$10.00 off", "Buy 2 get 1", "Free shipping", "Sale price $29.99". */
export function describeValue(spec: Partial<CouponSpecification>, currency = "USD"): string {
  if (spec.percentOffRate !== undefined) return `${formatPercent(spec.percentOffRate)} off`;
  if (spec.moneyOffAmount !== undefined) return `${formatMoney(spec.moneyOffAmount, currency)} off`;
  if (spec.fixedPriceAmount !== undefined) return `Sale price ${formatMoney(spec.fixedPriceAmount, currency)}`;
  if (spec.buyXGetY) return `Buy ${spec.buyXGetY.x} get ${spec.buyXGetY.y}`;
  if (spec.freeShipping) return "Free shipping";
  return "—";
}

/** What the coupon applies to, with the item's display name when there is one. */
export function describeScope(
  spec: { scope?: CouponScope; minimumSubtotal?: number; freeShipping?: true },
  displayData?: DisplayData,
  currency = "USD",
): string {
  const minimum = spec.minimumSubtotal !== undefined ? `orders over ${formatMoney(spec.minimumSubtotal, currency)}` : null;
  const scope = spec.scope;
  if (!scope) {
    if (minimum) return minimum[0]!.toUpperCase() + minimum.slice(1);
    return spec.freeShipping ? "Whole order" : "—";
  }
  if (!isNamespace(scope.namespace)) return scope.namespace;
  const group = scope.group?.name ?? null;
  const rule = findScopeRule(scope.namespace, group);
  if (!group) return rule?.meaning ?? NAMESPACE_LABELS[scope.namespace];
  const groupLabel = GROUP_LABELS[group] ?? group;
  // A group that needs its item but has none: an older coupon (seed 002's shape), not "all of them".
  if (!scope.group?.entityId) return rule?.entityId === "required" ? `${groupLabel}: none chosen` : `All ${groupLabel.toLowerCase()}s`;
  return `${groupLabel}: ${displayData?.name ?? scope.group.entityId}`;
}
