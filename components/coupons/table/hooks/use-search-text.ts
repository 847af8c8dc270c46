"use client";
// The search box keeps what is typed. It starts over (new key) only when the URL's search changes
// for another reason: a chip, "clear", a quick view, Back or Forward.
import { useCallback, useState } from "react";
import type { TableState } from "@/lib/coupons/table/table-state";
import type { Navigate } from "./use-table-url";

export function useSearchText(state: TableState, current: () => TableState, navigate: Navigate) {
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
  return { searchEpoch, onSearch };
}
