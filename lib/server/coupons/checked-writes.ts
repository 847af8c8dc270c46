import "server-only";
// The work behind the create and update actions, apart from who may do it: an idempotent create
// and an update that refuses to overwrite a coupon changed since the form opened it, or to make
// it invalid.
import { CouponError, isCouponError } from "@/lib/coupons/domain/errors";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import { writableSpecification, type Coupon } from "@/lib/coupons/domain/model";
import { sameFieldValue, sameSpecification } from "@/lib/coupons/domain/spec-equality";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import { applyUpdate, type CouponUpdate } from "@/lib/coupons/domain/update";
import { findCouponByCode } from "./codes";
import { revisionOf } from "./revision";

/** How long after a create a retry of it still counts as the same request. */
export const RETRY_WINDOW_MS = 10 * 60_000;

export interface CreateOutcome {
  id: string;
  /** True when this was a retry of a create that had already succeeded. */
  replayed: boolean;
}

/**
 * Creates a coupon, once. Codes are unique (the store's unique index, Wix's own rule), so a
 * double submit or a retry after a lost response can't make a second coupon: it fails with
 * ALREADY_EXISTS. If the coupon holding the code is this very specification, created moments
 * ago, the retry is answered with its id instead of an error. Stateless, so it works for every
 * backend and behind a load balancer.
 */
export async function createCouponOnce(
  gateway: CouponGateway,
  specification: CouponSpecification,
  now: () => number = Date.now,
): Promise<CreateOutcome> {
  try {
    const { id } = await gateway.create(specification);
    return { id, replayed: false };
  } catch (error) {
    if (!isCouponError(error) || error.code !== "ALREADY_EXISTS") throw error;
    const existing = await findCouponByCode(gateway, specification.code);
    const sameRequest =
      existing !== undefined && now() - existing.dateCreated <= RETRY_WINDOW_MS && sameSpecification(existing.specification, specification);
    if (sameRequest) return { id: existing.id, replayed: true };
    throw error;
  }
}

export const CHANGED_ELSEWHERE =
  "This coupon was changed elsewhere since you opened it, so nothing was saved. Review the latest version, or save your changes over it.";

/** Whether the coupon already holds every change (a retried save that had gone through). */
function holdsChanges(current: Record<string, unknown>, changes: CouponUpdate): boolean {
  return Object.entries(changes).every(([key, value]) => sameFieldValue(key, current[key], value));
}

/**
 * Applies only the given changes. With `expectedRevision`, a coupon whose specification changed
 * since the form opened is left alone (FAILED_PRECONDITION), unless it already holds exactly these
 * changes, which is a retry of this save. The coupon as it would be after the changes is checked
 * against the whole specification schema first, whichever the backend: a change that would leave
 * it invalid (an end before its start, a per-customer limit on bookings, another type…) is refused
 * with INVALID_ARGUMENT naming each field, and the backend is never asked.
 */
export async function updateCouponChecked(
  gateway: CouponGateway,
  input: { id: string; expectedRevision?: string; changes: CouponUpdate },
  /** The coupon as the caller just read it, to save a read (one call less on Wix). */
  read?: Coupon,
): Promise<{ id: string }> {
  const current = read?.id === input.id ? read : await gateway.get(input.id);
  if (input.expectedRevision !== undefined && revisionOf(current.specification) !== input.expectedRevision) {
    if (holdsChanges(current.specification as unknown as Record<string, unknown>, input.changes)) return { id: input.id };
    throw new CouponError("FAILED_PRECONDITION", CHANGED_ELSEWHERE);
  }
  checkEdit(writableSpecification(current.specification), input.changes);
  await gateway.update(input.id, input.changes);
  return { id: input.id };
}

/**
 * The coupon after the changes must pass the schema, except for what it already broke before them
 * (update.ts's applyUpdate, which both backends apply too): checked here so no backend is asked.
 */
function checkEdit(stored: CouponSpecification, changes: CouponUpdate): void {
  applyUpdate(stored, changes);
}
