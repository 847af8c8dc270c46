"use server";
// TEMPORARY: replaced by the authenticated actions when the auth branch merges.
// Minimal coupon mutations for the table's row and bulk actions, calling the gateway directly with
// no session or role check. The table imports mutations only from here, in the auth branch's call
// shape (one input object) and result shape, so the merge swaps these bodies and nothing else.
import { isCouponError } from "@/lib/coupons/errors";
import { MAX_BULK } from "@/lib/coupons/gateway";
import { couponGateway } from "@/lib/server/backend";

type ActionResult<T> = { ok: true; data: T } | { ok: false; code?: string; message: string; fieldErrors?: Record<string, string[]> };

/** Per coupon: which ids succeeded, and why the others failed. */
interface BulkOutcome {
  succeeded: string[];
  failed: { id: string; message: string }[];
}

function refusal(error: unknown): { ok: false; code?: string; message: string } {
  if (isCouponError(error)) return { ok: false, code: error.code, message: error.message };
  console.error("[coupons] action failed", error);
  return { ok: false, code: "ERROR", message: "Something went wrong on the server. Try again." };
}

const isId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 200;
const isIdList = (ids: unknown): ids is string[] =>
  Array.isArray(ids) && ids.length > 0 && ids.length <= MAX_BULK && ids.every(isId);
const invalid = (message: string) => ({ ok: false as const, code: "INVALID", message });

// TEMPORARY: replaced by the authenticated actions when the auth branch merges
export async function setCouponActive(input: { id: string; active: boolean }): Promise<ActionResult<null>> {
  if (!isId(input?.id) || typeof input.active !== "boolean") return invalid("Choose a coupon and whether it is active.");
  try {
    await couponGateway().update(input.id, { active: input.active });
    return { ok: true, data: null };
  } catch (error) {
    return refusal(error);
  }
}

// TEMPORARY: replaced by the authenticated actions when the auth branch merges
export async function deleteCoupon(input: { id: string }): Promise<ActionResult<null>> {
  if (!isId(input?.id)) return invalid("Choose a coupon to delete.");
  try {
    await couponGateway().delete(input.id);
    return { ok: true, data: null };
  } catch (error) {
    return refusal(error);
  }
}

// TEMPORARY: replaced by the authenticated actions when the auth branch merges
export async function bulkSetActive(input: { ids: string[]; active: boolean }): Promise<ActionResult<BulkOutcome>> {
  if (!isIdList(input?.ids) || typeof input.active !== "boolean") return invalid(`Select 1 to ${MAX_BULK} coupons.`);
  // Wix has no bulk update for coupons: one update each, each reported.
  const outcome: BulkOutcome = { succeeded: [], failed: [] };
  for (const id of input.ids) {
    try {
      await couponGateway().update(id, { active: input.active });
      outcome.succeeded.push(id);
    } catch (error) {
      outcome.failed.push({ id, message: isCouponError(error) ? error.message : "Could not be updated." });
    }
  }
  return { ok: true, data: outcome };
}

// TEMPORARY: replaced by the authenticated actions when the auth branch merges
export async function bulkDelete(input: { ids: string[] }): Promise<ActionResult<BulkOutcome>> {
  if (!isIdList(input?.ids)) return invalid(`Select 1 to ${MAX_BULK} coupons.`);
  try {
    const result = await couponGateway().bulkDelete(input.ids);
    const outcome: BulkOutcome = { succeeded: [], failed: [] };
    for (const item of result.results) {
      const id = input.ids[item.originalIndex]!;
      if (item.success) outcome.succeeded.push(id);
      else outcome.failed.push({ id, message: item.error?.description ?? "Could not be deleted." });
    }
    return { ok: true, data: outcome };
  } catch (error) {
    return refusal(error);
  }
}
