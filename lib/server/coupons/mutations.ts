import "server-only";
// Coupon changes, for the server actions: each checks the caller itself (so it is safe wherever it
// is called from), goes through the gateway, and appends to the audit log only after the change
// succeeded. An update records each changed field with its value before and after.
import type { UserDTO } from "@/lib/auth/roles";
import { fieldChanges, type FieldChange } from "@/lib/coupons/spec-equality";
import type { CouponSpecification } from "@/lib/coupons/specification";
import type { CouponUpdate } from "@/lib/coupons/update";
import { authorize } from "../auth/guards";
import { authServices } from "../auth/services";
import { couponGateway } from "../backend";
import { createCouponOnce, updateCouponChecked, type CreateOutcome } from "../coupon-mutations";
import { withTestFaults } from "../test-faults";

/** The gateway changes go through; test faults (off unless COUPON_FAULT_DIR is set) can fail it. */
const gateway = () => withTestFaults(couponGateway());

export type { FieldChange };

export interface BulkOutcome {
  succeeded: string[];
  failed: { id: string; message: string }[];
}

function actorOf(user: UserDTO) {
  return { id: user.id, email: user.email };
}

function label(spec: { code: string; name: string }): string {
  return `${spec.code} (${spec.name})`;
}

/** Creates a coupon once: a retried or double-submitted create answers with the first one's id. */
export async function createCoupon(specification: CouponSpecification): Promise<CreateOutcome> {
  const user = await authorize("coupons:write");
  const outcome = await createCouponOnce(gateway(), specification);
  if (outcome.replayed) return outcome;
  authServices().audit.record({
    actor: actorOf(user),
    action: "coupon.create",
    targetType: "coupon",
    targetId: outcome.id,
    couponIds: [outcome.id],
    summary: `Created coupon ${label(specification)}`,
    details: { specification },
  });
  return outcome;
}

async function updateAudited(
  user: UserDTO,
  id: string,
  update: CouponUpdate,
  action: "coupon.update" | "coupon.setActive",
  expectedRevision?: string,
) {
  const backend = gateway();
  const before = await backend.get(id);
  // With a revision, a coupon changed since the form read it is left alone (STALE for the form).
  await updateCouponChecked(backend, { id, expectedRevision, changes: update }, before);
  const after = await backend.get(id);
  const changes = fieldChanges(before.specification, after.specification);
  authServices().audit.record({
    actor: actorOf(user),
    action,
    targetType: "coupon",
    targetId: id,
    couponIds: [id],
    summary:
      action === "coupon.setActive"
        ? `${after.specification.active === false ? "Deactivated" : "Activated"} coupon ${label(after.specification)}`
        : `Updated coupon ${label(after.specification)}: ${changes.map((c) => c.field).join(", ") || "no change"}`,
    details: { changes },
  });
  return changes;
}

export async function updateCoupon(id: string, update: CouponUpdate, expectedRevision?: string): Promise<{ id: string; changes: FieldChange[] }> {
  const user = await authorize("coupons:write");
  return { id, changes: await updateAudited(user, id, update, "coupon.update", expectedRevision) };
}

export async function setCouponActive(id: string, active: boolean): Promise<{ changes: FieldChange[] }> {
  const user = await authorize("coupons:write");
  return { changes: await updateAudited(user, id, { active }, "coupon.setActive") };
}

export async function deleteCoupon(id: string): Promise<void> {
  const user = await authorize("coupons:write");
  const backend = gateway();
  const before = await backend.get(id);
  await backend.delete(id);
  authServices().audit.record({
    actor: actorOf(user),
    action: "coupon.delete",
    targetType: "coupon",
    targetId: id,
    couponIds: [id],
    summary: `Deleted coupon ${label(before.specification)}`,
    details: { specification: before.specification },
  });
}

export async function bulkSetActive(ids: string[], active: boolean): Promise<BulkOutcome> {
  const user = await authorize("coupons:write");
  const backend = gateway();
  const outcome: BulkOutcome = { succeeded: [], failed: [] };
  // Wix has no bulk update for coupons; one update each, reported per coupon.
  for (const id of ids) {
    try {
      await backend.update(id, { active });
      outcome.succeeded.push(id);
    } catch (error) {
      outcome.failed.push({ id, message: error instanceof Error ? error.message : "Could not be updated." });
    }
  }
  if (outcome.succeeded.length > 0) {
    authServices().audit.record({
      actor: actorOf(user),
      action: "coupon.bulkSetActive",
      targetType: "coupon",
      couponIds: outcome.succeeded,
      summary: `${active ? "Activated" : "Deactivated"} ${outcome.succeeded.length} coupon(s)`,
      details: { active, ...outcome },
    });
  }
  return outcome;
}

export async function bulkDelete(ids: string[]): Promise<BulkOutcome> {
  const user = await authorize("coupons:write");
  const result = await gateway().bulkDelete(ids);
  const outcome: BulkOutcome = { succeeded: [], failed: [] };
  for (const item of result.results) {
    const id = ids[item.originalIndex]!;
    if (item.success) outcome.succeeded.push(id);
    else outcome.failed.push({ id, message: item.error?.description ?? "Could not be deleted." });
  }
  if (outcome.succeeded.length > 0) {
    authServices().audit.record({
      actor: actorOf(user),
      action: "coupon.bulkDelete",
      targetType: "coupon",
      couponIds: outcome.succeeded,
      summary: `Deleted ${outcome.succeeded.length} coupon(s)`,
      details: outcome,
    });
  }
  return outcome;
}
