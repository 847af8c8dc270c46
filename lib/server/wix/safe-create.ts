import "server-only";
// Creating without ever making two coupons. A create isn't idempotent on Wix, so one whose outcome
// is unknown (lost connection, timeout, 5xx) is never simply sent again. The code is looked up
// first: a coupon with exactly that code and the specification we sent is ours; another coupon
// holding the code means the code is taken; no coupon means the create never happened and it is
// safe to send it again. Codes are unique on a site, so the code identifies the attempt.
import { codeTaken, CouponError } from "@/lib/coupons/domain/errors";
import type { BulkItemResult } from "@/lib/coupons/domain/gateway";
import type { Coupon } from "@/lib/coupons/domain/model";
import { sameSpecification } from "@/lib/coupons/domain/spec-equality";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import { WixCallFailure } from "./http";

/** How often an unanswered create may be sent again after the look-up found nothing. */
export const MAX_CREATE_ATTEMPTS = 3;

/** Whether the coupon found under the code is the one we sent (spec-equality.ts decides). */
export function isSameSpecification(sent: CouponSpecification, found: Coupon): boolean {
  return sameSpecification(sent, found.specification);
}

export interface CreateDeps {
  /** Sends one create; throws a WixCallFailure (or a CouponError) when it fails. */
  send(spec: CouponSpecification): Promise<string>;
  /** Coupons whose code is exactly one of these (a read, retried on its own). */
  findByCodes(codes: string[]): Promise<Coupon[]>;
}

export async function createOnce(deps: CreateDeps, spec: CouponSpecification): Promise<string> {
  let unknownBefore = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.send(spec);
    } catch (error) {
      if (!(error instanceof WixCallFailure)) throw error;
      const unknown = error.outcomeUnknown;
      // A 409 after an unanswered attempt may be that attempt's own coupon.
      const mayBeOurs = unknown || (unknownBefore && error.kind === "http" && error.status === 409);
      if (!mayBeOurs) throw error.toCouponError();
      const [found] = await deps.findByCodes([spec.code]);
      if (found && isSameSpecification(spec, found)) return found.id;
      if (found) throw codeTaken(spec.code);
      if (!unknown || attempt >= MAX_CREATE_ATTEMPTS) throw error.toCouponError();
      unknownBefore = true;
    }
  }
}

export interface BulkDeps {
  /** Sends one bulk create of these specifications; results carry indexes into that list. */
  send(specs: CouponSpecification[]): Promise<BulkItemResult[]>;
  findByCodes(codes: string[]): Promise<Coupon[]>;
}

/**
 * The bulk version: after an unanswered bulk create, every item is settled by its code (each found
 * coupon is claimed by at most one item, the first that matches), and only the items that certainly
 * weren't created are sent again. Results come back with indexes into `specs`.
 */
export async function bulkCreateOnce(deps: BulkDeps, specs: CouponSpecification[]): Promise<BulkItemResult[]> {
  const settled = new Map<number, BulkItemResult>();
  let pending = specs.map((_, i) => i);
  for (let attempt = 1; pending.length > 0; attempt++) {
    try {
      const results = await deps.send(pending.map((i) => specs[i]!));
      for (const r of results) {
        const index = pending[r.originalIndex];
        if (index !== undefined) settled.set(index, { ...r, originalIndex: index });
      }
      pending = [];
    } catch (error) {
      if (!(error instanceof WixCallFailure) || !error.outcomeUnknown) {
        throw error instanceof WixCallFailure ? error.toCouponError() : error;
      }
      const found = await deps.findByCodes(pending.map((i) => specs[i]!.code));
      const claimed = new Set<string>();
      const notCreated: number[] = [];
      for (const index of pending) {
        const spec = specs[index]!;
        const match = found.find((c) => !claimed.has(c.id) && c.specification.code === spec.code);
        if (match && isSameSpecification(spec, match)) {
          claimed.add(match.id);
          settled.set(index, { originalIndex: index, success: true, id: match.id, coupon: match });
        } else if (match) {
          const taken = codeTaken(spec.code);
          settled.set(index, {
            originalIndex: index,
            success: false,
            error: { code: taken.code, description: taken.message, violations: taken.violations },
          });
        } else {
          notCreated.push(index);
        }
      }
      pending = notCreated;
      if (pending.length > 0 && attempt >= MAX_CREATE_ATTEMPTS) throw error.toCouponError();
    }
  }
  return specs.map((_, i) => settled.get(i) ?? unreported(i));
}

function unreported(index: number): BulkItemResult {
  const error = new CouponError("INTERNAL", "Wix did not report on this item.");
  return { originalIndex: index, success: false, error: { code: error.code, description: error.message } };
}
