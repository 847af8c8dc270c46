// Named views of the coupon list that support staff ask for. A view is offered only when the active
// backend can answer its query correctly (its capabilities); otherwise it isn't shown at all.
import { supportsQuery } from "./capabilities";
import type { BackendCapabilities } from "./gateway";
import { parseQuery, type CouponQuery } from "./query";

export interface CouponView {
  id: string;
  label: string;
  /** The view's filter and sort at `now`, in Wix's JSON (collection names). */
  raw(now: number): { filter?: Record<string, unknown>; sort?: { fieldName: string; order: "ASC" | "DESC" }[] };
}

export const COUPON_VIEWS: readonly CouponView[] = [
  { id: "all", label: "All coupons", raw: () => ({}) },
  { id: "most-used", label: "Most used", raw: () => ({ sort: [{ fieldName: "numberOfUsages", order: "DESC" }, { fieldName: "code", order: "ASC" }] }) },
  {
    id: "expiring-soon",
    label: "Expiring soon",
    raw: (now) => ({
      filter: { expirationTime: { $gt: now } },
      sort: [{ fieldName: "expirationTime", order: "ASC" }, { fieldName: "code", order: "ASC" }],
    }),
  },
];

export const DEFAULT_VIEW = COUPON_VIEWS[0]!;

export function viewQuery(view: CouponView, now: number, paging: { limit: number; offset: number }): CouponQuery {
  return parseQuery({ ...view.raw(now), paging });
}

/** The views this backend can answer. */
export function availableViews(capabilities: BackendCapabilities, now = Date.now()): CouponView[] {
  return COUPON_VIEWS.filter((view) => supportsQuery(capabilities, viewQuery(view, now, { limit: 1, offset: 0 })));
}

/** The view asked for if this backend offers it, else the default; an unknown id is never run. */
export function resolveView(id: string | undefined, capabilities: BackendCapabilities, now = Date.now()): CouponView {
  return availableViews(capabilities, now).find((view) => view.id === id) ?? DEFAULT_VIEW;
}
