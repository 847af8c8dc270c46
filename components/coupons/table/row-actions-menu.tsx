"use client";
// The items of a row's actions menu, loaded the first time a menu opens (row-actions.tsx).
// Links to other pages are plain anchors on this route: everything on the table itself navigates
// in-page through the History API, so next/link's client router code would only weigh on /coupons.
import { useEffect, useRef } from "react";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { useTableActions } from "./table-context";

const ITEM =
  "flex w-full items-center rounded-md px-2.5 py-1.5 text-left text-sm hover:bg-zinc-100 focus-visible:bg-zinc-100 focus-ring-inset";

export function RowActionsMenu({ coupon, close }: { coupon: CouponView; close: () => void }) {
  const { setActive, requestDelete, pending } = useTableActions();
  const busy = pending.has(coupon.id);
  // Loaded after the menu opened, so it takes the focus itself (see popover.tsx).
  const first = useRef<HTMLAnchorElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <ul className="p-1 text-zinc-800">
      <li>
        <a ref={first} href={`/coupons/${encodeURIComponent(coupon.id)}/edit`} className={ITEM}>
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
  );
}
