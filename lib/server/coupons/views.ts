import "server-only";
// A coupon in the merchant's words, for the table, the drawer and the CSV: every column's text
// made here, once, in the merchant's time zone and currency (scope, Buy X get Y and displayData
// in words, never as JSON).
import type { CouponView, DateView } from "@/lib/coupons/table/coupon-view";
import { formatDateTime, relativeHint } from "@/lib/coupons/time/dates";
import type { FieldId } from "@/lib/coupons/domain/fields";
import { describeScope, describeValue, formatMoney, formatPercent } from "@/lib/coupons/domain/format";
import type { Coupon } from "@/lib/coupons/domain/model";
import { STATUS_LABELS, statusOf } from "@/lib/coupons/domain/status";

export interface ViewContext {
  now: number;
  timeZone: string;
  currency: string;
}

const yesNo = (value: boolean | undefined) => (value ? "Yes" : "No");

function dateView(ms: number, ctx: ViewContext, hint: string | null): DateView {
  return { ms, text: formatDateTime(ms, ctx.timeZone), hint };
}

export function couponView(coupon: Coupon, ctx: ViewContext): CouponView {
  const spec = coupon.specification;
  const money = (amount: number | undefined) => (amount === undefined ? "" : formatMoney(amount, ctx.currency));
  const status = statusOf(coupon, ctx.now);
  const start = dateView(spec.startTime, ctx, spec.startTime > ctx.now ? relativeHint(spec.startTime, ctx.now, "starts", "started") : null);
  const end =
    spec.expirationTime === undefined
      ? undefined
      : dateView(spec.expirationTime, ctx, relativeHint(spec.expirationTime, ctx.now, "ends", "ended"));
  const created = dateView(coupon.dateCreated, ctx, null);
  const item = coupon.displayData?.name ? [coupon.displayData.name, coupon.displayData.formattedPrice].filter(Boolean).join(" · ") : "";

  const text: Partial<Record<FieldId, string>> = {
    _id: coupon.id,
    name: spec.name,
    code: spec.code,
    usageLimit: spec.usageLimit === undefined ? "No limit" : String(spec.usageLimit),
    limitPerCustomer: spec.limitPerCustomer === undefined ? "No limit" : String(spec.limitPerCustomer),
    appliesToSubscriptions: yesNo(spec.appliesToSubscriptions),
    limitedToOneItem: yesNo(spec.limitedToOneItem),
    active: spec.active === false ? "Off" : "On",
    minimumSubtotal: money(spec.minimumSubtotal),
    scope: describeScope(spec, coupon.displayData, ctx.currency),
    type: describeValue(spec, ctx.currency),
    buyXGetY: spec.buyXGetY ? `Buy ${spec.buyXGetY.x}, get ${spec.buyXGetY.y} free` : "",
    fixedPriceAmount: money(spec.fixedPriceAmount),
    freeShipping: yesNo(spec.freeShipping),
    moneyOffAmount: money(spec.moneyOffAmount),
    percentOffRate: spec.percentOffRate === undefined ? "" : formatPercent(spec.percentOffRate),
    numberOfUsages: `${coupon.numberOfUsages} of ${spec.usageLimit ?? "∞"}`,
    expired: yesNo(coupon.expired),
    displayData: item,
    appId: coupon.appId ?? "Site owner",
    status: STATUS_LABELS[status],
  };

  // Only what has a value travels: every page of the table carries this for each row.
  for (const key of Object.keys(text) as FieldId[]) if (!text[key]) delete text[key];
  return {
    id: coupon.id,
    code: spec.code,
    name: spec.name,
    type: spec.type,
    status,
    active: spec.active !== false,
    uses: coupon.numberOfUsages,
    usageLimit: spec.usageLimit ?? null,
    text,
    dates: { startTime: start, ...(end ? { expirationTime: end } : {}), _dateCreated: created },
    discountedCycleCount: spec.discountedCycleCount ?? null,
  };
}
