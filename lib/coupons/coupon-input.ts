// What the create and update actions accept. The specification is parsed with the domain schema
// (the same one the browser form ran) and an update with parseUpdate; the 100 %-off confirmation
// is checked here again, so the server never relies on the browser having asked.
import { z } from "zod";
import { isCouponError } from "./errors";
import { FULL_DISCOUNT_UNCONFIRMED, needsFullDiscountConfirmation } from "./guardrails";
import { couponSpecificationSchema } from "./specification";
import { parseUpdate, type CouponUpdate } from "./update";

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

const changesSchema = z.unknown().transform((input, ctx): CouponUpdate => {
  try {
    return parseUpdate(input);
  } catch (error) {
    if (!isCouponError(error)) throw error;
    for (const v of error.violations) ctx.addIssue({ code: "custom", message: v.description, path: v.field ? v.field.split(".") : [] });
    return z.NEVER;
  }
});

export const updateCouponInputSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    /** The coupon's revision when the form opened; a different one now means it changed elsewhere. */
    expectedRevision: z.string().max(128).optional(),
    changes: changesSchema,
    confirmFullDiscount: z.boolean().optional(),
  })
  .superRefine(({ changes, confirmFullDiscount }, ctx) => {
    if (needsFullDiscountConfirmation(changes.percentOffRate) && !confirmFullDiscount) {
      ctx.addIssue({ code: "custom", path: ["changes", "percentOffRate"], message: FULL_DISCOUNT_UNCONFIRMED });
    }
  });
export type UpdateCouponInput = z.input<typeof updateCouponInputSchema>;
