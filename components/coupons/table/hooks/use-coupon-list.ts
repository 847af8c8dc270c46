"use client";
// The list the table shows: react-query holds the pages (the first one hydrated from the server
// render, the previous one kept on screen while the next loads, the one after prefetched).
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useEffect } from "react";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { serialiseTableState, type TableState } from "@/lib/coupons/table/table-state";
import { couponListOptions } from "../coupon-queries";

const EMPTY_ROWS: CouponView[] = [];

export function useCouponList(state: TableState) {
  const queryClient = useQueryClient();
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

  return { list, page, rows, loading };
}
