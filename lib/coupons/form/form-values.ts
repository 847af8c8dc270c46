// The coupon form's values: what the merchant is editing, discriminated on `type` so each type
// carries only its own value. Numbers and dates stay as the text the merchant typed (nothing is
// lost or silently coerced); form-schema.ts turns them into a specification.
import { z } from "zod";
import { TYPE_RULES, typeAllowsNamespace, type CouponType } from "../domain/coupon-types";
import { CODE_MAX, NAME_MAX, type CouponSpecification } from "../domain/specification";
import { limitOptions, namespaceChoices, targetChoices, TARGETS, WHOLE_NAMESPACE } from "./form-options";
import { NAMESPACES } from "../domain/scope-matrix";
import { toZonedInput } from "../time/zoned-input";

export const END_MODES = ["none", "date"] as const;

/** The merchant's settings the form works in: dates in `timeZone`, amounts in `currency`. */
export interface FormSettings {
  timeZone: string;
  currency: string;
  currencySymbol: string;
  /** The zone's short name now ("CEST"), shown beside the date inputs. */
  zoneName: string;
}

const scopeValuesSchema = z.object({
  /** "" until the merchant chooses. */
  namespace: z.union([z.enum(NAMESPACES), z.literal("")]),
  /** "" until chosen; WHOLE_NAMESPACE for the whole namespace. */
  group: z.string(),
  entityId: z.string(),
  /** The chosen item's name, for the merchant's eyes only; never sent. */
  entityName: z.string(),
});

const shared = {
  name: z.string(),
  code: z.string(),
  /** Wall-clock "yyyy-MM-ddTHH:mm" in the merchant's time zone. */
  start: z.string(),
  endMode: z.enum(END_MODES),
  end: z.string(),
  target: z.enum(TARGETS),
  minimumSubtotal: z.string(),
  scope: scopeValuesSchema,
  usageLimit: z.string(),
  limitPerCustomer: z.string(),
  limitedToOneItem: z.boolean(),
  appliesToSubscriptions: z.boolean(),
  discountedCycleCount: z.string(),
  active: z.boolean(),
};

/** Exactly one type: TypeScript and zod both refuse a second type's value. */
export const couponFormValuesSchema = z.discriminatedUnion("type", [
  z.object({ ...shared, type: z.literal("MoneyOff"), moneyOffAmount: z.string() }),
  z.object({ ...shared, type: z.literal("PercentOff"), percentOffRate: z.string(), confirmFullDiscount: z.boolean() }),
  z.object({ ...shared, type: z.literal("FixedPrice"), fixedPriceAmount: z.string() }),
  z.object({ ...shared, type: z.literal("FreeShipping") }),
  z.object({ ...shared, type: z.literal("BuyXGetY"), buyXGetY: z.object({ x: z.string(), y: z.string() }) }),
]);

export type CouponFormValues = z.infer<typeof couponFormValuesSchema>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** The type and its own value fields, e.g. `{ type: "MoneyOff", moneyOffAmount: "10" }`. */
export type TypeFormValue = DistributiveOmit<CouponFormValues, keyof typeof shared>;
export type SharedFormValues = Omit<CouponFormValues, keyof TypeFormValue>;
export type ScopeFormValues = CouponFormValues["scope"];

export const SHARED_KEYS = Object.keys(shared) as (keyof SharedFormValues)[];

/** A type's value fields, empty. */
export function emptyTypeValue(type: CouponType): TypeFormValue {
  switch (type) {
    case "MoneyOff":
      return { type, moneyOffAmount: "" };
    case "PercentOff":
      return { type, percentOffRate: "", confirmFullDiscount: false };
    case "FixedPrice":
      return { type, fixedPriceAmount: "" };
    case "BuyXGetY":
      return { type, buyXGetY: { x: "", y: "" } };
    case "FreeShipping":
      return { type };
  }
}

const EMPTY_SCOPE: ScopeFormValues = { namespace: "", group: "", entityId: "", entityName: "" };

/** A new coupon: percent off all store products, starting now, no end, active. */
export function newCouponValues(now: number, timeZone: string): CouponFormValues {
  return {
    ...emptyTypeValue("PercentOff"),
    name: "",
    code: "",
    start: toZonedInput(now, timeZone),
    endMode: "none",
    end: "",
    target: "items",
    minimumSubtotal: "",
    scope: { ...EMPTY_SCOPE, namespace: "stores", group: WHOLE_NAMESPACE },
    usageLimit: "",
    limitPerCustomer: "",
    limitedToOneItem: false,
    appliesToSubscriptions: false,
    discountedCycleCount: "",
    active: true,
  } as CouponFormValues;
}

