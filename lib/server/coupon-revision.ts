import "server-only";
// A coupon's revision: a fingerprint of its specification. The store and Wix keep no revision
// number, so the edit form carries the fingerprint it opened and the server compares it with the
// coupon's current one before saving ("changed elsewhere since you opened it").
import { createHash } from "node:crypto";
import { writableSpecification, type StoredSpecification } from "@/lib/coupons/model";
import type { CouponSpecification } from "@/lib/coupons/specification";

/** JSON with keys sorted at every level, so equal specifications give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The read-only `type` follows from the value field, so it is left out: stored or parsed, same revision. */
export function revisionOf(specification: CouponSpecification | StoredSpecification): string {
  return createHash("sha256").update(canonical(writableSpecification(specification))).digest("base64url").slice(0, 22);
}
