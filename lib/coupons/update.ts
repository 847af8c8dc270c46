// Partial updates with Wix's semantics: only the given fields change, `null` clears a field, the
// type never changes, and the merged result must still be a valid specification.
//
// Two checks, as for any edit: the update schema judges each sent value with the very field rules
// the create schema uses (SPECIFICATION_FIELDS), so garbage never reaches a backend; applyUpdate
// then judges the merged coupon with the whole specification schema (the rules that tie fields
// together: an end after the start, no per-customer limit on bookings, scope or minimum…).
import { z } from "zod";
import { presentTypeFields, typeOfField, type CouponType } from "./coupon-types";
import { invalidArgument } from "./errors";
import { checkScope } from "./scope-matrix";
import {
  couponSpecificationSchema,
  couponTypeOf,
  SPECIFICATION_FIELDS,
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

/** An update: each key is a specification field, each value a new value or null to clear it. */
export type CouponUpdate = { [K in keyof CouponSpecification]?: CouponSpecification[K] | null };

type FieldKey = keyof typeof SPECIFICATION_FIELDS;

/** A scope is judged on its own too: the namespace/group/entityId table needs nothing else. */
const scopeUpdateSchema = SPECIFICATION_FIELDS.scope.superRefine((scope, ctx) => {
  const problem = checkScope(scope);
  if (problem) ctx.addIssue({ code: "custom", message: problem.description, path: problem.field.split(".").slice(1) });
});

/** One field of an update: its create rule, or null where the field can be cleared. */
function updateFieldSchema(key: FieldKey): z.ZodType {
  const rule: z.ZodType = key === "scope" ? scopeUpdateSchema : SPECIFICATION_FIELDS[key];
  if ((CLEARABLE_FIELDS as readonly string[]).includes(key)) return rule.nullable().optional();
  return z
    .any()
    .refine((value) => value !== null, { message: `${key} can't be cleared; send a new value instead.`, abort: true })
    .pipe(rule)
    .optional();
}

const NOT_AN_OBJECT = 'Send the changes as an object of specification fields, such as { name: "Summer" }.';

/** An object with at least one field sent; a field sent as undefined was not sent. */
const somePatch = z
  .record(z.string(), z.unknown(), { error: NOT_AN_OBJECT })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { message: "Send at least one field to change." });

const updateFields = z.strictObject({
  ...(Object.fromEntries(SPECIFICATION_KEYS.map((key) => [key, updateFieldSchema(key)])) as Record<FieldKey, z.ZodType>),
  type: z.never({ error: "type is read-only; change the type's value field instead." }).optional(),
});

/** No change of type: another type's value field is refused, naming it. */
function typeChangeViolations(patch: Record<string, unknown>, currentType: CouponType | undefined, ctx: z.RefinementCtx): void {
  const typeFields = presentTypeFields(patch);
  if (currentType !== undefined) {
    for (const field of typeFields) {
      if (typeOfField(field) === currentType) continue;
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: `This coupon is ${currentType}; its type can't change. Create a new coupon instead.`,
      });
    }
  } else if (typeFields.length > 1) {
    ctx.addIssue({
      code: "custom",
      path: [typeFields[1]!],
      message: `A coupon's type can't change, and it has exactly one; send ${typeFields[0]} or ${typeFields[1]}, not both.`,
    });
  }
}

/** Fields sent as undefined were not sent: they are neither changed nor named in the field mask. */
const sentOnly = (patch: Record<string, unknown>): CouponUpdate =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as CouponUpdate;

type UpdateSchema = z.ZodType<CouponUpdate, CouponUpdate>;

function buildUpdateSchema(currentType?: CouponType): UpdateSchema {
  return somePatch
    .pipe(updateFields)
    .superRefine((patch, ctx) => typeChangeViolations(patch, currentType, ctx))
    .transform(sentOnly) as unknown as UpdateSchema;
}

/**
 * The update schema, for when the coupon's type isn't known (a server action's input, the Wix
 * gateway before its PATCH): every value judged by its field's rule, null only where it clears.
 */
export const couponUpdateSchema = buildUpdateSchema();

const schemasByType = new Map<CouponType, UpdateSchema>();

/** The update schema for a coupon of a known type: a value field of any other type is refused too. */
export function couponUpdateSchemaFor(currentType: CouponType): UpdateSchema {
  let schema = schemasByType.get(currentType);
  if (!schema) schemasByType.set(currentType, (schema = buildUpdateSchema(currentType)));
  return schema;
}

/** Parses an update or throws an INVALID_ARGUMENT CouponError naming each bad field. */
export function parseUpdate(input: unknown, currentType?: CouponType): CouponUpdate {
  const schema = currentType === undefined ? couponUpdateSchema : couponUpdateSchemaFor(currentType);
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw invalidArgument(violationsFrom(result.error));
  return result.data;
}

/**
 * Applies an update to a stored specification and returns the new, validated specification.
 * Throws INVALID_ARGUMENT when a value is wrong, the type would change or the result breaks a rule.
 */
export function applyUpdate(current: CouponSpecification, input: unknown): CouponSpecification {
  const patch = parseUpdate(input, couponTypeOf(current)) as Record<string, unknown>;
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
