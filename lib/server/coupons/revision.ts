import "server-only";
// A coupon's revision: a fingerprint of its specification. The store and Wix keep no revision
// number, so the edit form carries the fingerprint it opened and the server compares it with the
// coupon's current one before saving ("changed elsewhere since you opened it").
import { createHash } from "node:crypto";
import type { StoredSpecification } from "@/lib/coupons/domain/model";
import { canonicalText } from "@/lib/coupons/domain/spec-equality";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";

/**
 * Written by meaning (spec-equality.ts): two specifications have one revision exactly when they
 * are the same coupon, so `active` left out and `active: true`, or the read-only `type`, don't
 * make a coupon look changed elsewhere.
 */
export function revisionOf(specification: CouponSpecification | StoredSpecification): string {
  return createHash("sha256").update(canonicalText(specification)).digest("base64url").slice(0, 22);
}
