"use server";
// Coupon server actions: thin. The wrapper checks session, role and input; the data access layer
// checks again, calls the gateway and writes the audit log. Duplicating is a create from the client.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MAX_BULK } from "@/lib/coupons/gateway";
import { couponSpecificationSchema } from "@/lib/coupons/specification";
import { parseUpdate } from "@/lib/coupons/update";
import { defineAction } from "@/lib/server/actions/define-action";
import * as coupons from "@/lib/server/coupons/mutations";

const couponId = z.string().min(1, "A coupon id is required.").max(200);
const couponIds = z.array(couponId).min(1, "Select at least one coupon.").max(MAX_BULK, `Select at most ${MAX_BULK} coupons at a time.`);

function changed<T>(data: T): T {
  revalidatePath("/", "layout");
  return data;
}

export const createCoupon = defineAction({
  name: "createCoupon",
  permission: "coupons:write",
  input: couponSpecificationSchema,
  handler: async (specification) => changed(await coupons.createCoupon(specification)),
});

export const updateCoupon = defineAction({
  name: "updateCoupon",
  permission: "coupons:write",
  // `changes` holds only the changed fields; null clears one. parseUpdate applies Wix's update rules.
  input: z.object({ id: couponId, changes: z.record(z.string(), z.unknown()) }),
  handler: async ({ id, changes }) => changed(await coupons.updateCoupon(id, parseUpdate(changes))),
});

export const deleteCoupon = defineAction({
  name: "deleteCoupon",
  permission: "coupons:write",
  input: z.object({ id: couponId }),
  handler: async ({ id }) => changed(await coupons.deleteCoupon(id)),
});

export const setCouponActive = defineAction({
  name: "setCouponActive",
  permission: "coupons:write",
  input: z.object({ id: couponId, active: z.boolean() }),
  handler: async ({ id, active }) => changed(await coupons.setCouponActive(id, active)),
});

export const bulkSetActive = defineAction({
  name: "bulkSetActive",
  permission: "coupons:write",
  input: z.object({ ids: couponIds, active: z.boolean() }),
  handler: async ({ ids, active }) => changed(await coupons.bulkSetActive(ids, active)),
});

export const bulkDelete = defineAction({
  name: "bulkDelete",
  permission: "coupons:write",
  input: z.object({ ids: couponIds }),
  handler: async ({ ids }) => changed(await coupons.bulkDelete(ids)),
});
