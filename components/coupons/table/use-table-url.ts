"use client";
// The table's state is the URL: read through the shared parser, written with the History API.
// Next folds pushState/replaceState into its router, so useSearchParams follows along, back and
// forward work, and no server round trip happens; react-query fetches what the new state needs.
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseTableState, serialiseTableState, type Allowances, type TableState } from "@/lib/coupons/table-state";

export type Navigate = (next: TableState, how?: "push" | "replace") => void;

export function hrefFor(state: TableState): string {
  const query = serialiseTableState(state);
  return query ? `?${query}` : "?";
}

export function useTableUrl(allow: Allowances): [TableState, Navigate] {
  const params = useSearchParams();
  const state = useMemo(() => parseTableState(new URLSearchParams(params.toString()), allow), [params, allow]);
  const navigate = useCallback<Navigate>((next, how = "push") => {
    const query = serialiseTableState(next);
    const url = query ? `?${query}` : window.location.pathname;
    if (url === `${window.location.search}` || (!query && !window.location.search)) return;
    if (how === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);
  return [state, navigate];
}
