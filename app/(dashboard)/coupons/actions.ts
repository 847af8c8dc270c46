"use server";
// TEMPORARY: replaced by the authenticated actions when the auth branch merges. Until then these
// parse their input with the domain schemas, call the gateway and return the shared result shape;
// the work itself (idempotent create, revision-checked update) lives in lib/server/coupon-mutations.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { createCouponInputSchema, updateCouponInputSchema } from "@/lib/coupons/coupon-input";
import { actionFailure, invalidInputFromZod, isNavigationSignal } from "@/lib/server/action-errors";
import { couponGateway } from "@/lib/server/backend";
import { createCouponOnce, updateCouponChecked, type CreateOutcome } from "@/lib/server/coupon-mutations";
import { withTestFaults } from "@/lib/server/test-faults";

// TEMPORARY: replaced by the authenticated actions when the auth branch merges
export async function createCoupon(input: unknown): Promise<ActionResult<CreateOutcome>> {
  const parsed = createCouponInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return invalidInputFromZod(parsed.error);
  try {
    const outcome = await createCouponOnce(withTestFaults(couponGateway()), parsed.data.specification);
    revalidatePath("/coupons");
    return { ok: true, data: outcome };
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    return actionFailure(error);
  }
}

// TEMPORARY: replaced by the authenticated actions when the auth branch merges
export async function updateCoupon(input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = updateCouponInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return invalidInputFromZod(parsed.error);
  try {
    const { id, expectedRevision, changes } = parsed.data;
    const outcome = await updateCouponChecked(withTestFaults(couponGateway()), { id, expectedRevision, changes });
    revalidatePath("/coupons");
    return { ok: true, data: outcome };
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    return actionFailure(error);
  }
}
