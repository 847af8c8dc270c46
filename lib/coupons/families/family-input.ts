// What startFamily accepts: the form's coupon without its code (the domain schema checks it on the
// server, with one of the family's codes), the code pattern, and, as for a single coupon, the
// merchant's confirmation of 100 % off, so the server never relies on the browser having asked.
import { z } from "zod";
import { FULL_DISCOUNT_UNCONFIRMED, needsFullDiscountConfirmation } from "../domain/guardrails";
import { codePatternSchema } from "./code-pattern";

export const startFamilyInputSchema = z
  .object({
    name: z.string().trim().max(80, "A family name has at most 80 characters.").optional(),
    template: z.record(z.string(), z.unknown()),
    pattern: codePatternSchema,
    confirmFullDiscount: z.boolean().optional(),
  })
  .superRefine(({ template, confirmFullDiscount }, ctx) => {
    const rate = typeof template.percentOffRate === "number" ? template.percentOffRate : undefined;
    if (needsFullDiscountConfirmation(rate) && !confirmFullDiscount) {
      ctx.addIssue({ code: "custom", path: ["template", "percentOffRate"], message: FULL_DISCOUNT_UNCONFIRMED });
    }
  });
