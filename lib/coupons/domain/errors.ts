// Typed errors shared by every backend. The embedded store raises them, the Wix gateway maps
// Wix's answers onto them, and the emulator turns them back into Wix's own error bodies.

export const ERROR_CODES = [
  "INVALID_ARGUMENT",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "FAILED_PRECONDITION",
  "UNAVAILABLE",
  "UNAUTHENTICATED",
  "PERMISSION_DENIED",
  "INTERNAL",
] as const;
export type CouponErrorCode = (typeof ERROR_CODES)[number];

export interface FieldViolation {
  /** Dotted path inside the request, e.g. `scope.group.entityId`. Empty for the whole object. */
  field: string;
  description: string;
}

/**
 * Marks every CouponError, whichever copy of this module made it. Next.js bundles the
 * instrumentation hook (which creates the backend, cached on globalThis) apart from the pages, so
 * a page can meet errors from another copy of this class; a plain `instanceof` would miss them.
 */
const BRAND = Symbol.for("coupon-dashboard.CouponError");

export class CouponError extends Error {
  readonly code: CouponErrorCode;
  readonly violations: FieldViolation[];

  constructor(code: CouponErrorCode, message: string, violations: FieldViolation[] = []) {
    super(message);
    this.name = "CouponError";
    this.code = code;
    this.violations = violations;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

export function isCouponError(error: unknown): error is CouponError {
  return error instanceof CouponError;
}

export function invalidArgument(violations: FieldViolation[]): CouponError {
  const message = violations.map((v) => (v.field ? `${v.field}: ${v.description}` : v.description)).join("; ");
  return new CouponError("INVALID_ARGUMENT", message || "The request is not valid.", violations);
}

export function notFound(id: string): CouponError {
  return new CouponError("NOT_FOUND", `No coupon has the id "${id}".`);
}

export function codeTaken(code: string): CouponError {
  return new CouponError("ALREADY_EXISTS", `The code "${code}" is already used by another coupon.`, [
    { field: "code", description: "This code is already in use. Codes are unique regardless of case." },
  ]);
}
