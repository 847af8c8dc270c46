import "server-only";
// Turns what a backend or a schema throws into the actions' failure shape: field problems under
// their field path, everything else as one clear sentence. Nothing internal reaches the browser.
import type { z } from "zod";
import type { ActionFailure } from "@/lib/action-result";
import { isCouponError, type CouponError, type FieldViolation } from "@/lib/coupons/errors";
import { violationsFrom } from "@/lib/coupons/specification";

/** Input wrappers (`specification.`, `changes.`) are not part of the field's path. */
const WRAPPERS = /^(specification|changes)(\.|$)/;

function fieldErrorsOf(violations: FieldViolation[]): { fieldErrors: Record<string, string>; general: string[] } {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const v of violations) {
    const field = v.field.replace(WRAPPERS, "");
    if (!field) general.push(v.description);
    else fieldErrors[field] ??= v.description;
  }
  return { fieldErrors, general };
}

const MESSAGES: Partial<Record<CouponError["code"], string>> = {
  NOT_FOUND: "This coupon no longer exists; it may have been deleted.",
  UNAVAILABLE: "The coupon service isn't answering right now. Nothing was saved; try again in a moment.",
  UNAUTHENTICATED: "Your session has ended. Sign in again, then save.",
  PERMISSION_DENIED: "You don't have permission to change coupons.",
  INTERNAL: "Something went wrong on the server. Nothing was saved; try again.",
};

export const CODE_IN_USE = "This code is already in use";

export function invalidInput(violations: FieldViolation[]): ActionFailure {
  const { fieldErrors, general } = fieldErrorsOf(violations);
  const count = Object.keys(fieldErrors).length;
  const message = general[0] ?? (count === 1 ? "One field needs attention." : `${count} fields need attention.`);
  return { ok: false, code: "INVALID_ARGUMENT", message, ...(count ? { fieldErrors } : {}) };
}

export function invalidInputFromZod(error: z.ZodError): ActionFailure {
  return invalidInput(violationsFrom(error));
}

/** Any error thrown while saving → a failure the form can show. Unknown errors are logged, not shown. */
export function actionFailure(error: unknown): ActionFailure {
  if (!isCouponError(error)) {
    console.error("[coupons] action failed", error);
    return { ok: false, code: "INTERNAL", message: MESSAGES.INTERNAL! };
  }
  switch (error.code) {
    case "INVALID_ARGUMENT":
      return invalidInput(error.violations.length ? error.violations : [{ field: "", description: error.message }]);
    case "ALREADY_EXISTS":
      return { ok: false, code: error.code, message: `${CODE_IN_USE}. Choose another code.`, fieldErrors: { code: CODE_IN_USE } };
    case "FAILED_PRECONDITION":
      return { ok: false, code: error.code, message: error.message };
    default:
      return { ok: false, code: error.code, message: MESSAGES[error.code] ?? MESSAGES.INTERNAL! };
  }
}

/** Next's redirect()/notFound() signal by throwing; they must pass through an action untouched. */
export function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
