"use client";
// Switches every coupon of a family off or on, 10 at a time with progress (Wix has no bulk update:
// one call per coupon, so 1,000 codes take about five minutes within its 200 calls a minute).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { runInBatches } from "@/components/coupons/table/bulk-run";
import type { BulkRun } from "@/components/coupons/table/use-coupon-mutations";

const fmt = (n: number) => n.toLocaleString("en-US");

export function FamilySwitch({ couponIds, switchedOn }: { couponIds: string[]; switchedOn: number }) {
  const router = useRouter();
  const [run, setRun] = useState<BulkRun | null>(null);
  const go = async (active: boolean) => {
    const done = await runInBatches(active ? "activate" : "deactivate", couponIds, setRun);
    setRun(done);
    router.refresh();
  };
  const running = run?.running ?? false;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn h-9" disabled={running || switchedOn === 0} onClick={() => void go(false)}>
          Switch all off
        </button>
        <button type="button" className="btn h-9" disabled={running || switchedOn === couponIds.length} onClick={() => void go(true)}>
          Switch all on
        </button>
      </div>
      {run ? (
        <p role="status" className="text-sm text-zinc-700">
          {run.running
            ? `Switching ${run.kind === "activate" ? "on" : "off"}: ${fmt(run.done)} of ${fmt(run.total)}…`
            : `Switched ${run.kind === "activate" ? "on" : "off"}: ${fmt(run.changed.length)} changed${run.failed.length ? `, ${fmt(run.failed.length)} couldn't be` : ""}.`}
        </p>
      ) : null}
    </div>
  );
}
