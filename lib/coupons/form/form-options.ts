// What the coupon form offers for a type and a scope, and why anything else is unavailable.
// Pure and derived: it reads TYPE_RULES, SCOPE_RULES and NAMESPACE_RULES and never lists a rule of
// its own, so the form can only offer what the specification schema accepts.
import { COUPON_TYPES, TYPE_RULES, typeAllowsNamespace, type CouponType } from "../domain/coupon-types";
import { NAMESPACE_RULES, ORDER_RULE } from "../domain/namespace-rules";
import {
  allowsWholeNamespace,
  findScopeRule,
  GROUP_LABELS,
  groupsFor,
  NAMESPACE_LABELS,
  NAMESPACES,
  rulesFor,
  type EntityRule,
  type Namespace,
} from "../domain/scope-matrix";
import { listInWords } from "@/lib/words";

/** One option of a radio group: disabled options carry the reason, shown next to them. */
export interface Choice<V extends string = string> {
  value: V;
  label: string;
  description?: string;
  disabled: boolean;
  reason?: string;
}

/** What the coupon applies to: specific items (a scope) or the order (a minimum subtotal). */
export const TARGETS = ["items", "orders"] as const;
export type Target = (typeof TARGETS)[number];

/** The whole namespace, with no group, in the group choice ("" is "nothing chosen yet"). */
export const WHOLE_NAMESPACE = "*";

export const TYPE_LOCKED_REASON = "Wix doesn't let a coupon change its type; create a new coupon for another kind of discount";

const TYPE_DESCRIPTIONS: Record<CouponType, (currency: string) => string> = {
  MoneyOff: (c) => `Such as ${c}10 off`,
  PercentOff: () => "Such as 15 % off",
  FixedPrice: (c) => `Items sell for, say, ${c}29.99`,
  FreeShipping: () => "The order ships free",
  BuyXGetY: () => "Such as buy 2, get 1 free",
};

const or = (words: string[]) => listInWords(words, "or");

/** "Store products only", from the type's allowed namespaces. */
function onlyFor(type: CouponType): string | undefined {
  const { namespaces } = TYPE_RULES[type];
  if (!namespaces) return undefined;
  return `${or(namespaces.map((n) => NAMESPACE_LABELS[n]))} only`;
}

/** The five types; when editing, every type but the coupon's own is locked, with the reason. */
export function typeChoices(options: { locked?: CouponType; currencySymbol?: string } = {}): Choice<CouponType>[] {
  return COUPON_TYPES.map((type) => {
    const only = onlyFor(type);
    const description = `${TYPE_DESCRIPTIONS[type](options.currencySymbol ?? "$")}.${only ? ` ${only}.` : ""}`;
    const disabled = options.locked !== undefined && options.locked !== type;
    return { value: type, label: TYPE_RULES[type].label, description, disabled, ...(disabled ? { reason: TYPE_LOCKED_REASON } : {}) };
  });
}

/**
 * Specific items or orders over an amount. Free shipping takes no scope, so "specific items" is
 * disabled and the minimum becomes optional; a type limited to some namespaces needs a scope, so
 * "orders over an amount" is disabled for it.
 */
export function targetChoices(type: CouponType): Choice<Target>[] {
  const rule = TYPE_RULES[type];
  if (!rule.allowsScope) {
    return [
      {
        value: "items",
        label: "Specific items",
        disabled: true,
        reason: `${rule.label} applies to the whole order, so it can't be limited to specific items`,
      },
      { value: "orders", label: "The whole order", description: "Optionally only above a minimum order subtotal", disabled: false },
    ];
  }
  const ordersAllowed = rule.namespaces === null;
  return [
    { value: "items", label: "Specific items", description: "Products, collections, services, events or plans", disabled: false },
    {
      value: "orders",
      label: "Orders over an amount",
      description: "Any order whose subtotal reaches a minimum",
      disabled: !ordersAllowed,
      ...(ordersAllowed ? {} : { reason: rule.namespaceReason }),
    },
  ];
}

/** Whether the type applies to a minimum subtotal only as an option (free shipping) or needs it. */
export function minimumIsOptional(type: CouponType): boolean {
  return !TYPE_RULES[type].allowsScope;
}

