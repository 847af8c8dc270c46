// What the create and update actions accept. The specification is parsed with the domain schema
// (the same one the browser form ran) and the changes with the domain's update schema, which
// judges each sent value by the same field rules; the 100 %-off confirmation is checked here
// again, so the server never relies on the browser having asked. The merged coupon is checked
// once the stored one is read (lib/server/coupons/checked-writes.ts).
import { z } from "zod";
import { FULL_DISCOUNT_UNCONFIRMED, needsFullDiscountConfirmation } from "./guardrails";
import { couponSpecificationSchema } from "./specification";
import { couponUpdateSchema } from "./update";

export const createCouponInputSchema = z
  .strictObject({
    specification: couponSpecificationSchema,
    /** The merchant confirmed a 100 %-off coupon. */
    confirmFullDiscount: z.boolean().optional(),
  })
  .superRefine(({ specification, confirmFullDiscount }, ctx) => {
    if (needsFullDiscountConfirmation(specification.percentOffRate) && !confirmFullDiscount) {
      ctx.addIssue({ code: "custom", path: ["specification", "percentOffRate"], message: FULL_DISCOUNT_UNCONFIRMED });
    }
  });
export type CreateCouponInput = z.input<typeof createCouponInputSchema>;

export const updateCouponInputSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    /** The coupon's revision when the form opened; a different one now means it changed elsewhere. */
    expectedRevision: z.string().max(128).optional(),
    changes: couponUpdateSchema,
    confirmFullDiscount: z.boolean().optional(),
  })
  .superRefine(({ changes, confirmFullDiscount }, ctx) => {
    if (needsFullDiscountConfirmation(changes.percentOffRate) && !confirmFullDiscount) {
      ctx.addIssue({ code: "custom", path: ["changes", "percentOffRate"], message: FULL_DISCOUNT_UNCONFIRMED });
    }
  });
export type UpdateCouponInput = z.input<typeof updateCouponInputSchema>;
