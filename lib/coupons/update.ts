// Partial updates with Wix's semantics: only the given fields change, `null` clears a field, the
// type never changes, and the merged result must still be a valid specification.
import { z } from "zod";
import { TYPE_FIELD_LIST, typeOfField } from "./coupon-types";
import { CouponError, invalidArgument } from "./errors";
import {
  couponSpecificationSchema,
  couponTypeOf,
  SPECIFICATION_KEYS,
  violationsFrom,
  type CouponSpecification,
} from "./specification";

/** Fields that may be sent as null to clear them. name, code, startTime and the type may not. */
export const CLEARABLE_FIELDS = [
  "expirationTime",
  "usageLimit",
  "limitPerCustomer",
  "limitedToOneItem",
  "appliesToSubscriptions",
  "discountedCycleCount",
  "minimumSubtotal",
  "scope",
] as const;

const updateShape = z
  .record(z.string(), z.unknown())
  .superRefine((patch, ctx) => {
    const keys = Object.keys(patch);
    if (keys.length === 0) {
      ctx.addIssue({ code: "custom", message: "Send at least one field to change." });
    }
    for (const key of keys) {
      if (key === "type") {
        ctx.addIssue({ code: "custom", path: ["type"], message: "type is read-only; change the type's value field instead." });
      } else if (!(SPECIFICATION_KEYS as string[]).includes(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: `Unknown field ${key}; remove it.` });
      } else if (patch[key] === null && !(CLEARABLE_FIELDS as readonly string[]).includes(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: `${key} can't be cleared; send a new value instead.` });
      }
    }
  });

/** An update: each key is a specification field, each value a new value or null to clear it. */
export type CouponUpdate = { [K in keyof CouponSpecification]?: CouponSpecification[K] | null };

export function parseUpdate(input: unknown): CouponUpdate {
  const result = updateShape.safeParse(input);
  if (!result.success) throw invalidArgument(violationsFrom(result.error));
  return result.data as CouponUpdate;
}

/**
 * Applies an update to a stored specification and returns the new, validated specification.
 * Throws INVALID_ARGUMENT when the type would change or the result breaks a rule.
 */
export function applyUpdate(current: CouponSpecification, input: unknown): CouponSpecification {
  const patch = parseUpdate(input) as Record<string, unknown>;
  const currentType = couponTypeOf(current);
  for (const field of TYPE_FIELD_LIST) {
    if (!(field in patch)) continue;
    if (patch[field] === null) {
      throw invalidArgument([{ field, description: "The coupon type can't be removed; send a new value instead." }]);
    }
    if (typeOfField(field) !== currentType) {
      throw new CouponError("INVALID_ARGUMENT", "The coupon type can't change after the coupon is created.", [
        { field, description: `This coupon is ${currentType}; its type can't change. Create a new coupon instead.` },
      ]);
    }
  }
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  const result = couponSpecificationSchema.safeParse(merged, { reportInput: true });
  if (!result.success) throw invalidArgument(violationsFrom(result.error));
  return result.data;
}

/** The field mask Wix wants for an update: the keys being changed, comma-separated. */
export function fieldMaskOf(update: CouponUpdate): string {
  return Object.keys(update).join(",");
}
