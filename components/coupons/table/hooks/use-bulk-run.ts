"use client";
// Bulk runs and deletes: what the bulk bar and the delete dialog act on. Rows seen on any page are
// remembered, so bulk results can name coupons selected on another page; a delete waits for the
// dialog's answer, and a deleted coupon's open details close.
import { useCallback, useEffect, useRef, useState } from "react";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import type { TableState } from "@/lib/coupons/table/table-state";
import { UNDO, type BulkKind, type BulkRun, type useCouponMutations } from "../use-coupon-mutations";
import type { useSelection } from "./use-selection";
import type { Navigate } from "./use-table-url";

interface BulkRunOptions {
  state: TableState;
  rows: CouponView[];
  selection: ReturnType<typeof useSelection>;
  mutations: ReturnType<typeof useCouponMutations>;
  current: () => TableState;
  navigate: Navigate;
}

export function useBulkRun({ state, rows, selection, mutations, current, navigate }: BulkRunOptions) {
  const seen = useRef(new Map<string, CouponView>());
  useEffect(() => rows.forEach((row) => seen.current.set(row.id, row)), [rows]);
  const [subjects, setSubjects] = useState<ReadonlyMap<string, CouponView>>(new Map());
  const selectedIds = [...selection.selection];
  const { unselect } = selection;

  const [toDelete, setToDelete] = useState<{ coupons: CouponView[]; bulk: boolean } | null>(null);
  // The dialog stays mounted once loaded, so closing it hands focus back as <dialog> does.
  const [confirmLoaded, setConfirmLoaded] = useState(false);
  if (toDelete !== null && !confirmLoaded) setConfirmLoaded(true);

  const requestDelete = useCallback((coupon: CouponView) => setToDelete({ coupons: [coupon], bulk: false }), []);

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
  const onUndo = (run: BulkRun) => {
    const back = UNDO[run.kind];
    if (back) void runBulk(back, run.changed);
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

  return {
    selectedIds,
    codeOf: (id: string) => subjects.get(id)?.code ?? id,
    onBulk,
    onUndo,
    toDelete,
    confirmLoaded,
    requestDelete,
    cancelDelete: () => setToDelete(null),
    confirmDelete,
  };
}
