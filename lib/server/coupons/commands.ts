import "server-only";
// Single-coupon changes (create, update, setActive, delete), for the server actions: each checks the
// caller itself (so it is safe wherever it is called from), goes through the gateway, and appends to
// the audit log only after the change succeeded. An update records each changed field before and after.
import type { UserDTO } from "@/lib/auth/roles";
import { fieldChanges, type FieldChange } from "@/lib/coupons/domain/spec-equality";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import type { CouponUpdate } from "@/lib/coupons/domain/update";
import { authorize } from "../auth/guards";
import { authServices } from "../auth/services";
import { couponGateway } from "../backend";
import { createCouponOnce, updateCouponChecked, type CreateOutcome } from "./checked-writes";
import { assertItemExists } from "../catalogue/item-check";
import { withTestFaults } from "../test-faults";

/** The gateway changes go through; test faults (off unless COUPON_FAULT_DIR is set) can fail it. */
const gateway = () => withTestFaults(couponGateway());

export type { FieldChange };

/** Who did it, as the audit log records them. */
export function actorOf(user: UserDTO) {
  return { id: user.id, email: user.email };
}

function label(spec: { code: string; name: string }): string {
  return `${spec.code} (${spec.name})`;
}

/** Creates a coupon once: a retried or double-submitted create answers with the first one's id. */
export async function createCoupon(specification: CouponSpecification): Promise<CreateOutcome> {
  const user = await authorize("coupons:write");
  await assertItemExists(specification.scope);
  const outcome = await createCouponOnce(gateway(), specification);
  if (outcome.replayed) return outcome;
  await authServices().audit.record({
    actor: actorOf(user),
    action: "coupon.create",
    targetType: "coupon",
    targetId: outcome.id,
    coupons: [{ id: outcome.id, code: specification.code }],
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
  await authServices().audit.record({
    actor: actorOf(user),
    action,
    targetType: "coupon",
    targetId: id,
    // The code it had before the edit; the code it has now finds it through the coupon (audit.ts).
    coupons: [{ id, code: before.specification.code }],
    summary:
      action === "coupon.setActive"
        ? `${after.specification.active === false ? "Deactivated" : "Activated"} coupon ${label(after.specification)}`
        : `Updated coupon ${label(after.specification)}: ${changes.map((c) => c.field).join(", ") || "no change"}`,
    details: { changes },
  });
  return changes;
}

export async function updateCoupon(
  id: string,
  update: CouponUpdate,
  expectedRevision?: string,
): Promise<{ id: string; changes: FieldChange[] }> {
  const user = await authorize("coupons:write");
  // Only a changed scope is checked: an edit of anything else keeps a coupon whose item is gone editable.
  if (update.scope) await assertItemExists(update.scope);
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
  await authServices().audit.record({
    actor: actorOf(user),
    action: "coupon.delete",
    targetType: "coupon",
    targetId: id,
    coupons: [{ id, code: before.specification.code }],
    summary: `Deleted coupon ${label(before.specification)}`,
    details: { specification: before.specification },
  });
}
