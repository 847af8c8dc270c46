"use client";
// The coupon table. The URL is its state (one shared parser); react-query holds the pages; TanStack
// Table owns columns, sorting, visibility and selection. Each concern lives in a hook of its own
// (./hooks); this component lays them out.
import { lazy, Suspense, useEffect, useMemo } from "react";
import { Toast } from "@/components/ui/toast";
import { rememberTableView } from "@/lib/client/table-view";
import type { TableSetup } from "@/lib/coupons/table/coupon-view";
import { labelOf, type FieldId } from "@/lib/coupons/domain/fields";
import { allowancesFor } from "@/lib/coupons/table/allowances";
import { isFiltered, serialiseTableState, withoutFilters } from "@/lib/coupons/table/table-state";
import { useBulkRun } from "./hooks/use-bulk-run";
import { useColumnChoice } from "./hooks/use-column-choice";
import { useCouponList } from "./hooks/use-coupon-list";
import { useCouponTableModel } from "./hooks/use-coupon-table-model";
import { useDrawerHistory } from "./hooks/use-drawer-history";
import { useExport } from "./hooks/use-export";
import { useSearchText } from "./hooks/use-search-text";
import { useSelection } from "./hooks/use-selection";
import { hrefFor, useCurrentState, useTableUrl } from "./hooks/use-table-url";
import { Pagination } from "./pagination";
import { QuickViews, quickViews } from "./quick-views";
import { TableActionsContext, type TableActions } from "./table-context";
import { TableBody } from "./table-body";
import { TableHeading } from "./table-heading";
import { TableToolbar } from "./table-toolbar";
import { useCouponMutations } from "./use-coupon-mutations";

// Loaded when first needed, not with the page: most visits never open details, select rows or
// delete; keeping them out of the first load keeps /coupons within its JavaScript budget.
const BulkBar = lazy(() => import("./bulk-bar").then((m) => ({ default: m.BulkBar })));
const ConfirmDelete = lazy(() => import("./confirm-delete").then((m) => ({ default: m.ConfirmDelete })));
const CouponDrawer = lazy(() => import("./coupon-drawer").then((m) => ({ default: m.CouponDrawer })));
const CsvExport = lazy(() => import("./csv-export").then((m) => ({ default: m.CsvExport })));
// Only a filtered view has chips, so the plain list's first load doesn't carry them.
const FilterChips = lazy(() => import("./filter-chips").then((m) => ({ default: m.FilterChips })));

interface CouponTableProps {
  setup: TableSetup;
  /** Merchants change coupons; support staff only look. */
  canEdit: boolean;
  /** The merchant's saved column choice, read from the cookie by the server. */
  savedColumns: FieldId[] | null;
}

