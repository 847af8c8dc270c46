import "server-only";
// JSON answers of the table's GET route handlers: a typed coupon error becomes its HTTP status and
// one readable message; anything else is a 500 whose details stay in the server log.
import { isCouponError, type CouponErrorCode } from "@/lib/coupons/domain/errors";
import type { ApiError } from "@/lib/coupons/table/coupon-view";

const STATUS: Record<CouponErrorCode, number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  FAILED_PRECONDITION: 412,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** Answers depend on who asks and change with every edit: never cached. */
export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

export function jsonResponse(data: unknown): Response {
  return Response.json(data, { headers: NO_STORE });
}

export function errorResponse(error: unknown, where: string): Response {
  if (isCouponError(error)) {
    const body: ApiError = { error: { code: error.code, message: error.message } };
    return Response.json(body, { status: STATUS[error.code], headers: NO_STORE });
  }
  console.error(`[coupons] ${where} failed`, error);
  const body: ApiError = { error: { code: "INTERNAL", message: "The coupons could not be loaded. Try again in a moment." } };
  return Response.json(body, { status: 500, headers: NO_STORE });
}
