"use client";
// The table's markup: a real <table> with a caption, a sticky header, sortable headers as buttons
// with aria-sort, and the page of rows. Rendering only; state lives in CouponTable.
import { FlexRender, type Header, type ReactTable, type Row } from "@tanstack/react-table";
import { memo } from "react";
import { SortAsc, SortDesc, SortNone } from "@/components/ui/icons";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import type { Features } from "./columns";

export type CouponTableModel = ReactTable<Features, CouponView>;

function HeaderCell({ header, table }: { header: Header<Features, CouponView, unknown>; table: CouponTableModel }) {
  const column = header.column;
  const meta = column.columnDef.meta;
  const sorted = column.getCanSort() ? column.getIsSorted() : false;
  const align = meta?.align === "end" ? "text-right" : "";
  return (
    <th
      scope="col"
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
      data-col={column.id}
      className={`${align} ${meta?.className ?? ""}`}
    >
      {column.getCanSort() ? (
        <button
          type="button"
          onClick={column.getToggleSortingHandler()}
          aria-describedby="sort-hint"
          className={`-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 uppercase hover:bg-zinc-200/60 hover:text-zinc-900 focus-ring-inset ${sorted ? "text-zinc-900" : ""}`}
        >
          {meta?.label ?? column.id}
          {sorted === "asc" ? <SortAsc /> : sorted === "desc" ? <SortDesc /> : <SortNone />}
        </button>
      ) : (
        <table.FlexRender header={header} />
      )}
    </th>
  );
}

/**
 * The body, memoised on what it shows: the page's rows, the visible columns and the selection.
 * A render that only marks the table busy (a click, before the next view is ready) skips it.
 */
const Rows = memo(function Rows({
  rows,
  selection,
}: {
  rows: Row<Features, CouponView>[];
  columns: string;
  selection: ReadonlySet<string>;
}) {
  return (
    <tbody>
      {rows.map((row) => {
        const selected = selection.has(row.id);
        return (
          <tr key={row.id} className={selected ? "bg-brand-50/70" : "hover:bg-zinc-50"}>
            {row.getVisibleCells().map((cell) => {
              const meta = cell.column.columnDef.meta;
              return (
                <td
                  key={cell.id}
                  data-col={cell.column.id}
                  className={
                    meta?.align === "end" || meta?.className
                      ? `${meta.align === "end" ? "text-right tabular-nums" : ""} ${meta.className ?? ""}`
                      : undefined
                  }
                >
                  <FlexRender cell={cell} />
                </td>
              );
            })}
          </tr>
        );
      })}
    </tbody>
  );
});

interface DataTableProps {
  table: CouponTableModel;
  selection: ReadonlySet<string>;
  caption: string;
  busy: boolean;
}

export function DataTable({ table, selection, caption, busy }: DataTableProps) {
  return (
    <div className="max-h-[calc(100dvh-15rem)] min-h-64 overflow-auto">
      <p id="sort-hint" hidden>
        Sorts the list. Press again to reverse or remove the order; Shift adds a second order.
      </p>
      {busy ? <div aria-hidden="true" className="busy-veil" /> : null}
      <table aria-busy={busy} className="data-table min-w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} table={table} />
              ))}
            </tr>
          ))}
        </thead>
        <Rows
          rows={table.getRowModel().rows}
          columns={table
            .getVisibleLeafColumns()
            .map((c) => c.id)
            .join(",")}
          selection={selection}
        />
      </table>
    </div>
  );
}
