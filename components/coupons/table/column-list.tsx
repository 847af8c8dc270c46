"use client";
// The column picker's list, loaded when the picker first opens (see column-picker.tsx).
import type { Column } from "@tanstack/react-table";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { FIELD_DESCRIPTIONS } from "@/lib/coupons/domain/field-descriptions";
import type { FieldId } from "@/lib/coupons/domain/fields";
import type { Features } from "./columns";
import { useLocalCopy } from "./use-local-copy";

interface ColumnListProps {
  columns: Column<Features, CouponView>[];
  onReset: () => void;
}

export function ColumnList({ columns, onReset }: ColumnListProps) {
  const shown = columns
    .filter((c) => c.getIsVisible())
    .map((c) => c.id)
    .join(",");
  const [local, setLocal] = useLocalCopy(shown);
  const visible = new Set(local.split(","));
  const firstChoosable = columns.find((c) => c.getCanHide())?.id;
  return (
    <>
      <fieldset className="p-1.5">
        <legend className="px-2 pt-1 pb-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Visible columns</legend>
        <div className="max-h-80 overflow-auto">
          {columns.map((column) => {
            const description = FIELD_DESCRIPTIONS[column.id as FieldId] as string | undefined;
            const descriptionId = `column-${column.id}-description`;
            return (
              <div key={column.id} className={`rounded-md px-2 py-1.5 ${column.getCanHide() ? "hover:bg-zinc-50" : "text-zinc-500"}`}>
                <label className={`flex items-center gap-2.5 ${column.getCanHide() ? "cursor-pointer" : ""}`}>
                  <input
                    type="checkbox"
                    autoFocus={column.id === firstChoosable}
                    className="size-4 shrink-0 accent-brand-600 focus-ring"
                    checked={visible.has(column.id)}
                    disabled={!column.getCanHide()}
                    aria-describedby={description ? descriptionId : undefined}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setLocal(
                        columns
                          .filter((c) => (c.id === column.id ? on : visible.has(c.id)))
                          .map((c) => c.id)
                          .join(","),
                      );
                      column.toggleVisibility(on);
                    }}
                  />
                  <span>{column.columnDef.meta?.label ?? column.id}</span>
                </label>
                {description ? (
                  <p id={descriptionId} className="pl-6.5 text-xs text-zinc-500">
                    {description}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="border-t border-zinc-100 p-1.5">
        <button
          type="button"
          onClick={onReset}
          className="w-full rounded-md px-2 py-1.5 text-left text-sm text-zinc-600 hover:bg-zinc-50 focus-ring-inset"
        >
          Show the default columns
        </button>
      </div>
    </>
  );
}
