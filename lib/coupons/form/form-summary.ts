// The live summary beside the form: the coupon in plain words, from whatever the merchant has
// typed so far, e.g. "15 % off one product (Blue Mug), from 1 Jun 2025, 09:00 CEST, no end date,
// 100 uses total, 1 per customer".
import { formatDateTime, zoneName } from "../time/dates";
import { labelOf } from "../domain/fields";
import { describeValue, formatMoney } from "../domain/format";
import { draftSpecification } from "./form-schema";
import type { CouponFormValues } from "./form-values";
import { GROUP_LABELS, findScopeRule, isNamespace } from "../domain/scope-matrix";
import { TYPE_FIELDS, TYPE_RULES } from "../domain/coupon-types";
import { SPECIFICATION_FIELDS, type CouponScope, type CouponSpecification } from "../domain/specification";

export interface CouponSummary {
  /** One sentence: what, on what, when, how often. */
  sentence: string;
  /** The same facts as separate lines, for the card's list. */
  facts: { label: string; value: string }[];
}

function when(ms: number, timeZone: string): string {
  return `${formatDateTime(ms, timeZone)} ${zoneName(ms, timeZone)}`;
}

/** "one product (Blue Mug)", "all store products", "event tickets". */
export function describeTarget(scope: CouponScope | undefined, itemName: string | undefined): string | null {
  if (!scope || !isNamespace(scope.namespace)) return null;
  const group = scope.group?.name ?? null;
  const entityId = scope.group?.entityId;
  const noun = (GROUP_LABELS[group ?? ""] ?? group ?? "item").toLowerCase();
  if (group && entityId) return `one ${noun} (${itemName || entityId})`;
  const rule = findScopeRule(scope.namespace, group);
  if (rule?.entityId === "required") return `one ${noun} (still to choose)`;
  return rule ? rule.meaning.toLowerCase() : null;
}

export function summarizeCoupon(values: CouponFormValues, context: { timeZone: string; currency: string }): CouponSummary {
  const { spec } = draftSpecification(values, context.timeZone);
  const s = spec as Partial<CouponSpecification>;
  const { currency, timeZone } = context;
  const facts: CouponSummary["facts"] = [];

  // Only a value that could be saved is previewed (never "101 % off"); until then the type says
  // what is still missing.
  const typeField = TYPE_FIELDS[values.type];
  const typed = s[typeField] !== undefined && !(values.type === "BuyXGetY" && (s.buyXGetY?.x === undefined || s.buyXGetY?.y === undefined));
  const valid = typed && SPECIFICATION_FIELDS[typeField].safeParse(s[typeField]).success;
  const label = TYPE_RULES[values.type].label;
  const value = valid ? describeValue(s, currency) : `${label} (${typed ? "amount to correct" : "amount still to enter"})`;

  const target =
    values.type === "FreeShipping"
      ? s.minimumSubtotal !== undefined
        ? `orders over ${formatMoney(s.minimumSubtotal, currency)}`
        : "every order"
      : s.scope
        ? (describeTarget(s.scope, values.scope.entityName) ?? "items still to choose")
        : s.minimumSubtotal !== undefined
          ? `orders over ${formatMoney(s.minimumSubtotal, currency)}`
          : "items still to choose";
  const what = `${value}${/ off$/.test(value) ? "" : " on"} ${target}`;
  facts.push({ label: "Discount", value });
  facts.push({ label: labelOf("scope"), value: target.charAt(0).toUpperCase() + target.slice(1) });

  const parts = [what];
  if (s.startTime !== undefined) {
    parts.push(`from ${when(s.startTime, timeZone)}`);
    facts.push({ label: labelOf("startTime"), value: when(s.startTime, timeZone) });
  }
  const end =
    values.endMode === "none"
      ? "no end date"
      : s.expirationTime !== undefined
        ? `until ${when(s.expirationTime, timeZone)}`
        : "end date still to choose";
  parts.push(end);
  facts.push({ label: labelOf("expirationTime"), value: end.replace(/^until /, "").replace(/^./, (c) => c.toUpperCase()) });

  const uses = s.usageLimit !== undefined ? `${s.usageLimit} ${s.usageLimit === 1 ? "use" : "uses"} total` : "unlimited uses";
  parts.push(uses);
  const limits = [uses];
  if (s.limitPerCustomer !== undefined) {
    parts.push(`${s.limitPerCustomer} per customer`);
    limits.push(`${s.limitPerCustomer} per customer`);
  }
  if (s.limitedToOneItem) {
    parts.push("one item per order");
    limits.push("one item per order");
  }
  facts.push({ label: "Limits", value: limits.join(", ").replace(/^./, (c) => c.toUpperCase()) });
  if (s.appliesToSubscriptions) {
    const cycles =
      s.discountedCycleCount !== undefined
        ? `for ${s.discountedCycleCount} billing ${s.discountedCycleCount === 1 ? "cycle" : "cycles"}`
        : "for every billing cycle";
    parts.push(`subscriptions ${cycles}`);
    facts.push({ label: "Subscriptions", value: `Discounted ${cycles}` });
  }
  if (!values.active) parts.push("switched off until you activate it");
  facts.push({ label: labelOf("status"), value: values.active ? "Active" : "Inactive (saved as a draft)" });

  return { sentence: `${parts.join(", ")}.`, facts };
}
