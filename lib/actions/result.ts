// The one result shape of every server action, shared with the client components that call them.
export type RefusalCode =
  | "UNAUTHENTICATED" // no valid session
  | "FORBIDDEN" // signed in, but the role doesn't allow it
  | "INVALID" // input failed validation; see fieldErrors
  | "CONFLICT" // e.g. the coupon code is taken
  | "STALE" // the coupon changed since the form read it; nothing was saved
  | "NOT_FOUND"
  | "THROTTLED"
  | "UNAVAILABLE" // the backend didn't answer; safe to retry
  | "ERROR";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: RefusalCode; message: string; fieldErrors?: Record<string, string[]> };

/** For forms driven by useActionState: no result yet. */
export type FormState<T> = ActionResult<T> | null;

export function fieldError(result: FormState<unknown>, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}

/** The first message of a field's errors. */
export function firstMessage(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
