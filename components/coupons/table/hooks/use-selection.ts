"use client";
// Selected coupon ids, across pages. A selection belongs to the list it was made in: paging keeps
// it, but another search, filter or sort starts over, so a bulk action never reaches coupons the
// merchant can no longer see.
import { useCallback, useState } from "react";
import { serialiseTableState, type TableState } from "@/lib/coupons/table/table-state";

export function useSelection(state: TableState) {
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
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
  const unselect = (ids: readonly string[]) => select(ids, false);
  const clear = () => setSelection(new Set());
  return { selection, select, unselect, clear };
}
