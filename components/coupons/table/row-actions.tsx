"use client";
// A row's merchant actions: edit, duplicate, activate/deactivate, delete (which confirms first).
// Links to other pages are plain anchors on this route: everything on the table itself navigates
// in-page through the History API, so next/link's client router code would only weigh on /coupons.
import type { CouponView } from "@/lib/coupons/coupon-view";
import { Dots } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";
import { useTableActions } from "./table-context";

const ITEM =
  "flex w-full items-center rounded-md px-2.5 py-1.5 text-left text-sm hover:bg-zinc-100 focus-visible:bg-zinc-100 focus-ring-inset";

export function RowActions({ coupon }: { coupon: CouponView }) {
  const { setActive, requestDelete, pending } = useTableActions();
  const busy = pending.has(coupon.id);
  return (
    <Popover
      align="end"
      panelClassName="w-44"
      triggerLabel={`Actions for ${coupon.code}`}
      triggerClassName="inline-flex size-8 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-ring disabled:opacity-50"
      trigger={busy ? <span className="size-3.5 animate-spin rounded-full border-2 border-zinc-300 border-t-zinc-600" /> : <Dots />}
    >
      {(close) => (
        <ul className="p-1 text-zinc-800">
          <li>
            <a href={`/coupons/${encodeURIComponent(coupon.id)}/edit`} className={ITEM}>
              Edit
            </a>
          </li>
          <li>
            <a href={`/coupons/new?from=${encodeURIComponent(coupon.id)}`} className={ITEM}>
              Duplicate
            </a>
          </li>
          <li>
            <button
              type="button"
              className={ITEM}
              disabled={busy}
              onClick={() => {
                close();
                setActive(coupon, !coupon.active);
              }}
            >
              {coupon.active ? "Deactivate" : "Activate"}
            </button>
          </li>
          <li className="mt-1 border-t border-zinc-100 pt-1">
            <button
              type="button"
              className={`${ITEM} text-rose-700 hover:bg-rose-50 focus-visible:bg-rose-50`}
              disabled={busy}
              onClick={() => {
                close();
                requestDelete(coupon);
              }}
            >
              Delete…
            </button>
          </li>
        </ul>
      )}
    </Popover>
  );
}
