// The coupon specification schema: exactly what Wix accepts, with a plain-words reason for every
// rejection. The browser form, the server actions, the store and the emulator all parse with it.
// Each field's own rules are here; the rules that tie fields together are in cross-field-rules.ts.
import { z } from "zod";
import { COUPON_TYPES, TYPE_FIELDS, presentTypeFields, typeOfField } from "./coupon-types";
import type { CouponType } from "./coupon-types";
import { crossFieldViolations } from "./cross-field-rules";
import { isNamespace } from "./scope-matrix";
import { NAMESPACE_RULES } from "./namespace-rules";
import { epochMsSchema } from "../time/time";
import { invalidArgument, type CouponError, type FieldViolation } from "./errors";

export const CODE_MAX = 20;
export const NAME_MAX = 80;
export const LIMIT_MAX = 2_147_483_647;
export const AMOUNT_MAX = 1_000_000_000;
export const CYCLES_MAX = 999;

const characters = (value: string) => [...value].length;

/** "X is required" only when it is missing; otherwise say what type it must be. */
const textError = (field: string, missing: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? missing : `${field} must be text`;

const codeSchema = z
  .string({ error: textError("code", "code is required: the text customers type at checkout") })
  .refine((v) => characters(v) >= 1, { message: "Enter a code customers will type at checkout." })
  .refine((v) => characters(v) <= CODE_MAX, { message: `Use at most ${CODE_MAX} characters for the code.` })
  .refine((v) => !/\s/.test(v), { message: "Codes can't contain spaces; customers type them at checkout." });

const nameSchema = z
  .string({ error: textError("name", "name is required") })
  .refine((v) => v.trim().length >= 1, { message: "Give the coupon a name." })
  .refine((v) => characters(v) <= NAME_MAX, { message: `Use at most ${NAME_MAX} characters for the name.` });

const positiveInt = (what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int({ message: `${what} must be a whole number` })
    .min(1, { message: `${what} must be at least 1` })
    .max(LIMIT_MAX, { message: `${what} must be at most ${LIMIT_MAX}` });

const amount = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .gt(0, { message: `${what} must be more than 0` })
    .max(AMOUNT_MAX, { message: `${what} must be at most ${AMOUNT_MAX}` });

const scopeSchema = z.strictObject({
  namespace: z.string({ error: "scope.namespace is required" }),
  group: z
    .strictObject({
      name: z.string({ error: "scope.group.name is required when there is a group" }),
      entityId: z.string().min(1, { message: "entityId can't be empty; leave it out instead" }).optional(),
    })
    .optional(),
});

/**
 * Each field's own rules, whatever else the coupon holds. The create schema below and the update
 * schema (update.ts) both build on these, so a value is judged the same way in both.
 */
export const SPECIFICATION_FIELDS = {
  name: nameSchema,
  code: codeSchema,
  startTime: epochMsSchema("startTime"),
  expirationTime: epochMsSchema("expirationTime"),
  usageLimit: positiveInt("usageLimit"),
  limitPerCustomer: positiveInt("limitPerCustomer"),
  limitedToOneItem: z.boolean({ error: "limitedToOneItem must be true or false" }),
  appliesToSubscriptions: z.boolean({ error: "appliesToSubscriptions must be true or false" }),
  discountedCycleCount: z
    .number({ error: "discountedCycleCount must be a whole number" })
    .int({ message: "discountedCycleCount must be a whole number" })
    .min(1, { message: "discountedCycleCount must be between 1 and 999" })
    .max(CYCLES_MAX, { message: "discountedCycleCount must be between 1 and 999" }),
  active: z.boolean({ error: "active must be true or false" }),
  minimumSubtotal: amount("minimumSubtotal"),
  scope: scopeSchema,
  moneyOffAmount: amount("moneyOffAmount"),
  percentOffRate: z
    .number({ error: "percentOffRate must be a number" })
    .gt(0, { message: "percentOffRate must be more than 0" })
    .max(100, { message: "percentOffRate can't be more than 100" }),
  fixedPriceAmount: amount("fixedPriceAmount"),
  // Velo clients send `freeShipping: false` beside another type; Wix reads it as "not free shipping".
  freeShipping: z.boolean({ error: "freeShipping must be true or false" }),
  buyXGetY: z.strictObject({ x: positiveInt("buyXGetY.x"), y: positiveInt("buyXGetY.y") }),
} as const;
const fields = SPECIFICATION_FIELDS;

export type CouponScope = z.infer<typeof scopeSchema>;
export interface BuyXGetY {
  x: number;
  y: number;
}

export interface SpecificationBase {
  name: string;
  code: string;
  startTime: number;
  expirationTime?: number;
  usageLimit?: number;
  limitPerCustomer?: number;
  limitedToOneItem?: boolean;
  appliesToSubscriptions?: boolean;
  discountedCycleCount?: number;
  active?: boolean;
  minimumSubtotal?: number;
  scope?: CouponScope;
}

type Only<K extends string, V> = { [P in K]: V } & {
  [P in Exclude<(typeof TYPE_FIELDS)[CouponType], K>]?: never;
};

/** Exactly one type field: TypeScript itself forbids two at once. */
export type CouponTypeValue =
  | Only<"moneyOffAmount", number>
  | Only<"percentOffRate", number>
  | Only<"fixedPriceAmount", number>
  | Only<"freeShipping", true>
  | Only<"buyXGetY", BuyXGetY>;

export type CouponSpecification = SpecificationBase & CouponTypeValue;

/** The keys a specification may carry, in the order Wix documents them. */
export const SPECIFICATION_KEYS = Object.keys(fields) as (keyof typeof fields)[];

const createShape = z.strictObject({
  name: fields.name,
  code: fields.code,
  startTime: fields.startTime,
  expirationTime: fields.expirationTime.optional(),
  usageLimit: fields.usageLimit.optional(),
  limitPerCustomer: fields.limitPerCustomer.optional(),
  limitedToOneItem: fields.limitedToOneItem.optional(),
  appliesToSubscriptions: fields.appliesToSubscriptions.optional(),
  discountedCycleCount: fields.discountedCycleCount.optional(),
  active: fields.active.optional(),
  minimumSubtotal: fields.minimumSubtotal.optional(),
  scope: fields.scope.optional(),
  moneyOffAmount: fields.moneyOffAmount.optional(),
  percentOffRate: fields.percentOffRate.optional(),
  fixedPriceAmount: fields.fixedPriceAmount.optional(),
  freeShipping: fields.freeShipping.optional(),
  buyXGetY: fields.buyXGetY.optional(),
  /** Read-only on Wix; tolerated on input when it agrees with the type field. */
  type: z.enum(COUPON_TYPES, { error: `type must be one of ${COUPON_TYPES.join(", ")}` }).optional(),
});

/** A specification as the create shape reads it, before the rules that tie fields together. */
export type RawSpecification = z.infer<typeof createShape>;

/** A parsed specification as it is stored: without the read-only type, and without `freeShipping: false`. */
function asWritten(spec: RawSpecification): Omit<RawSpecification, "type"> {
  const { type: _readOnly, ...rest } = spec;
  void _readOnly;
  if (rest.freeShipping === false) delete rest.freeShipping;
  return rest;
}

export const couponSpecificationSchema = createShape
  .superRefine((spec, ctx) => {
    for (const v of crossFieldViolations(spec)) {
      ctx.addIssue({ code: "custom", message: v.description, path: v.field ? v.field.split(".") : [] });
    }
  })
  .transform((spec): CouponSpecification => {
    const rest = asWritten(spec);
    const namespace = rest.scope?.namespace;
    if (isNamespace(namespace) && NAMESPACE_RULES[namespace].alwaysOneItem) rest.limitedToOneItem = true;
    return rest as CouponSpecification;
  });

/** The type of a specification that passed the schema. */
export function couponTypeOf(spec: object): CouponType {
  const [field] = presentTypeFields(spec);
  if (!field) throw new Error("A parsed specification always has one type field.");
  return typeOfField(field);
}

export function violationsFrom(error: z.ZodError): FieldViolation[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      const keys = (issue as { keys?: string[] }).keys ?? [];
      return {
        field: [field, keys[0]].filter(Boolean).join("."),
        description: `Unknown field${keys.length > 1 ? "s" : ""} ${keys.join(", ")}; remove ${keys.length > 1 ? "them" : "it"}.`,
      };
    }
    // Only a parse run with `reportInput` tells a missing value from a wrong one (1.5 for a whole
    // number is also "invalid_type"); without it, keep the schema's own message.
    if (issue.code === "invalid_type" && "input" in issue && issue.input === undefined && field) {
      return { field, description: `${field} is required.` };
    }
    return { field, description: issue.message };
  });
}

export function toCouponError(error: z.ZodError): CouponError {
  return invalidArgument(violationsFrom(error));
}

/**
 * What Wix may already hold: every field by its own rule and exactly one type, but not the rules
 * that tie fields together, which Wix enforces on create today and didn't always (seed 002's
 * product coupon with no product; a per-customer limit on bookings). Only for coupons made
 * elsewhere, read into the store as they are; an edit of one may not add a problem (update.ts).
 */
export const storedSpecificationSchema = createShape
  .superRefine((spec, ctx) => {
    const typeFields = presentTypeFields(spec);
    if (typeFields.length !== 1) ctx.addIssue({ code: "custom", message: "A stored coupon has exactly one type.", path: ["type"] });
  })
  .transform((spec) => asWritten(spec) as CouponSpecification);

/** Parses a create specification or throws an INVALID_ARGUMENT CouponError. */
export function parseSpecification(input: unknown): CouponSpecification {
  const result = couponSpecificationSchema.safeParse(input, { reportInput: true });
  if (!result.success) throw toCouponError(result.error);
  return result.data;
}