/**
 * Switching type keeps the shared fields (name, code, dates, limits) and drops the old type's
 * value. What the new type can't use is reset: a scope in a namespace it doesn't allow, a target
 * it doesn't offer, the once-per-order switch where it means nothing.
 */
export function switchType(values: CouponFormValues, type: CouponType): CouponFormValues {
  const sharedValues = Object.fromEntries(SHARED_KEYS.map((key) => [key, values[key]])) as SharedFormValues;
  const next = { ...sharedValues, ...emptyTypeValue(type) } as CouponFormValues;
  const targets = targetChoices(type);
  if (targets.find((t) => t.value === next.target)?.disabled) {
    next.target = targets.find((t) => !t.disabled)!.value;
  }
  const namespace = next.scope.namespace;
  if (!TYPE_RULES[type].allowsScope) {
    next.scope = { ...EMPTY_SCOPE };
  } else if (!namespace || !typeAllowsNamespace(type, namespace)) {
    // When one namespace is left it is preselected (sale price → store products); the group
    // stays the merchant's call.
    const allowed = namespaceChoices(type).filter((c) => !c.disabled);
    next.scope = { ...EMPTY_SCOPE, namespace: allowed.length === 1 ? allowed[0]!.value : "" };
  }
  const limits = limitOptions(type, next.target === "items" && next.scope.namespace ? next.scope.namespace : null);
  if (!limits.limitedToOneItem.shown) next.limitedToOneItem = false;
  return next;
}

/** The form's values for a stored specification (edit and duplicate). */
export function valuesFromSpecification(spec: CouponSpecification, context: { timeZone: string; entityName?: string }): CouponFormValues {
  const text = (n: number | undefined) => (n === undefined ? "" : String(n));
  const typeValue: TypeFormValue =
    spec.moneyOffAmount !== undefined
      ? { type: "MoneyOff", moneyOffAmount: text(spec.moneyOffAmount) }
      : spec.percentOffRate !== undefined
        ? { type: "PercentOff", percentOffRate: text(spec.percentOffRate), confirmFullDiscount: spec.percentOffRate === 100 }
        : spec.fixedPriceAmount !== undefined
          ? { type: "FixedPrice", fixedPriceAmount: text(spec.fixedPriceAmount) }
          : spec.buyXGetY !== undefined
            ? { type: "BuyXGetY", buyXGetY: { x: text(spec.buyXGetY.x), y: text(spec.buyXGetY.y) } }
            : { type: "FreeShipping" };
  const scope = spec.scope;
  const namespace =
    scope && (NAMESPACES as readonly string[]).includes(scope.namespace) ? (scope.namespace as ScopeFormValues["namespace"]) : "";
  return {
    ...typeValue,
    name: spec.name,
    code: spec.code,
    start: toZonedInput(spec.startTime, context.timeZone),
    endMode: spec.expirationTime === undefined ? "none" : "date",
    end: spec.expirationTime === undefined ? "" : toZonedInput(spec.expirationTime, context.timeZone),
    target: scope ? "items" : "orders",
    minimumSubtotal: text(spec.minimumSubtotal),
    scope: scope
      ? {
          namespace,
          group: scope.group?.name ?? WHOLE_NAMESPACE,
          entityId: scope.group?.entityId ?? "",
          entityName: scope.group?.entityId ? (context.entityName ?? "") : "",
        }
      : { ...EMPTY_SCOPE },
    usageLimit: text(spec.usageLimit),
    limitPerCustomer: text(spec.limitPerCustomer),
    limitedToOneItem: spec.limitedToOneItem === true,
    appliesToSubscriptions: spec.appliesToSubscriptions === true,
    discountedCycleCount: text(spec.discountedCycleCount),
    active: spec.active !== false,
  } as CouponFormValues;
}

/** "Copy of Summer Sale", kept within the name limit. */
export function copyName(name: string): string {
  return [...`Copy of ${name}`].slice(0, NAME_MAX).join("");
}

/** Codes are at most CODE_MAX characters, counted as a merchant would (by character, not byte). */
export function codeLength(code: string): number {
  return [...code].length;
}

export { CODE_MAX };
