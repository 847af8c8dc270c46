"use client";
// The coupon table. The URL is its state (one shared parser); react-query holds the pages (the
// first one hydrated from the server render, the previous one kept on screen while the next loads,
// the one after prefetched); TanStack Table owns columns, sorting, visibility and selection.
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { functionalUpdate, useTable, type SortingState } from "@tanstack/react-table";
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { Plus } from "@/components/ui/icons";
import { Toast } from "@/components/ui/toast";
import { rememberTableView } from "@/lib/client/table-view";
import type { CouponView, TableSetup } from "@/lib/coupons/table/coupon-view";
import { fieldById, type FieldId } from "@/lib/coupons/domain/fields";
import {
  allowancesFor,
  COLUMNS_COOKIE,
  DEFAULT_COLUMNS,
  isFiltered,
  parseTableState,
  serialiseTableState,
  TABLE_COLUMNS,
  withoutFilters,
} from "@/lib/coupons/table/table-state";
import { buildColumns, features } from "./columns";
import { couponListOptions } from "./coupon-queries";
import { DataTable } from "./data-table";
import { Pagination } from "./pagination";
import { QuickViews, quickViews } from "./quick-views";
import { TableActionsContext, type TableActions } from "./table-context";
import { ErrorState, LoadingRows } from "./table-states";
import { TableToolbar } from "./table-toolbar";
import { UNDO, useCouponMutations, type BulkKind } from "./use-coupon-mutations";
import { hrefFor, useTableUrl } from "./use-table-url";

// Loaded when first needed, not with the page: most visits never open details, select rows or
// delete; keeping them out of the first load keeps /coupons within its JavaScript budget.
const BulkBar = lazy(() => import("./bulk-bar").then((m) => ({ default: m.BulkBar })));
const ConfirmDelete = lazy(() => import("./confirm-delete").then((m) => ({ default: m.ConfirmDelete })));
const CouponDrawer = lazy(() => import("./coupon-drawer").then((m) => ({ default: m.CouponDrawer })));
const EmptyState = lazy(() => import("./table-empty-states").then((m) => ({ default: m.EmptyState })));
const NoMatchState = lazy(() => import("./table-empty-states").then((m) => ({ default: m.NoMatchState })));
const PastEndState = lazy(() => import("./table-empty-states").then((m) => ({ default: m.PastEndState })));
const CsvExport = lazy(() => import("./csv-export").then((m) => ({ default: m.CsvExport })));
// Only a filtered view has chips, so the plain list's first load doesn't carry them.
const FilterChips = lazy(() => import("./filter-chips").then((m) => ({ default: m.FilterChips })));

const EMPTY_ROWS: CouponView[] = [];
const getRowId = (row: CouponView) => row.id;
const labelOf = (field: FieldId) => fieldById(field)?.label ?? field;