/** The namespaces, each disabled with the type's reason when the type can't use it. */
export function namespaceChoices(type: CouponType): Choice<Namespace>[] {
  const rule = TYPE_RULES[type];
  return NAMESPACES.map((namespace) => {
    const allowed = rule.allowsScope && typeAllowsNamespace(type, namespace);
    return {
      value: namespace,
      label: NAMESPACE_LABELS[namespace],
      disabled: !allowed,
      ...(allowed ? {} : { reason: rule.namespaceReason ?? `${rule.label} takes no scope` }),
    };
  });
}

/** A group's wording for the item picker: "product", "ticket". */
export function itemNoun(group: string): string {
  return (GROUP_LABELS[group] ?? "item").toLowerCase();
}

/**
 * The whole namespace first, then its groups. A namespace that can't stand alone (events) shows
 * "All events" disabled, saying which groups it needs.
 */
export function groupChoices(namespace: Namespace): Choice<string>[] {
  const whole = findScopeRule(namespace, null);
  const groups = rulesFor(namespace).filter((rule) => rule.group !== null);
  const wholeChoice: Choice<string> = allowsWholeNamespace(namespace)
    ? { value: WHOLE_NAMESPACE, label: whole!.meaning, disabled: false }
    : {
        value: WHOLE_NAMESPACE,
        label: `All ${NAMESPACE_LABELS[namespace].toLowerCase()}`,
        disabled: true,
        reason: `${NAMESPACE_LABELS[namespace]} coupons must apply to ${or(groups.map((g) => g.meaning.toLowerCase()))}`,
      };
  return [
    wholeChoice,
    ...groups.map((rule) => ({
      value: rule.group!,
      label: rule.meaning,
      description: entityDescription(rule.entityId, rule.group!),
      disabled: false,
    })),
  ];
}

function entityDescription(entity: EntityRule, group: string): string | undefined {
  const noun = itemNoun(group);
  if (entity === "required") return `Pick the ${noun}`;
  if (entity === "optional") return `All ${noun}s, or pick one`;
  return undefined;
}

/** Whether the scope's item is required, optional or absent, exactly as the matrix says. */
export function entityMode(namespace: Namespace, group: string | null): EntityRule | undefined {
  return findScopeRule(namespace, group === WHOLE_NAMESPACE ? null : group)?.entityId;
}

/** Whether a group is one the namespace offers ("" being the whole namespace). */
export function isOfferedGroup(namespace: Namespace, group: string): boolean {
  return group === WHOLE_NAMESPACE ? allowsWholeNamespace(namespace) : groupsFor(namespace).includes(group);
}

export interface LimitOptions {
  /** Limit per customer: hidden where the namespace doesn't support it, with the reason. */
  limitPerCustomer: { shown: boolean; reason?: string };
  /** Once per order: only where it means something; locked on where it is always on. */
  limitedToOneItem: { shown: boolean; lockedOn: boolean; reason?: string };
  /** Subscriptions: store coupons, orders and pricing plans, worded for each. */
  subscriptions: { shown: boolean; label: string; description: string };
  /** Discounted billing cycles: pricing plans only, once subscriptions are on. */
  discountedCycles: { shown: boolean };
}

/** Which limit fields apply to a type with a scope in `namespace` (null: no scope). */
export function limitOptions(type: CouponType, namespace: Namespace | null): LimitOptions {
  const namespaceRule = namespace ? NAMESPACE_RULES[namespace] : undefined;
  const perCustomer = namespaceRule?.limitPerCustomer ?? true;
  const lockedOn = namespaceRule?.alwaysOneItem ?? false;
  return {
    limitPerCustomer: { shown: perCustomer, ...(perCustomer ? {} : { reason: namespaceRule?.noLimitPerCustomer }) },
    limitedToOneItem: {
      shown: lockedOn || TYPE_RULES[type].allowsLimitedToOneItem,
      lockedOn,
      ...(lockedOn ? { reason: namespaceRule?.alwaysOneItemReason } : {}),
    },
    subscriptions: {
      shown: (namespaceRule ?? ORDER_RULE).subscriptions,
      ...(namespaceRule?.discountedCycles
        ? { label: "Apply to subscriptions", description: "Discount the plan's recurring payments, not only the first one." }
        : { label: "Include subscriptions", description: "Also discount products bought as a subscription." }),
    },
    discountedCycles: { shown: (namespaceRule ?? ORDER_RULE).discountedCycles },
  };
}
