import "server-only";
// Answers in Wix's wire format, written by the emulator itself from Wix's docs and WIX-API-NOTES:
// times as epoch-ms strings, `{ coupon }`, `{ coupons, totalResults }`, bulk `results` with
// `itemMetadata`, and Wix's error bodies and statuses. Not the gateway's wire module.
import type { CouponError, FieldViolation } from "@/lib/coupons/domain/errors";
import type { BulkItemResult, BulkResult } from "@/lib/coupons/domain/gateway";
import { couponToRow } from "@/lib/coupons/domain/convert";
import type { Coupon } from "@/lib/coupons/domain/model";
import { COUPONS_COLLECTION } from "./requests";

const TIME_FIELDS = new Set(["startTime", "expirationTime"]);

/** Times in a specification as Wix writes them in responses: strings of epoch milliseconds. */
function specificationOut(spec: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(spec).map(([key, value]) => [key, TIME_FIELDS.has(key) && typeof value === "number" ? String(value) : value]),
  );
}

/** The Coupon object: `{ id, specification, dateCreated, expired, numberOfUsages, displayData, appId }`. */
export function couponOut(coupon: Coupon): Record<string, unknown> {
  return {
    id: coupon.id,
    specification: specificationOut(coupon.specification),
    dateCreated: String(coupon.dateCreated),
    expired: coupon.expired,
    numberOfUsages: coupon.numberOfUsages,
    ...(coupon.displayData ? { displayData: coupon.displayData } : {}),
    ...(coupon.appId ? { appId: coupon.appId } : {}),
  };
}

/** Wix's statuses for each kind of failure (the notes' list; a failed precondition is 428). */
const STATUS: Record<CouponError["code"], number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  FAILED_PRECONDITION: 428,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** `violatedRule` as Wix names it; the store's reasons are sentences, so it is read off their wording. */
const ruleOf = (v: FieldViolation) =>
  / is required\.?$/.test(v.description) ? "REQUIRED_FIELD" : /^Unknown field/.test(v.description) ? "FIELD_NOT_ALLOWED" : "OTHER";

/** Field names inside the request, as Wix gives them: `specification.code` for a create. */
const fieldViolations = (violations: FieldViolation[], prefix: string) =>
  violations.map((v) => ({
    field: v.field ? `${prefix}${v.field}` : prefix.replace(/\.$/, ""),
    description: v.description,
    violatedRule: ruleOf(v),
  }));

/**
 * Wix's error body: `{ message, details: { validationError: { fieldViolations } } }` for a bad
 * request that names its fields, else `{ message, details: { applicationError: { code, description,
 * data } } }`. Application error codes are the store's [guess: Wix's own names aren't documented].
 */
export function errorOut(error: CouponError, fieldPrefix = ""): { status: number; body: Record<string, unknown> } {
  const status = STATUS[error.code];
  if (error.code === "INVALID_ARGUMENT" && error.violations.length > 0) {
    return {
      status,
      body: { message: error.message, details: { validationError: { fieldViolations: fieldViolations(error.violations, fieldPrefix) } } },
    };
  }
  const data = error.violations.length > 0 ? { fieldViolations: fieldViolations(error.violations, fieldPrefix) } : {};
  return {
    status,
    body: { message: error.message, details: { applicationError: { code: error.code, description: error.message, data } } },
  };
}

function itemMetadata(r: BulkItemResult) {
  return {
    ...(r.id ? { id: r.id } : {}),
    originalIndex: r.originalIndex,
    success: r.success,
    ...(r.error
      ? {
          error: {
            code: r.error.code,
            description: r.error.description,
            data: r.error.violations?.length ? { fieldViolations: fieldViolations(r.error.violations, "") } : {},
          },
        }
      : {}),
  };
}

const metadata = (result: BulkResult) => ({
  totalSuccesses: result.totalSuccesses,
  totalFailures: result.totalFailures,
  undetailedFailures: 0,
});

/** `{ results: [{ itemMetadata, coupon }], bulkActionMetadata }`. */
export function bulkCreateOut(result: BulkResult) {
  return {
    results: result.results.map((r) => ({ itemMetadata: itemMetadata(r), ...(r.coupon ? { coupon: couponOut(r.coupon) } : {}) })),
    bulkActionMetadata: metadata(result),
  };
}

/** `{ results: [itemMetadata], deleteMetadata }`. */
export function bulkDeleteOut(result: BulkResult) {
  return { results: result.results.map(itemMetadata), deleteMetadata: metadata(result) };
}

const date = (ms: number) => ({ $date: new Date(ms).toISOString() });

/** One data item of Marketing/Coupons: the collection's flat fields (seed 004), dates as {"$date": ISO} [guess]. */
export function dataItemOut(coupon: Coupon) {
  const row = couponToRow(coupon);
  return {
    id: coupon.id,
    dataCollectionId: COUPONS_COLLECTION,
    data: {
      ...row,
      startTime: date(row.startTime),
      ...(row.expirationTime !== undefined ? { expirationTime: date(row.expirationTime) } : {}),
      _dateCreated: date(row._dateCreated),
    },
  };
}
