import "server-only";
// Data access for the coupon list: the gateway's answer shaped into rows the page can render.
import { describeScope, describeValue } from "@/lib/coupons/format";
import { formatDateTime, relativeHint, zoneLabel } from "@/lib/coupons/dates";
import { availableViews, resolveView, viewQuery } from "@/lib/coupons/views";
import { STATUS_LABELS, statusOf, type CouponStatus } from "@/lib/coupons/status";
import { authorize } from "./auth/guards";
import { couponGateway } from "./backend";
import { merchantCurrency, merchantTimeZone } from "./config";

export interface CouponListRow {
  id: string;
  code: string;
  name: string;
  value: string;
  appliesTo: string;
  status: CouponStatus;
  active: boolean;
  statusLabel: string;
  uses: string;
  starts: string;
  ends: string;
  endsHint: string | null;
}

export interface CouponListPage {
  rows: CouponListRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  timeZone: string;
  backendLabel: string;
  /** The views this backend can answer, and the one shown. */
  views: { id: string; label: string }[];
  view: string;
}

export const LIST_PAGE_SIZE = 25;

export async function listCoupons(page: number, viewId?: string): Promise<CouponListPage> {
  await authorize("coupons:read");
  const gateway = couponGateway();
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  const now = Date.now();
  const view = resolveView(viewId, gateway.capabilities, now);
  const query = viewQuery(view, now, { limit: LIST_PAGE_SIZE, offset: (safePage - 1) * LIST_PAGE_SIZE });
  const { items, totalResults } = await gateway.query(query);
  const timeZone = merchantTimeZone();
  const currency = merchantCurrency();
  const rows = items.map((coupon): CouponListRow => {
    const spec = coupon.specification;
    const status = statusOf(coupon, now);
    return {
      id: coupon.id,
      code: spec.code,
      name: spec.name,
      value: describeValue(spec, currency),
      appliesTo: describeScope(spec, coupon.displayData, currency),
      status,
      active: spec.active !== false,
      statusLabel: STATUS_LABELS[status],
      uses: `${coupon.numberOfUsages} of ${spec.usageLimit ?? "∞"}`,
      starts: formatDateTime(spec.startTime, timeZone),
      ends: spec.expirationTime === undefined ? "No end date" : formatDateTime(spec.expirationTime, timeZone),
      endsHint: spec.expirationTime === undefined ? null : relativeHint(spec.expirationTime, now, "ends", "ended"),
    };
  });
  return {
    rows,
    total: totalResults,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(totalResults / LIST_PAGE_SIZE)),
    pageSize: LIST_PAGE_SIZE,
    timeZone: zoneLabel(timeZone, now),
    backendLabel: gateway.label,
    views: availableViews(gateway.capabilities, now).map(({ id, label }) => ({ id, label })),
    view: view.id,
  };
}
