import "server-only";
// Coupon changes, for the server actions: each checks the caller itself (so it is safe wherever it
// is called from), goes through the gateway, and appends to the audit log only after the change
// succeeded. An update records each changed field with its value before and after.
import type { UserDTO } from "@/lib/auth/roles";
import { listInWords } from "@/lib/words";
import { fieldChanges, type FieldChange } from "@/lib/coupons/domain/spec-equality";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import { MAX_LIMIT, parseQuery } from "@/lib/coupons/query/query";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import type { CouponUpdate } from "@/lib/coupons/domain/update";
import { authorize } from "../auth/guards";
import { authServices } from "../auth/services";
import { bulkGateway, couponGateway } from "../backend";
import { createCouponOnce, updateCouponChecked, type CreateOutcome } from "./checked-writes";
import { assertItemExists } from "../catalogue/item-check";
import { withTestFaults } from "../test-faults";

/** The gateway changes go through; test faults (off unless COUPON_FAULT_DIR is set) can fail it. */
const gateway = () => withTestFaults(couponGateway());
/** The same for bulk work: behind page views in the Wix throttle. */
const bulk = () => withTestFaults(bulkGateway());

export type { FieldChange };

export interface BulkOutcome {
  succeeded: string[];
  failed: { id: string; message: string }[];
  /** Each coupon's code, as it was before the run, so the outcome and the log can name them. */
  codes: Record<string, string>;
  /** The coupons this run actually changed (switching on one that was on changes nothing): what Undo reverses. */
  changed: string[];
}

/** These coupons as they are, in one query (one call on Wix for up to 100). */
async function currentOf(backend: CouponGateway, ids: string[]) {
  const { items } = await backend.query(parseQuery({ filter: { _id: { $hasSome: ids } }, paging: { limit: MAX_LIMIT } }));
  return new Map(items.map((c) => [c.id, c]));
}

const codesIn = (coupons: Map<string, { specification: { code: string } }>) =>
  Object.fromEntries([...coupons].map(([id, c]) => [id, c.specification.code]));

/** The coupons, with their codes, in the codes' order, as the log lists them. */
const byCode = (ids: string[], codes: Record<string, string>) =>
  ids.map((id) => ({ id, code: codes[id] })).sort((a, b) => (a.code ?? a.id).localeCompare(b.code ?? b.id));

/** "SUMMER10, WINTER5 and 3 more": the coupons a bulk run changed, by code, in alphabetical order. */
export function namedCodes(ids: string[], codes: Record<string, string>, shown = 5): string {
  const names = ids.map((id) => codes[id] ?? id).sort((a, b) => a.localeCompare(b));
  if (names.length <= shown) return listInWords(names, "and");
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}

function actorOf(user: UserDTO) {
  return { id: user.id, email: user.email };
}

const plural = (n: number) => `${n} ${n === 1 ? "coupon" : "coupons"}`;

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

export async function bulkSetActive(ids: string[], active: boolean): Promise<BulkOutcome> {
  const user = await authorize("coupons:write");
  const backend = bulk();
  const current = await currentOf(backend, ids);
  const outcome: BulkOutcome = { succeeded: [], failed: [], codes: codesIn(current), changed: [] };
  // Wix has no bulk update for coupons; one update each, reported per coupon. One already in the
  // state asked for is left alone: no call, and nothing for Undo to reverse.
  for (const id of ids) {
    try {
      const already = current.get(id);
      if (already && (already.specification.active !== false) === active) {
        outcome.succeeded.push(id);
        continue;
      }
      await backend.update(id, { active });
      outcome.succeeded.push(id);
      outcome.changed.push(id);
    } catch (error) {
      outcome.failed.push({ id, message: error instanceof Error ? error.message : "Could not be updated." });
    }
  }
  if (outcome.changed.length > 0) {
    await authServices().audit.record({
      actor: actorOf(user),
      action: "coupon.bulkSetActive",
      targetType: "coupon",
      coupons: byCode(outcome.changed, outcome.codes),
      summary: `${active ? "Activated" : "Deactivated"} ${plural(outcome.changed.length)}: ${namedCodes(outcome.changed, outcome.codes)}`,
      details: { active, ...outcome },
    });
  }
  return outcome;
}

export async function bulkDelete(ids: string[]): Promise<BulkOutcome> {
  const user = await authorize("coupons:write");
  const backend = bulk();
  const codes = codesIn(await currentOf(backend, ids));
  const result = await backend.bulkDelete(ids);
  const outcome: BulkOutcome = { succeeded: [], failed: [], codes, changed: [] };
  for (const item of result.results) {
    const id = ids[item.originalIndex]!;
    if (item.success) {
      outcome.succeeded.push(id);
      outcome.changed.push(id);
    } else outcome.failed.push({ id, message: item.error?.description ?? "Could not be deleted." });
  }
  if (outcome.succeeded.length > 0) {
    await authServices().audit.record({
      actor: actorOf(user),
      action: "coupon.bulkDelete",
      targetType: "coupon",
      coupons: byCode(outcome.succeeded, outcome.codes),
      summary: `Deleted ${plural(outcome.succeeded.length)}: ${namedCodes(outcome.succeeded, outcome.codes)}`,
      details: outcome,
    });
  }
  return outcome;
}
