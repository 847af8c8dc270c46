"use client";
// The table's changes: one coupon on or off, one deleted, and the bulk versions. Mutations go only
// through the coupon server actions; afterwards every coupon query is invalidated so the page, its
// neighbours and open details refetch. Not react-query's useMutation: the pending set, the toasts
// and the bulk progress are the table's own state either way, and useMutation would add 0.4 KiB
// to /coupons' first load, past its budget (npm run bench:web). Bulk actions run in batches to show progress and report
// each coupon that failed, with the reason.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import type { Notice } from "@/components/ui/toast";
import { takeFlash } from "@/lib/client/flash";
import { couponKeys } from "./coupon-queries";

export type BulkKind = "activate" | "deactivate" | "delete";

export interface BulkRun {
  kind: BulkKind;
  total: number;
  done: number;
  succeeded: string[];
  failed: { id: string; message: string }[];
  /** The ones the run actually switched: what Undo switches back. */
  changed: string[];
  /** Codes as the server read them, for coupons the page never showed. */
  codes: Record<string, string>;
  running: boolean;
}

/** The run that undoes a switch: the other way, on exactly the coupons it changed. */
export const UNDO: Partial<Record<BulkKind, BulkKind>> = { activate: "deactivate", deactivate: "activate" };

/** The coupon server actions, loaded on the first change rather than with the page. */
export const actions = () => import("@/lib/actions/coupons");

export const unreachable = "The server can't be reached. Nothing was changed; try again.";

export function useCouponMutations() {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [bulk, setBulk] = useState<BulkRun | null>(null);

  const invalidate = useCallback(() => queryClient.invalidateQueries({ queryKey: couponKeys.all }), [queryClient]);
  const say = useCallback((tone: Notice["tone"], text: string) => setNotice({ id: Date.now(), tone, text }), []);

  // A form that just saved left its outcome for this page ("Coupon “Spring” created."). It is read
  // after hydration: the server can't see session storage, so the first render has no toast.
  useEffect(() => {
    const flash = takeFlash();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one read of browser-only storage
    if (flash) setNotice({ id: Date.now(), tone: "success", text: flash.message, link: flash.link });
  }, []);
  const mark = useCallback((id: string, busy: boolean) => {
    setPending((current) => {
      const next = new Set(current);
      if (busy) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const setActive = useCallback(
    async (coupon: { id: string; code: string }, active: boolean) => {
      mark(coupon.id, true);
      try {
        const result = await (await actions()).setCouponActive({ id: coupon.id, active });
        if (result.ok) say("success", `${coupon.code} is ${active ? "active" : "inactive"} now.`);
        else say("error", `${coupon.code} could not be ${active ? "activated" : "deactivated"}: ${result.message}`);
        await invalidate();
      } catch {
        say("error", unreachable);
      } finally {
        mark(coupon.id, false);
      }
    },
    [invalidate, mark, say],
  );

  const remove = useCallback(
    async (coupon: { id: string; code: string }): Promise<boolean> => {
      mark(coupon.id, true);
      try {
        const result = await (await actions()).deleteCoupon({ id: coupon.id });
        if (result.ok) say("success", `${coupon.code} was deleted.`);
        else say("error", `${coupon.code} could not be deleted: ${result.message}`);
        await invalidate();
        return result.ok;
      } catch {
        say("error", unreachable);
        return false;
      } finally {
        mark(coupon.id, false);
      }
    },
    [invalidate, mark, say],
  );

  const runBulk = useCallback(
    async (kind: BulkKind, ids: readonly string[]): Promise<BulkRun> => {
      // The batching loads with the first bulk run: a page view never needs it.
      const { runInBatches } = await import("./bulk-run");
      const run = await runInBatches(kind, ids, setBulk);
      await invalidate();
      return run;
    },
    [invalidate],
  );

  const dismissBulk = useCallback(() => setBulk(null), []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  return { pending, notice, setActive, remove, bulk, runBulk, dismissBulk, dismissNotice };
}
