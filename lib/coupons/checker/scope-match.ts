// Which of the customer's items a coupon's scope covers, and how to name the scope in a sentence.
// The inScope and oneItem rules and the discount all read this one answer.
import type { Coupon } from "../domain/model";
import { GROUP_LABELS, NAMESPACE_LABELS, findScopeRule, isNamespace } from "../domain/scope-matrix";
import type { CouponScope } from "../domain/specification";
import type { CheckContext, CheckRequest } from "./types";
import { listNames } from "./words";

/** A cart line (with its index) or the plan bought, as the scope judges it. */
export interface OrderItem {
  namespace: string;
  group: string;
  id: string;
  name: string;
  quantity: number;
  unitPrice: number;
  /** Index into CheckRequest.lines; absent for the plan when it isn't also a line. */
  line?: number;
}

/**
 * The lines, and the plan when the request names one that isn't already a line: a Pricing Plans
 * order is the plan, and support may give it only as `request.plan`.
 */
export function orderItems(request: CheckRequest): OrderItem[] {
  const items: OrderItem[] = request.lines.map((l, line) => ({ ...l.item, quantity: l.quantity, unitPrice: l.unitPrice, line }));
  const plan = request.plan;
  if (plan && !items.some((i) => i.namespace === "pricingPlans" && i.id === plan.id)) {
    items.push({ namespace: "pricingPlans", group: "plan", id: plan.id, name: plan.name, quantity: 1, unitPrice: plan.terms.price });
  }
  return items;
}

export type Fit = "match" | "unknown" | "no";

/** Whether one item is in the scope: namespace, then group, then entityId. */
export function fitOf(scope: CouponScope | undefined, item: OrderItem): Fit {
  if (!scope) return "match";
  if (item.namespace !== scope.namespace) return "no";
  const group = scope.group?.name;
  if (!group) return "match";
  const entityId = scope.group?.entityId;
  const rule = isNamespace(scope.namespace) ? findScopeRule(scope.namespace, group) : undefined;
  // An older coupon whose group needs an item but names none (seed 002's shape): Wix's behaviour is unknown.
  if (!entityId && rule?.entityId === "required") return "unknown";
  if (item.group === group) return !entityId || item.id === entityId ? "match" : "no";
  // The catalogue doesn't say which collections a product is in, nor which event a ticket is for.
  if (group === "collection" && item.group === "product") return "unknown";
  if (group === "ticket" && item.group === "event") return entityId ? "unknown" : "match";
  if (group === "event" && item.group === "ticket") return "unknown";
  return "no";
}

export interface ScopeFit {
  matched: OrderItem[];
  unknown: OrderItem[];
  /** What the discount works on: every item with no scope; else the matches, or failing them the items that may match. */
  inScope: OrderItem[];
}

export function scopeFit(coupon: Coupon, request: CheckRequest): ScopeFit {
  const scope = coupon.specification.scope;
  const items = orderItems(request);
  const matched = items.filter((i) => fitOf(scope, i) === "match");
  const unknown = items.filter((i) => fitOf(scope, i) === "unknown");
  return { matched, unknown, inScope: matched.length > 0 ? matched : unknown };
}

/** The name of the item the scope points at, or its id. */
function targetName(coupon: Coupon, context: CheckContext): string {
  const id = coupon.specification.scope?.group?.entityId ?? "";
  const name = context.scopeItemName ?? coupon.displayData?.name;
  return name ? `“${name}”` : `with id “${id}”`;
}

/** What the coupon is for, to follow "The coupon is for": "the product “Blue Mug”", "store products", "event tickets". */
export function scopeTarget(coupon: Coupon, context: CheckContext): string {
  const scope = coupon.specification.scope;
  if (!scope) return "the whole order";
  if (!isNamespace(scope.namespace)) return `“${scope.namespace}” items`;
  const group = scope.group?.name;
  if (!group) return NAMESPACE_LABELS[scope.namespace].toLowerCase();
  const label = (GROUP_LABELS[group] ?? group).toLowerCase();
  if (scope.group?.entityId) return `the ${label} ${targetName(coupon, context)}`;
  const rule = findScopeRule(scope.namespace, group);
  return rule?.entityId === "optional" ? rule.meaning.toLowerCase() : `a ${label} it doesn't name`;
}

/** Why the dashboard can't tell, and what would have to be true, for items that fit "unknown". */
export function unknownFit(coupon: Coupon, context: CheckContext, items: OrderItem[]): { detail: string; condition: string } {
  const target = scopeTarget(coupon, context);
  const group = coupon.specification.scope?.group?.name;
  const names = items.map((i) => i.name);
  const one = names.length === 1;
  if (!coupon.specification.scope?.group?.entityId) {
    return {
      detail: `The coupon is for ${target}, so the dashboard can't tell which items Wix applies it to.`,
      condition: `Wix applies it to ${listNames(names)}`,
    };
  }
  if (group === "collection") {
    return {
      detail: `The coupon is for ${target}; the dashboard can't see whether ${listNames(names)} ${one ? "is" : "are"} in it.`,
      condition: `${one ? "" : "one of "}${listNames(names, "or")} is in ${target}`,
    };
  }
  if (group === "event") {
    return {
      detail: `The coupon is for ${target}; the dashboard can't see which event the ticket${one ? "" : "s"} ${listNames(names)} ${one ? "is" : "are"} for.`,
      condition: `${one ? "" : "one of "}${listNames(names, "or")} is a ticket for ${target}`,
    };
  }
  return {
    detail: `The coupon is for ${target}; the dashboard can't see which tickets the customer chose for ${listNames(names)}.`,
    condition: `the customer chose ${target}`,
  };
}