export function CouponTable({ setup, canEdit, savedColumns }: CouponTableProps) {
  const allow = useMemo(() => allowancesFor(setup.capabilities), [setup.capabilities]);
  const [state, navigate] = useTableUrl(allow);
  const current = useCurrentState(allow);
  // Leaving for a form and coming back returns to this view (the drawer aside).
  const viewQuery = serialiseTableState({ ...state, coupon: null });
  useEffect(() => rememberTableView(viewQuery), [viewQuery]);

  const data = useCouponList(state);
  const { list, page, rows, loading } = data;
  const { searchEpoch, onSearch } = useSearchText(state, current, navigate);
  const { visible, columnVisibility, setColumns } = useColumnChoice(state, savedColumns, current, navigate);
  const selection = useSelection(state);
  const table = useCouponTableModel({ allow, canEdit, state, rows, columnVisibility, setColumns, navigate });
  const mutations = useCouponMutations();
  const bulk = useBulkRun({ state, rows, selection, mutations, current, navigate });
  const drawer = useDrawerHistory(state, current, navigate);
  const csv = useExport();

  const { setActive: setCouponActive, pending: pendingChanges } = mutations;
  const { selection: selected, select } = selection;
  const { openCoupon } = drawer;
  const { requestDelete } = bulk;
  const pageIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const actions = useMemo<TableActions>(
    () => ({
      canEdit,
      couponHref: (id) => hrefFor({ ...state, coupon: id }),
      openCoupon,
      setActive: (coupon, active) => void setCouponActive(coupon, active),
      requestDelete,
      pending: pendingChanges,
      selection: selected,
      select,
      pageIds,
    }),
    // Only what the cells read: the context changes when they must re-render, not every render.
    [canEdit, state, openCoupon, setCouponActive, requestDelete, pendingChanges, selected, select, pageIds],
  );

  const total = page?.total ?? 0;
  const filtered = isFiltered(state);
  const sortText = state.sort.map((s) => `${labelOf(s.field)} ${s.order === "desc" ? "descending" : "ascending"}`).join(", then ");
  const views = useMemo(() => quickViews(allow, setup.today), [allow, setup.today]);
  const clearFilters = () => navigate(withoutFilters(state));
  const busy = list.isFetching || loading;

  return (
    <TableActionsContext.Provider value={actions}>
      <section aria-labelledby="coupons-heading" className="space-y-4">
        <TableHeading total={page ? total : null} filtered={filtered} zoneLabel={setup.zoneLabel} canEdit={canEdit} />
        <QuickViews views={views} current={state} onSelect={(next) => navigate({ ...next, coupon: null })} />
        <TableToolbar
          table={table}
          allow={allow}
          state={state}
          visibleColumns={visible}
          zoneLabel={setup.zoneLabel}
          searchEpoch={searchEpoch}
          onSearch={onSearch}
          onChange={navigate}
          onResetColumns={() => setColumns(null)}
          onExport={csv.startExport}
        />
        {csv.exportHref ? (
          <Suspense fallback={null}>
            <CsvExport key={csv.exportHref} href={csv.exportHref} total={total} onDone={csv.endExport} />
          </Suspense>
        ) : null}
        {filtered ? (
          <Suspense fallback={null}>
            <FilterChips state={state} labelOf={labelOf} onChange={navigate} onClearAll={clearFilters} />
          </Suspense>
        ) : null}
        {canEdit && (bulk.selectedIds.length > 0 || mutations.bulk) ? (
          <Suspense fallback={null}>
            <BulkBar
              selected={bulk.selectedIds.length}
              run={mutations.bulk}
              codeOf={bulk.codeOf}
              onAction={bulk.onBulk}
              onClear={selection.clear}
              onDismiss={mutations.dismissBulk}
              onUndo={bulk.onUndo}
            />
          </Suspense>
        ) : null}
        <div className="relative overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm">
          {busy ? <div aria-hidden="true" className="absolute inset-x-0 top-0 z-20 h-0.5 animate-pulse bg-brand-500" /> : null}
          <TableBody
            data={data}
            state={state}
            table={table}
            selection={selected}
            canEdit={canEdit}
            filtered={filtered}
            visibleCount={visible.length}
            caption={`Coupons${sortText ? `, sorted by ${sortText}` : ""}. Times in ${setup.zoneLabel}.`}
            navigate={navigate}
            onClearFilters={clearFilters}
          />
          {/* Past the end, the panel says so and offers the last page; the pager would show that page's numbers. */}
          {page && total > 0 && rows.length > 0 ? <Pagination state={state} total={total} onChange={navigate} /> : null}
        </div>
        <p className="sr-only" aria-live="polite">
          {busy ? "Loading coupons…" : page ? `${total} coupons${sortText ? `, sorted by ${sortText}` : ""}.` : ""}
        </p>
        <Toast notice={mutations.notice} onDismiss={mutations.dismissNotice} />
        {drawer.drawerLoaded ? (
          <Suspense fallback={null}>
            <CouponDrawer
              id={state.coupon}
              fromList={rows.find((r) => r.id === state.coupon)}
              canEdit={canEdit}
              onClose={drawer.closeDrawer}
            />
          </Suspense>
        ) : null}
        {bulk.confirmLoaded ? (
          <Suspense fallback={null}>
            <ConfirmDelete
              coupons={bulk.toDelete?.coupons ?? null}
              onCancel={bulk.cancelDelete}
              onConfirm={() => void bulk.confirmDelete()}
            />
          </Suspense>
        ) : null}
      </section>
    </TableActionsContext.Provider>
  );
}
