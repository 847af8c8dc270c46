"use server";
// Coupon server actions: thin. The wrapper checks session, role and input; the data access layer
// checks again, calls the gateway and writes the audit log. Duplicating is a create from the client.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MAX_BULK } from "@/lib/coupons/domain/gateway";
import { createCouponInputSchema, updateCouponInputSchema } from "@/lib/coupons/domain/coupon-input";
import { defineAction } from "@/lib/server/actions/define-action";
import * as bulk from "@/lib/server/coupons/bulk-commands";
import * as coupons from "@/lib/server/coupons/commands";

const couponId = z.string().min(1, "A coupon id is required.").max(200);
const couponIds = z.array(couponId).min(1, "Select at least one coupon.").max(MAX_BULK, `Select at most ${MAX_BULK} coupons at a time.`);

/**
 * After a single change: the current page is rendered again with the answer and the router's
 * cached pages are dropped. Bulk runs skip it: the table sends them in batches and refetches its
 * list once at the end, so re-rendering /coupons (a query, on Wix a call or two) per batch would
 * be wasted work.
 */
function changed<T>(data: T): T {
  revalidatePath("/", "layout");
  return data;
}

// The form's schemas: the domain's specification and update rules, plus the 100 %-off confirmation.
export const createCoupon = defineAction({
  name: "createCoupon",
  permission: "coupons:write",
  input: createCouponInputSchema,
  handler: async ({ specification }) => changed(await coupons.createCoupon(specification)),
});

export const updateCoupon = defineAction({
  name: "updateCoupon",
  permission: "coupons:write",
  // `changes` holds only the changed fields; null clears one. `expectedRevision` guards against
  // overwriting a coupon that changed since the form opened it.
  input: updateCouponInputSchema,
  handler: async ({ id, changes, expectedRevision }) => changed(await coupons.updateCoupon(id, changes, expectedRevision)),
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
  handler: async ({ ids, active }) => bulk.bulkSetActive(ids, active),
});

export const bulkDelete = defineAction({
  name: "bulkDelete",
  permission: "coupons:write",
  input: z.object({ ids: couponIds }),
  handler: async ({ ids }) => bulk.bulkDelete(ids),
});
