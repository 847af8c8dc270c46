import "server-only";
// Turns anything a server action or route handler can throw into the one refusal shape: domain
// violations become field errors keyed by field path, everything unexpected becomes one message
// with a reference to the server log (the details never reach the browser).
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { ActionResult, RefusalCode } from "@/lib/actions/result";
import { isCouponError, type FieldViolation } from "@/lib/coupons/domain/errors";
import { violationsFrom } from "@/lib/coupons/domain/specification";
import { isAccessDenied } from "../auth/access-denied";
import { DataRefusal, type DataRefusalCode } from "../refusal";
import { ActionRefusal } from "./action-refusal";

export { ActionRefusal };

type Refusal = Extract<ActionResult<never>, { ok: false }>;

/** The data access layer's refusals, as the user sees them: the same code, words and field errors. */
const DATA_REFUSAL_CODES: Record<DataRefusalCode, RefusalCode> = {
  INVALID: "INVALID",
  CONFLICT: "CONFLICT",
  NOT_FOUND: "NOT_FOUND",
};

/** Input wrappers (`specification.`, `changes.`) are not part of the field's path the form knows. */
const WRAPPERS = /^(specification|changes)(\.|$)/;

export function fieldErrorsFrom(violations: FieldViolation[]): { fieldErrors: Record<string, string[]>; general: string[] } {
  const fieldErrors: Record<string, string[]> = {};
  const general: string[] = [];
  for (const v of violations) {
    const field = v.field.replace(WRAPPERS, "");
    if (!field) general.push(v.description);
    else (fieldErrors[field] ??= []).push(v.description);
  }
  return { fieldErrors, general };
}

export function invalidInput(error: z.ZodError): Refusal {
  return fromViolations(violationsFrom(error));
}

function fromViolations(violations: FieldViolation[]): Refusal {
  const { fieldErrors, general } = fieldErrorsFrom(violations);
  const message = general.length > 0 ? general.join(" ") : "Check the highlighted fields.";
  return { ok: false, code: "INVALID", message, ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}) };
}

export function refusalFrom(error: unknown, context: string): Refusal {
  if (isAccessDenied(error)) return { ok: false, code: error.code, message: error.message };
  if (error instanceof ActionRefusal || error instanceof DataRefusal) {
    const code = error instanceof DataRefusal ? DATA_REFUSAL_CODES[error.code] : error.code;
    return { ok: false, code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
  }
  if (isCouponError(error)) {
    switch (error.code) {
      case "INVALID_ARGUMENT":
        return fromViolations(error.violations.length > 0 ? error.violations : [{ field: "", description: error.message }]);
      case "ALREADY_EXISTS": {
        const description = error.violations.find((v) => v.field === "code")?.description ?? error.message;
        return { ok: false, code: "CONFLICT", message: error.message, fieldErrors: { code: [description] } };
      }
      case "NOT_FOUND":
        return { ok: false, code: "NOT_FOUND", message: error.message };
      case "UNAVAILABLE":
        return { ok: false, code: "UNAVAILABLE", message: "The coupon service didn't answer. Nothing was saved; try again in a moment." };
      case "FAILED_PRECONDITION":
        // The coupon changed since it was read (see lib/server/coupons/checked-writes.ts).
        return { ok: false, code: "STALE", message: error.message };
      default:
        break;
    }
  }
  const reference = randomUUID().slice(0, 8);
  console.error(`[actions] ${context} failed (reference ${reference})`, error);
  return { ok: false, code: "ERROR", message: `Something went wrong on the server (reference ${reference}).` };
}
