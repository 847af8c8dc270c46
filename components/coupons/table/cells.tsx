"use client";
// Cell renderers: status badge, usage with a bar, dates with relative hints, the code that opens
// the details drawer. Text arrives ready-made from the server (lib/server/coupons/views.ts).
import type { MouseEvent } from "react";
import type { CouponView, DateView } from "@/lib/coupons/table/coupon-view";
import { StatusBadge } from "@/components/coupons/status-badge";
import { STATUS_LABELS } from "@/lib/coupons/domain/status";
import { useTableActions } from "./table-context";

export function EmptyValue() {
  return (
    <>
      <span aria-hidden="true" className="text-zinc-400">
        —
      </span>
      <span className="sr-only">None</span>
    </>
  );
}

export function TextCell({ text, mono = false }: { text: string | undefined; mono?: boolean }) {
  if (!text) return <EmptyValue />;
  return <span className={mono ? "font-mono text-xs text-zinc-600" : undefined}>{text}</span>;
}

export function CouponStatusBadge({ coupon }: { coupon: Pick<CouponView, "status"> }) {
  return <StatusBadge status={coupon.status} label={STATUS_LABELS[coupon.status]} />;
}

export function UsageCell({ coupon }: { coupon: CouponView }) {
  return (
    <div className="flex items-center gap-3">
      <UsageCount coupon={coupon} />
      {coupon.recentUse ? (
        // Drawn from points the server worked out: uses a day over the last 7 days.
        <svg viewBox="0 0 56 16" width="56" height="16" role="img" aria-label={coupon.recentUse.label} className="shrink-0 text-brand-500">
          <polyline points={coupon.recentUse.points} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
      ) : null}
    </div>
  );
}

function UsageCount({ coupon }: { coupon: CouponView }) {
  const { uses, usageLimit } = coupon;
  const share = usageLimit ? Math.min(1, uses / usageLimit) : 0;
  return (
    <div className="min-w-24">
      <div className="tabular-nums text-zinc-900">
        {uses.toLocaleString("en-US")}
        <span className="text-zinc-500"> of {usageLimit === null ? "∞" : usageLimit.toLocaleString("en-US")}</span>
      </div>
      {usageLimit !== null ? (
        <div aria-hidden="true" className="mt-1 h-1 w-full max-w-24 overflow-hidden rounded-full bg-zinc-200">
          <div
            className={`h-full rounded-full ${share >= 1 ? "bg-rose-500" : share >= 0.8 ? "bg-amber-500" : "bg-brand-500"}`}
            style={{ width: `${Math.max(share * 100, uses > 0 ? 4 : 0)}%` }}
          />
        </div>
      ) : null}
    </div>
  );
}

export function DateCell({ date, empty = "No end date" }: { date: DateView | undefined; empty?: string }) {
  if (!date) return <span className="text-zinc-500">{empty}</span>;
  return (
    <div className="whitespace-nowrap">
      <time dateTime={new Date(date.ms).toISOString()} className="tabular-nums text-zinc-800">
        {date.text}
      </time>
      {date.hint ? <div className="text-xs text-zinc-500">{date.hint}</div> : null}
    </div>
  );
}

export function CodeCell({ coupon }: { coupon: CouponView }) {
  const { couponHref, openCoupon } = useTableActions();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // A modified click opens the shareable link in a new tab, as a link should.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    openCoupon(coupon.id);
  };
  return (
    <a
      href={couponHref(coupon.id)}
      onClick={open}
      className="rounded-sm font-mono text-[13px] font-semibold text-zinc-900 underline-offset-2 hover:text-brand-600 hover:underline focus-ring"
    >
      {coupon.code}
    </a>
  );
}
