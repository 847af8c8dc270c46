import "server-only";
// Wix's error answers → CouponError, as the gateway reads them. The emulator writes Wix's bodies with
// its own codec (emulator/codec/responses.ts); errors.test.ts reads what it writes.
import { z } from "zod";
import { CouponError, ERROR_CODES, type CouponErrorCode, type FieldViolation } from "@/lib/coupons/domain/errors";

const violationSchema = z.object({ field: z.string().nullish(), description: z.string().nullish() });
const applicationErrorSchema = z.object({
  code: z.string().nullish(),
  description: z.string().nullish(),
  data: z
    .object({ fieldViolations: z.array(violationSchema).nullish() })
    .passthrough()
    .nullish(),
});
const errorBodySchema = z.object({
  message: z.string().nullish(),
  details: z
    .object({
      applicationError: applicationErrorSchema.nullish(),
      validationError: z.object({ fieldViolations: z.array(violationSchema).nullish() }).nullish(),
    })
    .nullish(),
});

/** Field names back to the specification's own (`specification.code` → `code`). */
const fromWixField = (field: string | null | undefined): string =>
  field === "specification" ? "" : (field ?? "").replace(/^specifications?(\[\d+\])?\./, "");

const fromWixViolations = (violations: z.infer<typeof violationSchema>[] | null | undefined): FieldViolation[] =>
  (violations ?? []).map((v) => ({ field: fromWixField(v.field), description: v.description ?? "This value is not accepted." }));

export function codeForStatus(status: number): CouponErrorCode {
  if (status === 400 || status === 422) return "INVALID_ARGUMENT";
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 403) return "PERMISSION_DENIED";
  if (status === 404) return "NOT_FOUND";
  if (status === 409) return "ALREADY_EXISTS";
  if (status === 412 || status === 428) return "FAILED_PRECONDITION";
  if (status === 500) return "INTERNAL";
  if (status === 429 || status >= 500) return "UNAVAILABLE";
  return "INVALID_ARGUMENT";
}

/** What a merchant can do about an error that comes from the connection rather than the coupon. */
const HINTS: Partial<Record<CouponErrorCode, string>> = {
  UNAUTHENTICATED: "Wix did not accept the API key; check WIX_API_KEY.",
  PERMISSION_DENIED: "The API key may not use this site or this call; check WIX_SITE_ID and the key's permissions (Manage Coupons).",
};

/** The typed error for a Wix error answer. The status decides the code; the body gives message and fields. */
export function fromWixError(status: number, body: unknown): CouponError {
  const code = codeForStatus(status);
  const parsed = errorBodySchema.safeParse(body);
  const details = parsed.success ? parsed.data.details : undefined;
  const app = details?.applicationError;
  const violations = [...fromWixViolations(details?.validationError?.fieldViolations), ...fromWixViolations(app?.data?.fieldViolations)];
  const said = (parsed.success ? parsed.data.message : undefined) || app?.description || `Wix answered with status ${status}.`;
  const message = HINTS[code] ? `${said} ${HINTS[code]}` : said;
  if (code === "INVALID_ARGUMENT" && violations.length === 0) violations.push({ field: "", description: said });
  return new CouponError(code, message, violations);
}

/**
 * A bulk item's error back to a typed code. Wix names item errors freely, so names that aren't
 * ours are read by their wording; anything else about one item is most likely its input [guess].
 */
export function fromWixItemError(error: z.infer<typeof applicationErrorSchema> | null | undefined): {
  code: CouponErrorCode;
  description: string;
  violations: FieldViolation[];
} {
  const name = (error?.code ?? "").toUpperCase();
  const code: CouponErrorCode = (ERROR_CODES as readonly string[]).includes(name)
    ? (name as CouponErrorCode)
    : /NOT_FOUND/.test(name)
      ? "NOT_FOUND"
      : /ALREADY_EXISTS|DUPLICATE/.test(name)
        ? "ALREADY_EXISTS"
        : "INVALID_ARGUMENT";
  return { code, description: error?.description ?? "This item failed.", violations: fromWixViolations(error?.data?.fieldViolations) };
}

export { applicationErrorSchema };
