"use client";
// Row checkboxes for bulk actions. Selection is by coupon id, so it survives paging; the header box
// selects the page on screen (a server-paged table has no other rows loaded).
import type { Row, Table } from "@tanstack/react-table";
import { useEffect, useRef } from "react";
import type { CouponView } from "@/lib/coupons/coupon-view";
import type { Features } from "./columns";

const BOX = "size-4 rounded border-zinc-300 accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

export function RowCheckbox({ row }: { row: Row<Features, CouponView> }) {
  return (
    <input
      type="checkbox"
      className={BOX}
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
      aria-label={`Select ${row.original.code}`}
    />
  );
}

export function PageCheckbox({ table }: { table: Table<Features, CouponView> }) {
  const ref = useRef<HTMLInputElement>(null);
  const all = table.getIsAllPageRowsSelected();
  const some = table.getIsSomePageRowsSelected();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all;
  }, [some, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={BOX}
      checked={all}
      disabled={table.getRowModel().rows.length === 0}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
      aria-label="Select all coupons on this page"
    />
  );
}
