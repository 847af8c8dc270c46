"use client";
// TanStack Table owns columns, sorting, visibility and selection; this wires it to the URL's sort
// and the column choice.
import { functionalUpdate, useTable, type SortingState } from "@tanstack/react-table";
import { useMemo } from "react";
import type { FieldId } from "@/lib/coupons/domain/fields";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import type { Allowances } from "@/lib/coupons/table/allowances";
import { TABLE_COLUMNS } from "@/lib/coupons/table/columns";
import type { TableState } from "@/lib/coupons/table/table-state";
import { buildColumns, features } from "../columns";
import type { Navigate } from "./use-table-url";

const getRowId = (row: CouponView) => row.id;

interface TableModelOptions {
  allow: Allowances;
  canEdit: boolean;
  state: TableState;
  rows: CouponView[];
  columnVisibility: Record<string, boolean>;
  setColumns: (columns: FieldId[] | null) => void;
  navigate: Navigate;
}

export function useCouponTableModel({ allow, canEdit, state, rows, columnVisibility, setColumns, navigate }: TableModelOptions) {
  const sorting = useMemo<SortingState>(() => state.sort.map((s) => ({ id: s.field, desc: s.order === "desc" })), [state.sort]);
  const columns = useMemo(() => buildColumns(allow, canEdit), [allow, canEdit]);
  return useTable({
    features,
    columns,
    data: rows,
    getRowId,
    state: { columnVisibility, sorting },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      setColumns(TABLE_COLUMNS.filter((id) => next[id] !== false));
    },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting);
      navigate({ ...state, page: 1, sort: next.map((s) => ({ field: s.id as FieldId, order: s.desc ? "desc" : "asc" })) });
    },
    manualSorting: true,
    enableMultiSort: true,
    maxMultiSortColCount: 3,
  });
}
