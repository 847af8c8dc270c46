// Partial updates with Wix's semantics: only the given fields change, `null` clears a field, the
// type never changes, and the merged result must still be a valid specification.
//
// Two checks, as for any edit: the update schema judges each sent value with the very field rules
// the create schema uses (SPECIFICATION_FIELDS), so garbage never reaches a backend; applyUpdate
// then judges the merged coupon with the whole specification schema (the rules that tie fields
// together: an end after the start, no per-customer limit on bookings, scope or minimum…).
import { z } from "zod";
import { presentTypeFields, typeOfField, type CouponType } from "./coupon-types";
import { invalidArgument, type FieldViolation } from "./errors";
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

/** The stored fields an update leaves in place, with the sent ones over them (null clears). */
export function mergeUpdate(current: CouponSpecification, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  delete merged.type;
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** The rules a specification breaks, in plain words; none for one Wix accepts. */
export function standingViolations(spec: object): FieldViolation[] {
  const result = couponSpecificationSchema.safeParse(spec, { reportInput: true });
  return result.success ? [] : violationsFrom(result.error);
}

/** The specification field a violation's path is on: "scope.group.entityId" → "scope". */
export const topField = (field: string) => field.split(".")[0]!;
const sameViolation = (a: FieldViolation, b: FieldViolation) => a.field === b.field && a.description === b.description;

/**
 * The problems an edit brings: a rule the merged coupon breaks that the stored one didn't, or any
 * problem on a field the edit sets. A coupon made elsewhere (Wix's own dashboard, another app, an
 * older API) may already be outside our stricter rules; it can still be renamed, switched off or
 * re-dated, but no edit adds a problem.
 */
export function introducedViolations(current: CouponSpecification, patch: CouponUpdate, merged: object): FieldViolation[] {
  const after = standingViolations(merged);
  if (after.length === 0) return [];
  const before = standingViolations(current);
  return after.filter((v) => topField(v.field) in patch || !before.some((s) => sameViolation(s, v)));
}

/**
 * Applies an update to a stored specification and returns the new specification. Throws
 * INVALID_ARGUMENT when a value is wrong, the type would change, or the result breaks a rule the
 * stored coupon kept (see introducedViolations). Both backends apply updates with this.
 */
export function applyUpdate(current: CouponSpecification, input: unknown): CouponSpecification {
  const patch = parseUpdate(input, couponTypeOf(current));
  const merged = mergeUpdate(current, patch as Record<string, unknown>);
  const result = couponSpecificationSchema.safeParse(merged, { reportInput: true });
  if (result.success) return result.data;
  const introduced = introducedViolations(current, patch, merged);
  if (introduced.length > 0) throw invalidArgument(introduced);
  // Made elsewhere and outside our rules before this edit, and no worse after it: kept as it is.
  return merged as unknown as CouponSpecification;
}

/** The field mask Wix wants for an update: the keys being changed, comma-separated. */
export function fieldMaskOf(update: CouponUpdate): string {
  return Object.keys(update).join(",");
}
