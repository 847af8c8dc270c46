"use client";
// What the table's panel shows: the rows, or an error, the first load, an empty store, no match,
// or a page past the end.
import { lazy, Suspense } from "react";
import { withoutFilters, type TableState } from "@/lib/coupons/table/table-state";
import { DataTable, type CouponTableModel } from "./data-table";
import type { useCouponList } from "./hooks/use-coupon-list";
import { hrefFor, type Navigate } from "./hooks/use-table-url";
import { ErrorState, LoadingRows } from "./table-states";

// Loaded when first needed, not with the page: most visits never see them.
const EmptyState = lazy(() => import("./table-empty-states").then((m) => ({ default: m.EmptyState })));
const NoMatchState = lazy(() => import("./table-empty-states").then((m) => ({ default: m.NoMatchState })));
const PastEndState = lazy(() => import("./table-empty-states").then((m) => ({ default: m.PastEndState })));

interface TableBodyProps {
  data: ReturnType<typeof useCouponList>;
  state: TableState;
  table: CouponTableModel;
  selection: ReadonlySet<string>;
  canEdit: boolean;
  filtered: boolean;
  visibleCount: number;
  caption: string;
  navigate: Navigate;
  onClearFilters: () => void;
}

export function TableBody({
  data,
  state,
  table,
  selection,
  canEdit,
  filtered,
  visibleCount,
  caption,
  navigate,
  onClearFilters,
}: TableBodyProps) {
  const { list, page, rows, loading } = data;
  if (list.isError) return <ErrorState message={list.error.message} retrying={list.isFetching} onRetry={() => void list.refetch()} />;
  if (!page) return <LoadingRows columns={visibleCount} />;
  // Suspense only around these lazy states: a boundary around the table itself would let React
  // stream the (large) table after a fallback, which delays its first paint.
  if (page.total === 0)
    return (
      <Suspense fallback={null}>
        {filtered ? <NoMatchState clearHref={hrefFor(withoutFilters(state))} onClear={onClearFilters} /> : <EmptyState canEdit={canEdit} />}
      </Suspense>
    );
  if (rows.length === 0)
    return (
      <Suspense fallback={null}>
        <PastEndState
          lastPage={Math.ceil(page.total / state.pageSize)}
          onGo={() => navigate({ ...state, page: Math.ceil(page.total / state.pageSize) })}
        />
      </Suspense>
    );
  // On a phone the same table lays its rows out as cards (globals.css), so nothing scrolls sideways.
  return <DataTable table={table} selection={selection} busy={loading} caption={caption} />;
}
