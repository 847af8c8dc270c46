"use client";
// Row checkboxes for bulk actions. Selection is a set of coupon ids kept by the table, not
// TanStack's row selection: rows come a page at a time from the server, so the selection has to
// outlive the rows on screen, and ids are all the bulk actions need.
import { useEffect, useRef } from "react";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { useTableActions } from "./table-context";

const BOX = "size-4 rounded border-zinc-300 accent-brand-600 focus-ring";

export function RowCheckbox({ coupon }: { coupon: CouponView }) {
  const { selection, select } = useTableActions();
  return (
    <input
      type="checkbox"
      className={BOX}
      checked={selection.has(coupon.id)}
      onChange={(event) => select([coupon.id], event.currentTarget.checked)}
      aria-label={`Select ${coupon.code}`}
    />
  );
}

export function PageCheckbox() {
  const { selection, select, pageIds } = useTableActions();
  const ref = useRef<HTMLInputElement>(null);
  const chosen = pageIds.filter((id) => selection.has(id)).length;
  const all = pageIds.length > 0 && chosen === pageIds.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={BOX}
      checked={all}
      disabled={pageIds.length === 0}
      onChange={(event) => select(pageIds, event.currentTarget.checked)}
      aria-label="Select all coupons on this page"
    />
  );
}
