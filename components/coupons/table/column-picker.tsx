"use client";
// Show and hide columns. Every field of the collection is a column; the choice goes into the URL
// (so a shared link shows the same columns) and a cookie (so the next visit opens with it). The
// list loads when the picker first opens, keeping it out of the page's first load.
import type { Column } from "@tanstack/react-table";
import { lazy, Suspense } from "react";
import { Columns } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import type { Features } from "./columns";

const loadList = () => import("./column-list");
const ColumnList = lazy(() => loadList().then((m) => ({ default: m.ColumnList })));

interface ColumnPickerProps {
  columns: Column<Features, CouponView>[];
  onReset: () => void;
}

export function ColumnPicker({ columns, onReset }: ColumnPickerProps) {
  return (
    <Popover
      trigger={
        <>
          <Columns />
          <span>Columns</span>
        </>
      }
      align="end"
      panelClassName="w-64"
      onIntent={() => void loadList()}
    >
      <Suspense fallback={<p className="p-4 text-sm text-zinc-500">Loading columns…</p>}>
        <ColumnList columns={columns.filter((c) => c.id !== "select" && c.id !== "actions")} onReset={onReset} />
      </Suspense>
    </Popover>
  );
}
