"use client";
// Show and hide columns. Every field of the collection is a column; the choice goes into the URL
// (so a shared link shows the same columns) and a cookie (so the next visit opens with it).
import type { Column } from "@tanstack/react-table";
import { Columns } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";
import type { CouponView } from "@/lib/coupons/coupon-view";
import type { Features } from "./columns";

interface ColumnPickerProps {
  columns: Column<Features, CouponView>[];
  onReset: () => void;
}

export function ColumnPicker({ columns, onReset }: ColumnPickerProps) {
  const choosable = columns.filter((c) => c.id !== "select" && c.id !== "actions");
  return (
    <Popover trigger={<><Columns /><span>Columns</span></>} align="end" panelClassName="w-64">
      <fieldset className="p-1.5">
        <legend className="px-2 pt-1 pb-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Visible columns</legend>
        <div className="max-h-80 overflow-auto">
          {choosable.map((column) => (
            <label key={column.id} className={`flex items-center gap-2.5 rounded-md px-2 py-1.5 ${column.getCanHide() ? "cursor-pointer hover:bg-zinc-50" : "text-zinc-500"}`}>
              <input
                type="checkbox"
                className="size-4 accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                checked={column.getIsVisible()}
                disabled={!column.getCanHide()}
                onChange={(event) => column.toggleVisibility(event.currentTarget.checked)}
              />
              <span>{column.columnDef.meta?.label ?? column.id}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="border-t border-zinc-100 p-1.5">
        <button type="button" onClick={onReset} className="w-full rounded-md px-2 py-1.5 text-left text-sm text-zinc-600 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-brand-600">
          Show the default columns
        </button>
      </div>
    </Popover>
  );
}
