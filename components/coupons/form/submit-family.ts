"use client";
// Saving with "Create many codes" on: the form's coupon (without its code) and the pattern go to
// startFamily, and the family's page takes over, creating the codes in batches with progress.
import { startFamily } from "@/lib/actions/families";
import type { ActionResult } from "@/lib/actions/result";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import type { ManyCodes } from "./use-many-codes";

export type FamilyStart = ActionResult<{ familyId: string }> | "unreachable" | "pattern";

export async function submitFamily(
  specification: CouponSpecification,
  many: ManyCodes,
  confirmFullDiscount: boolean,
): Promise<FamilyStart> {
  if (!many.parsed.pattern) return "pattern";
  const { code: _example, ...template } = specification;
  void _example;
  try {
    return await startFamily({ template, pattern: many.parsed.pattern, confirmFullDiscount });
  } catch {
    return "unreachable";
  }
}

/** What the banner says when the pattern itself is wrong. */
export function patternProblem(many: ManyCodes): string {
  const errors = many.parsed.errors ?? {};
  return Object.values(errors).join(" ") || "Check how the codes are made.";
}
