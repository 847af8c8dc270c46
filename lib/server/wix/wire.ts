import "server-only";
// Wix's v2 coupon wire format as the gateway speaks it: requests out (times as epoch-ms strings)
// and every response parsed with zod, so a surprise names its field instead of breaking the UI.
// The emulator reads and writes the format with its own codec (emulator/codec/), so the contract
// suite checks this reading of Wix's docs against an independent one.
import { z } from "zod";
import { COUPON_TYPES, TYPE_FIELDS, TYPE_FIELD_LIST, type CouponType } from "@/lib/coupons/domain/coupon-types";
import { CouponError } from "@/lib/coupons/domain/errors";
import type { BulkItemResult } from "@/lib/coupons/domain/gateway";
import type { Coupon, StoredSpecification } from "@/lib/coupons/domain/model";
import { applicationErrorSchema, fromWixItemError } from "./errors";

const TIME_KEYS = ["startTime", "expirationTime"] as const;

/** Times become strings, as Wix writes them; null (clear) and everything else pass unchanged. */
export function specificationToWire(spec: object): Record<string, unknown> {
  const wire: Record<string, unknown> = { ...spec };
  for (const key of TIME_KEYS) {
    if (typeof wire[key] === "number") wire[key] = String(wire[key]);
  }
  return wire;
}

// ---- wire → domain (responses) ----

const epochMs = z.union([z.number().int(), z.string().regex(/^\d+$/, "expected epoch milliseconds as digits")]).transform(Number);
const num = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, "expected a number")
    .transform(Number),
]);
const int = num.pipe(z.number().int());

const wireScope = z.object({
  namespace: z.string(),
  group: z.object({ name: z.string(), entityId: z.string().nullish() }).nullish(),
});

const wireSpecification = z.object({
  name: z.string(),
  code: z.string(),
  startTime: epochMs,
  expirationTime: epochMs.nullish(),
  usageLimit: int.nullish(),
  limitPerCustomer: int.nullish(),
  limitedToOneItem: z.boolean().nullish(),
  appliesToSubscriptions: z.boolean().nullish(),
  discountedCycleCount: int.nullish(),
  active: z.boolean().nullish(),
  minimumSubtotal: num.nullish(),
  scope: wireScope.nullish(),
  moneyOffAmount: num.nullish(),
  percentOffRate: num.nullish(),
  fixedPriceAmount: num.nullish(),
  freeShipping: z.boolean().nullish(),
  buyXGetY: z.object({ x: int, y: int }).nullish(),
  type: z.enum(COUPON_TYPES),
});

export const wireCouponSchema = z.object({
  id: z.string().min(1),
  specification: wireSpecification,
  dateCreated: epochMs,
  expired: z.boolean().nullish(),
  numberOfUsages: int.nullish(),
  displayData: z
    .object({
      name: z.string().nullish(),
      formattedPrice: z.string().nullish(),
      mediaItem: z.object({ url: z.string(), width: num.nullish(), height: num.nullish() }).nullish(),
    })
    .nullish(),
  appId: z.string().nullish(),
});

/** Drops null and undefined, deeply: the domain leaves unset fields out. */
function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, compact(v)]]))) as T;
}

function specificationFromResponse(spec: z.infer<typeof wireSpecification>): StoredSpecification {
  const type = spec.type as CouponType;
  const clean = compact(spec) as Record<string, unknown>;
  // Only the type's own value field is kept: a default such as freeShipping: false next to a
  // moneyOffAmount would otherwise read as a second type.
  for (const field of TYPE_FIELD_LIST) if (field !== TYPE_FIELDS[type]) delete clean[field];
  return clean as unknown as StoredSpecification;
}

export function couponFromWire(wire: z.infer<typeof wireCouponSchema>): Coupon {
  const displayData = wire.displayData ? compact(wire.displayData) : undefined;
  return {
    id: wire.id,
    specification: specificationFromResponse(wire.specification),
    dateCreated: wire.dateCreated,
    expired: wire.expired ?? false,
    numberOfUsages: wire.numberOfUsages ?? 0,
    ...(displayData && Object.keys(displayData).length ? { displayData: displayData as Coupon["displayData"] } : {}),
    ...(wire.appId ? { appId: wire.appId } : {}),
  };
}

export const createResponseSchema = z.object({ id: z.string().min(1) });
export const getResponseSchema = z.object({ coupon: wireCouponSchema });
export const queryResponseSchema = z.object({
  coupons: z.array(wireCouponSchema).nullish(),
  totalResults: int.nullish(),
});

const itemMetadataSchema = z.object({
  id: z.string().nullish(),
  originalIndex: int,
  success: z.boolean(),
  error: applicationErrorSchema.nullish(),
});
const bulkMetadataSchema = z.object({ totalSuccesses: int.nullish(), totalFailures: int.nullish(), undetailedFailures: int.nullish() });
export const bulkCreateResponseSchema = z.object({
  results: z.array(z.object({ itemMetadata: itemMetadataSchema, coupon: wireCouponSchema.nullish() })),
  bulkActionMetadata: bulkMetadataSchema.nullish(),
});
export const bulkDeleteResponseSchema = z.object({
  results: z.array(itemMetadataSchema),
  deleteMetadata: bulkMetadataSchema.nullish(),
});

/** Parses a Wix response, or throws an INTERNAL CouponError that names the unexpected field. */
export function parseWire<S extends z.ZodType>(schema: S, json: unknown, what: string): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".") || "(the whole body)";
  throw new CouponError("INTERNAL", `Wix answered ${what} in an unexpected shape: ${field}: ${issue.message}.`, [
    { field, description: issue.message },
  ]);
}

function itemFromWire(meta: z.infer<typeof itemMetadataSchema>, coupon?: z.infer<typeof wireCouponSchema> | null): BulkItemResult {
  return {
    originalIndex: meta.originalIndex,
    success: meta.success,
    ...(meta.id ? { id: meta.id } : {}),
    ...(coupon ? { coupon: couponFromWire(coupon) } : {}),
    ...(meta.success ? {} : { error: fromWixItemError(meta.error) }),
  };
}

export function bulkCreateFromWire(wire: z.infer<typeof bulkCreateResponseSchema>): BulkItemResult[] {
  return wire.results.map((r) => itemFromWire(r.itemMetadata, r.coupon));
}

export function bulkDeleteFromWire(wire: z.infer<typeof bulkDeleteResponseSchema>): BulkItemResult[] {
  return wire.results.map((r) => itemFromWire(r));
}
