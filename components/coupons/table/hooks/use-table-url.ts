"use client";
// The table's state is the URL: read through the shared parser, written with the History API.
//
// The table follows the address bar itself rather than Next's useSearchParams: Next learns of a
// pushState only once its router has patched history, after hydration, and applies it in a
// transition a moment later. A click just after the page loaded could change the URL without the
// table ever hearing of it. Here every write notifies the table at once (a synchronous store
// update), popstate covers Back and Forward, and Next still folds the change into its router when
// it can. No server round trip happens; react-query fetches what the new state needs.
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseTableState, serialiseTableState, type TableState } from "@/lib/coupons/table/table-state";
import type { Allowances } from "@/lib/coupons/table/allowances";

export type Navigate = (next: TableState, how?: "push" | "replace") => void;

const CHANGED = "coupons:table-url";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

const addressBarSearch = () => window.location.search.replace(/^\?/, "");

export function hrefFor(state: TableState): string {
  const query = serialiseTableState(state);
  return query ? `?${query}` : "?";
}

export function useTableUrl(allow: Allowances): [TableState, Navigate] {
  // The server render (and hydration) reads the request's query; the browser then reads its own.
  const requested = useSearchParams().toString();
  const search = useSyncExternalStore(subscribe, addressBarSearch, () => requested);
  const state = useMemo(() => parseTableState(new URLSearchParams(search), allow), [search, allow]);
  const navigate = useCallback<Navigate>((next, how = "push") => {
    const query = serialiseTableState(next);
    if (query === addressBarSearch()) return;
    const url = query ? `?${query}` : window.location.pathname;
    if (how === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [state, navigate];
}

/** Reads the state from the address bar as it is now, for handlers that run after a navigation. */
export function useCurrentState(allow: Allowances): () => TableState {
  return useCallback(() => parseTableState(new URLSearchParams(window.location.search), allow), [allow]);
}
