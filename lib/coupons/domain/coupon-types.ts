// The five coupon types and what each allows. The schema, the form and the table read this.
import type { Namespace } from "./scope-matrix";

import { COUPON_TYPES, TYPE_LABELS, type CouponType } from "./type-names";

export { COUPON_TYPES, isCouponType, TYPE_LABELS, type CouponType } from "./type-names";

/** The specification field that carries each type's value. */
export const TYPE_FIELDS = {
  MoneyOff: "moneyOffAmount",
  PercentOff: "percentOffRate",
  FixedPrice: "fixedPriceAmount",
  FreeShipping: "freeShipping",
  BuyXGetY: "buyXGetY",
} as const satisfies Record<CouponType, string>;

export type TypeField = (typeof TYPE_FIELDS)[CouponType];
export const TYPE_FIELD_LIST = Object.values(TYPE_FIELDS) as TypeField[];

export interface CouponTypeRule {
  label: string;
  /** Namespaces a scoped coupon of this type may use; `null` means any. */
  namespaces: readonly Namespace[] | null;
  /** Why other namespaces are unavailable, shown next to the disabled option. */
  namespaceReason?: string;
  /** Free shipping takes no scope at all. */
  allowsScope: boolean;
  /** `limitedToOneItem` only means something for money off and percent off. */
  allowsLimitedToOneItem: boolean;
}

export const TYPE_RULES: Record<CouponType, CouponTypeRule> = {
  MoneyOff: { label: TYPE_LABELS.MoneyOff, namespaces: null, allowsScope: true, allowsLimitedToOneItem: true },
  PercentOff: { label: TYPE_LABELS.PercentOff, namespaces: null, allowsScope: true, allowsLimitedToOneItem: true },
  FixedPrice: {
    label: TYPE_LABELS.FixedPrice,
    namespaces: ["stores"],
    namespaceReason: "A sale price works only for store products",
    allowsScope: true,
    allowsLimitedToOneItem: false,
  },
  FreeShipping: { label: TYPE_LABELS.FreeShipping, namespaces: null, allowsScope: false, allowsLimitedToOneItem: false },
  BuyXGetY: {
    label: TYPE_LABELS.BuyXGetY,
    namespaces: ["stores"],
    namespaceReason: "Buy X get Y works only for store products",
    allowsScope: true,
    allowsLimitedToOneItem: false,
  },
};

export function typeAllowsNamespace(type: CouponType, namespace: Namespace): boolean {
  const { namespaces } = TYPE_RULES[type];
  return namespaces === null || namespaces.includes(namespace);
}

/**
 * Which type fields are present on a specification-like object: set, and not `freeShipping: false`
 * (what Velo clients send beside another type, meaning "not free shipping").
 */
export function presentTypeFields(spec: object): TypeField[] {
  const values = spec as Record<string, unknown>;
  return TYPE_FIELD_LIST.filter(
    (field) => values[field] !== undefined && values[field] !== null && !(field === "freeShipping" && values[field] === false),
  );
}

export function typeOfField(field: TypeField): CouponType {
  return COUPON_TYPES.find((type) => TYPE_FIELDS[type] === field)!;
}
