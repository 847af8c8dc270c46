"use client";
// A row's merchant actions: edit, duplicate, activate/deactivate, delete (which confirms first).
// The trigger is on every row; the menu's items load the first time one opens.
import { lazy, Suspense } from "react";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { Dots } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";
import { useTableActions } from "./table-context";

const loadMenu = () => import("./row-actions-menu");
const RowActionsMenu = lazy(() => loadMenu().then((m) => ({ default: m.RowActionsMenu })));

export function RowActions({ coupon }: { coupon: CouponView }) {
  const busy = useTableActions().pending.has(coupon.id);
  return (
    <Popover
      align="end"
      panelClassName="w-44"
      onIntent={() => void loadMenu()}
      triggerLabel={`Actions for ${coupon.code}`}
      triggerClassName="inline-flex size-8 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-ring disabled:opacity-50"
      trigger={busy ? <span className="size-3.5 animate-spin rounded-full border-2 border-zinc-300 border-t-zinc-600" /> : <Dots />}
    >
      {(close) => (
        <Suspense fallback={<p className="px-3 py-2 text-sm text-zinc-500">Loading…</p>}>
          <RowActionsMenu coupon={coupon} close={close} />
        </Suspense>
      )}
    </Popover>
  );
}
