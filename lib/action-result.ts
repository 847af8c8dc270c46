// The one result shape every server action returns, so a form can map it back onto its fields.
// `fieldErrors` is keyed by the specification's field path (`code`, `scope.group.entityId`).

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export interface ActionFailure {
  ok: false;
  /** One clear sentence for the banner. */
  message: string;
  /** Problems that belong to one field, by field path; a path may carry one message or several. */
  fieldErrors?: Record<string, string | string[]>;
  /** The CouponError code behind the failure (UNAVAILABLE, ALREADY_EXISTS, …), when there is one. */
  code?: string;
}

/** The first message of a field error, whichever form it came in. */
export function firstMessage(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** An update refused because the coupon changed since the form opened it. */
export const CONFLICT_CODE = "FAILED_PRECONDITION";
