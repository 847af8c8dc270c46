"use client";
// The save itself: a new coupon whole, or an edit as the fields the person changed, through the
// coupon server actions. "unreachable" when the action never answered.
import { createCoupon, updateCoupon } from "@/lib/actions/coupons";
import type { ActionResult } from "@/lib/actions/result";
import type { EditOutcome } from "@/lib/coupons/form/form-edit";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import type { CouponFormProps } from "./coupon-form";

/** What a valid form hands to the save: a whole new coupon, or an edit's update. */
export type FormOutput = { kind: "create"; specification: CouponSpecification } | ({ kind: "edit" } & EditOutcome);

export async function saveCoupon(
  output: FormOutput,
  edit: CouponFormProps["edit"],
  overwrite: boolean,
  confirmFullDiscount: boolean,
): Promise<ActionResult<{ id: string; replayed?: boolean }> | "unchanged" | "unreachable"> {
  try {
    if (output.kind === "create" || !edit) {
      if (output.kind !== "create") return "unreachable";
      return await createCoupon({ specification: output.specification, confirmFullDiscount });
    }
    // Only what the person changed goes to the server; a cleared optional field goes as null.
    const { changes } = output;
    if (Object.keys(changes).length === 0) return "unchanged";
    const expectedRevision = overwrite ? undefined : edit.revision;
    return await updateCoupon({ id: edit.id, expectedRevision, changes, confirmFullDiscount });
  } catch {
    // The action never answered: a network failure or a server crash. Nothing typed is lost.
    return "unreachable";
  }
}
