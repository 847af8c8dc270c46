// Values a coupon made elsewhere (Wix's own dashboard, another app, an older API) holds that this
// form can't show, or that break our stricter rules. The form lists them read-only, "set outside
// this dashboard"; an edit never sends them (form-edit.ts), so they are kept on save, and they
// never block an unrelated edit (update.ts).
import { couponTypeOf, type CouponSpecification } from "./specification";
import { labelOf } from "./fields";
import { describeScope } from "./format";
import { itemNoun, limitOptions, minimumIsOptional } from "../form/form-options";
import { checkScope, GROUP_LABELS, isNamespace, NAMESPACE_LABELS } from "./scope-matrix";
import { standingViolations } from "./update";

export interface KeptField {
  /** The specification field. */
  field: string;
  /** Its name, as the field catalogue gives it. */
  label: string;
  /** The stored value, in words. */
  value: string;
  /** Why the form shows it read-only. */
  reason: string;
}

const yes = (v: unknown) => (v === true ? "Yes" : String(v));

/** The stored values this form shows read-only, each with its reason; empty for a coupon made here. */
export function keptFields(stored: CouponSpecification): KeptField[] {
  const type = couponTypeOf(stored);
  const scoped = Boolean(stored.scope) && !minimumIsOptional(type);
  const namespace = scoped && isNamespace(stored.scope?.namespace) ? stored.scope!.namespace : null;
  const limits = limitOptions(type, namespace);
  const kept: KeptField[] = [];
  const keep = (field: string, value: string, reason: string) => kept.push({ field, label: labelOf(field), value, reason });

  if (stored.limitPerCustomer !== undefined && !limits.limitPerCustomer.shown) {
    const why = limits.limitPerCustomer.reason ?? "This coupon can't limit uses per customer";
    keep("limitPerCustomer", String(stored.limitPerCustomer), `${why} in this dashboard, so the form doesn't offer it; it stays as it is.`);
  }
  if (stored.limitedToOneItem === true && !limits.limitedToOneItem.shown) {
    keep("limitedToOneItem", "Yes", "This dashboard offers it on amount-off and percent-off coupons only; it stays as it is.");
  }
  if (stored.appliesToSubscriptions === true && !limits.subscriptions.shown) {
    keep("appliesToSubscriptions", "Yes", "This dashboard offers it on store coupons, orders and pricing plans only; it stays as it is.");
  }
  if (stored.discountedCycleCount !== undefined && !(limits.discountedCycles.shown && stored.appliesToSubscriptions === true)) {
    keep(
      "discountedCycleCount",
      String(stored.discountedCycleCount),
      "Discounted billing cycles are for pricing plans that apply to subscriptions; it stays as it is.",
    );
  }
  const scopeProblem = stored.scope ? checkScope(stored.scope) : null;
  if (stored.scope && scopeProblem) {
    const { namespace: ns, group } = stored.scope;
    const noItem = scopeProblem.field === "scope.group.entityId" && isNamespace(ns) && group;
    keep(
      "scope",
      noItem
        ? `${NAMESPACE_LABELS[ns]} · ${GROUP_LABELS[group.name] ?? group.name}, no ${itemNoun(group.name)} chosen`
        : describeScope(stored),
      noItem
        ? `Wix no longer accepts a ${itemNoun(group.name)} coupon without its ${itemNoun(group.name)} for new coupons; this one keeps working as it is. Choose a ${itemNoun(group.name)} under “Applies to” only if you want to change it.`
        : `${scopeProblem.description} It is kept as it is unless you change what the coupon applies to.`,
    );
  }
  // Any other rule the stored coupon breaks, in the schema's words.
  for (const violation of standingViolations(stored)) {
    const field = violation.field.split(".")[0]!;
    if (kept.some((k) => k.field === field)) continue;
    const value = (stored as unknown as Record<string, unknown>)[field];
    keep(field, value === undefined ? "—" : typeof value === "object" ? JSON.stringify(value) : yes(value), violation.description);
  }
  return kept;
}
