import "server-only";
// What the Wix gateway checks before it sends anything, as the embedded store checks it: a coupon
// id, a page's size and offset, a bulk call's size, and each specification of a bulk create.
import { invalidArgument } from "@/lib/coupons/domain/errors";
import { MAX_BULK, type BulkItemResult } from "@/lib/coupons/domain/gateway";
import { MAX_LIMIT, type CouponQuery } from "@/lib/coupons/query/query";
import { couponSpecificationSchema, toCouponError, type CouponSpecification } from "@/lib/coupons/domain/specification";

export function couponId(id: unknown): string {
  if (typeof id !== "string" || id.length === 0 || id.length > 200) {
    throw invalidArgument([{ field: "id", description: "A coupon id is a non-empty string." }]);
  }
  return id;
}

export function checkPaging(query: CouponQuery): void {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_LIMIT) {
    throw invalidArgument([{ field: "paging.limit", description: `A page holds 1 to ${MAX_LIMIT} coupons.` }]);
  }
  if (!Number.isInteger(query.offset) || query.offset < 0) {
    throw invalidArgument([{ field: "paging.offset", description: "offset is a whole number, 0 or more." }]);
  }
}

export function checkBulkSize(items: unknown, field: string): void {
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_BULK) {
    throw invalidArgument([{ field, description: `Send 1 to ${MAX_BULK} items at a time.` }]);
  }
}

/** Each item parsed: the valid ones with their index, the others already as failed results. */
export function checkEachSpecification(specifications: unknown[]): {
  results: BulkItemResult[];
  valid: { index: number; spec: CouponSpecification }[];
} {
  const results: BulkItemResult[] = [];
  const valid: { index: number; spec: CouponSpecification }[] = [];
  specifications.forEach((input, index) => {
    const parsed = couponSpecificationSchema.safeParse(input, { reportInput: true });
    if (parsed.success) valid.push({ index, spec: parsed.data });
    else {
      const error = toCouponError(parsed.error);
      results.push({
        originalIndex: index,
        success: false,
        error: { code: error.code, description: error.message, violations: error.violations },
      });
    }
  });
  return { results, valid };
}
