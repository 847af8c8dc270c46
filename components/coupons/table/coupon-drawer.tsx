"use client";
// The details drawer: status and uses first, use over time, then the fields that apply to this coupon in words,
// the code copied in one click, switching on or off and deleting for merchants, and a URL of its
// own (?coupon=<id>) to paste into a ticket. Opening it from a row shows that row at once;
// a shared link loads the coupon even when it isn't on the current page.
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Close } from "@/components/ui/icons";
import { Modal } from "@/components/ui/modal";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { labelOf } from "@/lib/coupons/domain/fields";
import { CouponStatusBadge, UsageCell } from "./cells";
import { couponDetailOptions, RequestError } from "./coupon-queries";
import { DrawerActions, SMALL_BUTTON } from "./drawer-actions";
import { DrawerSections, Glance } from "./drawer-sections";
import { Button } from "@/components/ui/button";

/** The chart's code loads with the first drawer opened, after the drawer's own. */
const UsageChart = lazy(() => import("./usage-chart").then((m) => ({ default: m.UsageChart })));

interface CouponDrawerProps {
  id: string | null;
  /** The row as the table shows it, if it is on the current page. */
  fromList: CouponView | undefined;
  canEdit: boolean;
  onClose: () => void;
}

export function CouponDrawer({ id, fromList, canEdit, onClose }: CouponDrawerProps) {
  return (
    <Modal
      open={id !== null}
      onClose={onClose}
      labelledBy="coupon-drawer-title"
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-[30rem] max-w-full overflow-y-auto border-l border-zinc-200 bg-white p-0 shadow-2xl"
    >
      {id ? <DrawerBody id={id} fromList={fromList} canEdit={canEdit} onClose={onClose} /> : null}
    </Modal>
  );
}

function DrawerBody({
  id,
  fromList,
  canEdit,
  onClose,
}: {
  id: string;
  fromList: CouponView | undefined;
  canEdit: boolean;
  onClose: () => void;
}) {
  const detail = useQuery({ ...couponDetailOptions(id), placeholderData: fromList });
  const coupon = detail.data;
  const missing = detail.error instanceof RequestError && detail.error.status === 404;

  return (
    <div className="flex min-h-full flex-col">
      <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-zinc-200 bg-white px-6 py-4">
        <div className="min-w-0">
          <p className="text-xs font-medium tracking-wide text-zinc-500 uppercase">Coupon details</p>
          <h2 id="coupon-drawer-title" className="mt-0.5 truncate font-mono text-xl font-semibold text-zinc-900">
            {coupon?.code ?? (missing ? "Coupon not found" : "Loading…")}
          </h2>
          {coupon ? <p className="mt-1 truncate text-sm text-zinc-600">{coupon.name}</p> : null}
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close details"
          className="rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-ring-inset"
        >
          <Close />
        </button>
      </div>

      {coupon ? (
        <>
          <DrawerActions coupon={coupon} canEdit={canEdit} />
          <div className="space-y-6 px-6 py-5">
            <dl aria-label="At a glance" className="grid grid-cols-2 gap-3">
              <Glance label={labelOf("status")}>
                <CouponStatusBadge coupon={coupon} />
              </Glance>
              <Glance label={labelOf("numberOfUsages")}>
                <UsageCell coupon={coupon} />
              </Glance>
            </dl>
            <section aria-labelledby="drawer-usage">
              <h3 id="drawer-usage" className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
                Use over time
              </h3>
              <div className="mt-2">
                <Suspense fallback={<div className="h-40 animate-pulse rounded-lg bg-zinc-100" />}>
                  <UsageChart couponId={coupon.id} />
                </Suspense>
              </div>
            </section>
            <section
              aria-labelledby="drawer-check"
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-brand-50/60 px-3 py-2.5"
            >
              <p id="drawer-check" className="text-sm text-zinc-700">
                A customer says this code doesn&apos;t work?
              </p>
              <a href={`/check?code=${encodeURIComponent(coupon.code)}`} className={SMALL_BUTTON}>
                Check this code
              </a>
            </section>
            <DrawerSections coupon={coupon} />
          </div>
        </>
      ) : detail.isError ? (
        <div role="alert" className="m-6 rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm text-rose-900">
          <p className="font-medium">{missing ? "This coupon doesn’t exist any more." : "The coupon could not be loaded."}</p>
          {!missing ? (
            <Button variant="danger" onClick={() => detail.refetch()} className="mt-3">
              Try again
            </Button>
          ) : null}
        </div>
      ) : (
        <div role="status" className="space-y-3 px-6 py-5">
          <span className="sr-only">Loading the coupon…</span>
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="h-9 animate-pulse rounded bg-zinc-100" />
          ))}
        </div>
      )}
    </div>
  );
}
