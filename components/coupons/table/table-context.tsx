"use client";
// What cells and row actions need from the table that owns them, without rebuilding the column
// definitions (which would invalidate TanStack Table's models) whenever the URL changes.
import { createContext, useContext } from "react";
import type { CouponView } from "@/lib/coupons/table/coupon-view";

export interface TableActions {
  canEdit: boolean;
  /** The URL of this view with the coupon's details drawer open: a shareable link. */
  couponHref: (id: string) => string;
  openCoupon: (id: string) => void;
  setActive: (coupon: CouponView, active: boolean) => void;
  requestDelete: (coupon: CouponView) => void;
  /** Coupons with a change on its way, shown as busy. */
  pending: ReadonlySet<string>;
  /** Selected coupon ids, across pages. */
  selection: ReadonlySet<string>;
  select: (ids: readonly string[], on: boolean) => void;
  /** The ids of the rows on screen, for "select this page". */
  pageIds: readonly string[];
}

export const TableActionsContext = createContext<TableActions | null>(null);

export function useTableActions(): TableActions {
  const actions = useContext(TableActionsContext);
  if (!actions) throw new Error("useTableActions outside the coupon table");
  return actions;
}
