"use client";
// Opening details adds a history entry, so Back closes them; closing them goes back to that
// entry instead of adding one, so Back never reopens them. A drawer opened by a link has no
// entry of ours before it: closing it just drops it from the URL.
import { useCallback, useRef, useState } from "react";
import type { TableState } from "@/lib/coupons/table/table-state";
import type { Navigate } from "./use-table-url";

export function useDrawerHistory(state: TableState, current: () => TableState, navigate: Navigate) {
  // The drawer stays mounted once loaded, so closing it hands focus back as <dialog> does.
  const [drawerLoaded, setDrawerLoaded] = useState(state.coupon !== null);
  if (state.coupon !== null && !drawerLoaded) setDrawerLoaded(true);
  const drawerOpenedHere = useRef(false);
  const openCoupon = useCallback(
    (id: string) => {
      drawerOpenedHere.current = true;
      navigate({ ...current(), coupon: id });
    },
    [current, navigate],
  );
  const closeDrawer = () => {
    // Back itself may have closed them already (the URL has no coupon): nothing more to undo.
    if (current().coupon !== null) {
      if (drawerOpenedHere.current) window.history.back();
      else navigate({ ...current(), coupon: null }, "replace");
    }
    drawerOpenedHere.current = false;
  };
  return { drawerLoaded, openCoupon, closeDrawer };
}
