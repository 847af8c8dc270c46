"use server";
// From a usage alert: a new total usage limit, through the normal audited, revision-checked edit
// that sends only that one field. Merchants only.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { SPECIFICATION_FIELDS } from "@/lib/coupons/domain/specification";
import { defineAction } from "@/lib/server/actions/define-action";
import { updateCoupon } from "@/lib/server/coupons/commands";

const input = z.object({
  id: z.string().min(1, "A coupon id is required.").max(200),
  usageLimit: SPECIFICATION_FIELDS.usageLimit,
  expectedRevision: z.string().min(1).max(100),
});

export const setUsageLimit = defineAction({
  name: "setUsageLimit",
  permission: "coupons:write",
  input,
  handler: async ({ id, usageLimit, expectedRevision }) => {
    const result = await updateCoupon(id, { usageLimit }, expectedRevision);
    revalidatePath("/", "layout");
    return result;
  },
});