function saveColumnChoice(columns: FieldId[] | null) {
  document.cookie = columns
    ? `${COLUMNS_COOKIE}=${columns.join(",")}; path=/; max-age=31536000; samesite=lax`
    : `${COLUMNS_COOKIE}=; path=/; max-age=0; samesite=lax`;
}

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
  const current = useCallback(() => parseTableState(new URLSearchParams(window.location.search), allow), [allow]);
  const queryClient = useQueryClient();
  // Leaving for a form and coming back returns to this view (the drawer aside).
  const viewQuery = serialiseTableState({ ...state, coupon: null });
  useEffect(() => rememberTableView(viewQuery), [viewQuery]);

  // The controls follow the URL at once; the list follows a moment later, in a background render,
  // so a click paints its feedback (the busy table, the sort arrow) before the list is rebuilt.
  const urlKey = serialiseTableState(state, "data");
  const dataKey = useDeferredValue(urlKey);
  const list = useQuery({ ...couponListOptions(dataKey), placeholderData: keepPreviousData });
  const loading = list.isPlaceholderData || dataKey !== urlKey;
  const page = list.data;
  const rows = page?.rows ?? EMPTY_ROWS;

  // Once a page is in, fetch the one after it, so "Next" answers from the cache.
  const nextKey =
    page && !loading && state.page * state.pageSize < page.total ? serialiseTableState({ ...state, page: state.page + 1 }, "data") : null;
  useEffect(() => {
    if (nextKey !== null) void queryClient.prefetchQuery(couponListOptions(nextKey));
  }, [nextKey, queryClient]);

  // The search box keeps what is typed. It starts over (new key) only when the URL's search changes
  // for another reason: a chip, "clear", a quick view, Back or Forward.
  const [typed, setTyped] = useState(state.search);
  const [seenSearch, setSeenSearch] = useState(state.search);
  const [searchEpoch, setSearchEpoch] = useState(0);
  if (state.search !== seenSearch) {
    setSeenSearch(state.search);
    if (state.search !== typed) {
      setTyped(state.search);
      setSearchEpoch((n) => n + 1);
    }
  }
  const onSearch = useCallback(
    (text: string, how: "push" | "replace") => {
      const search = text.trim().replace(/\s+/g, " ");
      setTyped(search);
      navigate({ ...current(), search, page: 1 }, how);
    },
    [current, navigate],
  );

  // Columns: the URL's choice, else the saved one, else the catalogue's defaults.
  const [cookieColumns, setCookieColumns] = useState(savedColumns);
  const visible = state.columns ?? cookieColumns ?? DEFAULT_COLUMNS;
  const columnVisibility = useMemo(() => Object.fromEntries(TABLE_COLUMNS.map((id) => [id, visible.includes(id)])), [visible]);
  const setColumns = (columns: FieldId[] | null) => {
    saveColumnChoice(columns);
    setCookieColumns(columns);
    navigate({ ...current(), columns }, "replace");
  };
  // A saved choice goes into the URL, so a link copied from this view shows these columns too.
  useEffect(() => {
    if (current().columns === null && cookieColumns) navigate({ ...current(), columns: cookieColumns }, "replace");
  }, [cookieColumns, current, navigate]);

  const sorting = useMemo<SortingState>(() => state.sort.map((s) => ({ id: s.field, desc: s.order === "desc" })), [state.sort]);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  // A selection belongs to the list it was made in: paging keeps it, but another search, filter or
  // sort starts over, so a bulk action never reaches coupons the merchant can no longer see.
  const listKey = serialiseTableState({ ...state, page: 1 }, "data");
  const [selectionKey, setSelectionKey] = useState(listKey);
  if (listKey !== selectionKey) {
    setSelectionKey(listKey);
    if (selection.size > 0) setSelection(new Set());
  }
  const select = useCallback((ids: readonly string[], on: boolean) => {
    setSelection((old) => {
      const next = new Set(old);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  }, []);
  const columns = useMemo(() => buildColumns(allow, canEdit), [allow, canEdit]);
  const table = useTable({
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

  // Rows seen on any page, so bulk results can name coupons selected on another page.
  const seen = useRef(new Map<string, CouponView>());
  useEffect(() => rows.forEach((row) => seen.current.set(row.id, row)), [rows]);
  const [subjects, setSubjects] = useState<ReadonlyMap<string, CouponView>>(new Map());
  const selectedIds = [...selection];
  const unselect = (ids: readonly string[]) => select(ids, false);
  const pageIds = useMemo(() => rows.map((r) => r.id), [rows]);

  const mutations = useCouponMutations();
  const { setActive: setCouponActive, pending: pendingChanges } = mutations;
  const [toDelete, setToDelete] = useState<{ coupons: CouponView[]; bulk: boolean } | null>(null);
  // Dialogs stay mounted once loaded, so closing one hands focus back as <dialog> does.
  const [drawerLoaded, setDrawerLoaded] = useState(state.coupon !== null);
  if (state.coupon !== null && !drawerLoaded) setDrawerLoaded(true);
  const [confirmLoaded, setConfirmLoaded] = useState(false);
  if (toDelete !== null && !confirmLoaded) setConfirmLoaded(true);
  const runBulk = async (kind: BulkKind, ids: string[]) => {
    const run = await mutations.runBulk(kind, ids);
    unselect(run.succeeded);
    if (kind === "delete" && state.coupon && run.succeeded.includes(state.coupon)) navigate({ ...current(), coupon: null });
  };
  const onBulk = (kind: BulkKind) => {
    const chosen = selectedIds.flatMap((id) => seen.current.get(id) ?? []);
    setSubjects(new Map(chosen.map((c) => [c.id, c])));
    if (kind === "delete") setToDelete({ coupons: chosen, bulk: true });
    else void runBulk(kind, selectedIds);
  };
  const confirmDelete = async () => {
    if (!toDelete) return;
    const { coupons, bulk } = toDelete;
    setToDelete(null);
    if (bulk)
      return runBulk(
        "delete",
        coupons.map((c) => c.id),
      );
    const [coupon] = coupons;
    if (coupon && (await mutations.remove(coupon))) {
      unselect([coupon.id]);
      if (current().coupon === coupon.id) navigate({ ...current(), coupon: null });
    }
  };

  // Opening details adds a history entry, so Back closes them; closing them goes back to that
  // entry instead of adding one, so Back never reopens them. A drawer opened by a link has no
  // entry of ours before it: closing it just drops it from the URL.
  const drawerOpenedHere = useRef(false);
  const closeDrawer = () => {
    // Back itself may have closed them already (the URL has no coupon): nothing more to undo.
    if (current().coupon !== null) {
      if (drawerOpenedHere.current) window.history.back();
      else navigate({ ...current(), coupon: null }, "replace");
    }
    drawerOpenedHere.current = false;
  };

  const actions = useMemo<TableActions>(
    () => ({
      canEdit,
      couponHref: (id) => hrefFor({ ...state, coupon: id }),
      openCoupon: (id) => {
        drawerOpenedHere.current = true;
        navigate({ ...current(), coupon: id });
      },
      setActive: (coupon, active) => void setCouponActive(coupon, active),
      requestDelete: (coupon) => setToDelete({ coupons: [coupon], bulk: false }),
      pending: pendingChanges,
      selection,
      select,
      pageIds,
    }),
    // Only what the cells read: the context changes when they must re-render, not every render.
    [canEdit, state, navigate, current, setCouponActive, pendingChanges, selection, select, pageIds],
  );

  const total = page?.total ?? 0;
  const filtered = isFiltered(state);
  const sortText = state.sort.map((s) => `${labelOf(s.field)} ${s.order === "desc" ? "descending" : "ascending"}`).join(", then ");
  const views = useMemo(() => quickViews(allow, setup.today), [allow, setup.today]);
  const clearFilters = () => navigate(withoutFilters(state));
  const [exportHref, setExportHref] = useState<string | null>(null);
  const endExport = useCallback(() => setExportHref(null), []);

  let body;
  if (list.isError) body = <ErrorState message={list.error.message} retrying={list.isFetching} onRetry={() => void list.refetch()} />;
  else if (!page) body = <LoadingRows columns={visible.length} />;
  // Suspense only around these lazy states: a boundary around the table itself would let React
  // stream the (large) table after a fallback, which delays its first paint.
  else if (page.total === 0)
    body = (
      <Suspense fallback={null}>
        {filtered ? <NoMatchState clearHref={hrefFor(withoutFilters(state))} onClear={clearFilters} /> : <EmptyState canEdit={canEdit} />}
      </Suspense>
    );
  else if (rows.length === 0)
    body = (
      <Suspense fallback={null}>
        <PastEndState
          lastPage={Math.ceil(page.total / state.pageSize)}
          onGo={() => navigate({ ...state, page: Math.ceil(page.total / state.pageSize) })}
        />
      </Suspense>
    );
  else {
    const caption = `Coupons${sortText ? `, sorted by ${sortText}` : ""}. Times in ${setup.zoneLabel}.`;
    // On a phone the same table lays its rows out as cards (globals.css), so nothing scrolls sideways.
    body = <DataTable table={table} selection={selection} busy={loading} caption={caption} />;
  }

  return (
    <TableActionsContext.Provider value={actions}>
      <section aria-labelledby="coupons-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 id="coupons-heading" className="text-2xl font-semibold tracking-tight text-zinc-900">
              Coupons
            </h1>
            <p className="mt-1 text-sm text-zinc-600">
              {page ? (
                <>
                  <span className="tabular-nums">{`${total.toLocaleString("en-US")} ${filtered ? "matching " : ""}coupon${total === 1 ? "" : "s"}`}</span>
                  <span aria-hidden="true"> · </span>
                </>
              ) : null}
              Times in {setup.zoneLabel}
            </p>
          </div>
          {canEdit ? (
            <a href="/coupons/new" className="btn-primary py-2">
              <Plus /> New coupon
            </a>
          ) : null}
        </div>
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
          onExport={setExportHref}
        />
        {exportHref ? (
          <Suspense fallback={null}>
            <CsvExport key={exportHref} href={exportHref} total={total} onDone={endExport} />
          </Suspense>
        ) : null}
        {filtered ? (
          <Suspense fallback={null}>
            <FilterChips state={state} labelOf={labelOf} onChange={navigate} onClearAll={clearFilters} />
          </Suspense>
        ) : null}
        {canEdit && (selectedIds.length > 0 || mutations.bulk) ? (
          <Suspense fallback={null}>
            <BulkBar
              selected={selectedIds.length}
              run={mutations.bulk}
              codeOf={(id) => subjects.get(id)?.code ?? id}
              onAction={onBulk}
              onClear={() => setSelection(new Set())}
              onDismiss={mutations.dismissBulk}
              onUndo={(run) => {
                const back = UNDO[run.kind];
                if (back) void runBulk(back, run.changed);
              }}
            />
          </Suspense>
        ) : null}
        <div className="relative overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm">
          {list.isFetching || loading ? (
            <div aria-hidden="true" className="absolute inset-x-0 top-0 z-20 h-0.5 animate-pulse bg-brand-500" />
          ) : null}
          {body}
          {/* Past the end, the panel says so and offers the last page; the pager would show that page's numbers. */}
          {page && total > 0 && rows.length > 0 ? <Pagination state={state} total={total} onChange={navigate} /> : null}
        </div>
        <p className="sr-only" aria-live="polite">
          {list.isFetching || loading ? "Loading coupons…" : page ? `${total} coupons${sortText ? `, sorted by ${sortText}` : ""}.` : ""}
        </p>
        <Toast notice={mutations.notice} onDismiss={mutations.dismissNotice} />
        {drawerLoaded ? (
          <Suspense fallback={null}>
            <CouponDrawer id={state.coupon} fromList={rows.find((r) => r.id === state.coupon)} canEdit={canEdit} onClose={closeDrawer} />
          </Suspense>
        ) : null}
        {confirmLoaded ? (
          <Suspense fallback={null}>
            <ConfirmDelete coupons={toDelete?.coupons ?? null} onCancel={() => setToDelete(null)} onConfirm={() => void confirmDelete()} />
          </Suspense>
        ) : null}
      </section>
    </TableActionsContext.Provider>
  );
}
