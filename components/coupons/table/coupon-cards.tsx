"use client";
// The list on a phone: one card per coupon with what support looks for first (the code, its status
// and uses against the limit), then the name, the discount and the end, so nothing needs a sideways
// scroll. Same rows, same actions and selection as the table, which takes over from md up.
import { memo } from "react";
import type { CouponView } from "@/lib/coupons/coupon-view";
import { CodeCell, CouponStatusBadge, DateCell, UsageCell } from "./cells";
import { RowActions } from "./row-actions";
import { PageCheckbox, RowCheckbox } from "./selection";

export const CouponCards = memo(function CouponCards({ rows, canEdit, caption }: { rows: CouponView[]; canEdit: boolean; caption: string }) {
  return (
    <div className="md:hidden">
      {canEdit ? (
        <label className="flex items-center gap-2 border-b border-zinc-200 px-4 py-2 text-sm text-zinc-700">
          <PageCheckbox /> Select this page
        </label>
      ) : null}
      <ul aria-label={caption} className="divide-y divide-zinc-100">
        {rows.map((coupon) => (
          <li key={coupon.id} className="flex gap-3 px-4 py-3">
            {canEdit ? (
              <div className="pt-1">
                <RowCheckbox coupon={coupon} />
              </div>
            ) : null}
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex items-center justify-between gap-2">
                <CodeCell coupon={coupon} />
                <CouponStatusBadge coupon={coupon} />
              </div>
              <div className="flex items-start justify-between gap-3 text-sm">
                <p className="min-w-0 truncate text-zinc-700">{coupon.name}</p>
                <div className="shrink-0 text-right">
                  <UsageCell coupon={coupon} />
                </div>
              </div>
              <p className="flex flex-wrap gap-x-2 text-xs text-zinc-500">
                <span>{coupon.text.type}</span>
                <span aria-hidden="true">·</span>
                <span>{coupon.text.scope}</span>
              </p>
              <div className="text-xs text-zinc-500">
                <span className="sr-only">Ends: </span>
                <DateCell date={coupon.dates.expirationTime} />
              </div>
            </div>
            {canEdit ? (
              <div className="-mr-2">
                <RowActions coupon={coupon} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
});
