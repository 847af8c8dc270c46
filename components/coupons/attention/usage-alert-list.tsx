"use client";
// "Needs attention" for usage: codes that seem to have leaked and coupons about to run out. Each
// row says why in words; merchants switch the coupon off, or set a new total limit (prefilled with
// a suggestion), each through the normal audited edit. Support sees the same list without buttons.
import { useState, useTransition } from "react";
import { StatusBadge } from "@/components/coupons/status-badge";
import { setCouponActive } from "@/lib/actions/coupons";
import { setUsageLimit } from "@/lib/actions/usage-limit";
import { labelOf, wordsOf } from "@/lib/coupons/domain/fields";
import { STATUS_LABELS } from "@/lib/coupons/domain/status";
import type { UsageAlertRow } from "@/lib/server/usage/usage-alerts";

type Outcome = { ok: boolean; message: string };
const fmt = (n: number) => n.toLocaleString("en-US");

function AlertActions({ row, report }: { row: UsageAlertRow; report: (outcome: Outcome) => void }) {
  const [limit, setLimit] = useState(String(row.suggestedLimit));
  const [pending, start] = useTransition();
  const inputId = `new-limit-${row.id}`;

  const switchOff = () =>
    start(async () => {
      const result = await setCouponActive({ id: row.id, active: false });
      report(
        result.ok
          ? { ok: true, message: `${row.code} is switched off: customers can't use it any more.` }
          : { ok: false, message: `${row.code}: ${result.message}` },
      );
    });

  const saveLimit = (event: React.FormEvent) => {
    event.preventDefault();
    const usageLimit = Number(limit);
    if (!Number.isInteger(usageLimit) || usageLimit < 1)
      return report({ ok: false, message: `${row.code}: enter the ${wordsOf("usageLimit")} as a whole number, at least 1.` });
    start(async () => {
      const result = await setUsageLimit({ id: row.id, usageLimit, expectedRevision: row.revision });
      report(
        result.ok
          ? { ok: true, message: `${row.code} now allows ${fmt(usageLimit)} uses in total.` }
          : { ok: false, message: `${row.code}: ${result.message}` },
      );
    });
  };

  return (
    <div className="flex flex-wrap items-end justify-end gap-2">
      <form onSubmit={saveLimit} className="flex items-end gap-2">
        <div>
          <label htmlFor={inputId} className="block text-xs font-medium text-zinc-600">
            {labelOf("usageLimit")} for {row.code}
          </label>
          <input
            id={inputId}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            required
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            className="mt-1 h-8 w-24 rounded-md border border-zinc-300 px-2 text-sm tabular-nums focus-ring"
          />
        </div>
        <button type="submit" disabled={pending} className="btn h-8 disabled:opacity-50">
          Set limit
        </button>
      </form>
      <button
        type="button"
        disabled={pending}
        onClick={switchOff}
        className="btn h-8 border-rose-300 text-rose-800 hover:bg-rose-50 disabled:opacity-50"
      >
        Switch off {row.code}
      </button>
    </div>
  );
}

export function UsageAlertList({ rows, canEdit }: { rows: UsageAlertRow[]; canEdit: boolean }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div className="space-y-3">
      {outcome ? (
        <p
          role={outcome.ok ? "status" : "alert"}
          className={`rounded-lg border px-4 py-2.5 text-sm ${outcome.ok ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-rose-200 bg-rose-50 text-rose-900"}`}
        >
          {outcome.message}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-zinc-200 bg-white px-4 py-3 text-sm text-zinc-600">
          No code is being used far above its own pace, and none will reach its limit within a day.
        </p>
      ) : (
        <ul
          className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white shadow-sm"
          aria-label="Coupons whose use needs attention"
        >
          {rows.map((row) => (
            <li key={row.id} className="flex flex-col gap-3 px-4 py-3 lg:flex-row lg:items-center lg:justify-between">
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <a
                    href={`/coupons?coupon=${encodeURIComponent(row.id)}`}
                    className="rounded-sm font-mono text-[13px] font-semibold text-zinc-900 hover:underline focus-ring"
                  >
                    {row.code}
                  </a>
                  <StatusBadge status={row.status} label={STATUS_LABELS[row.status]} />
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-medium ${row.kind === "leak" ? "bg-rose-100 text-rose-800" : "bg-amber-100 text-amber-900"}`}
                  >
                    {row.kind === "leak" ? "Possible leak" : "Running out"}
                  </span>
                </div>
                <p className="text-xs text-zinc-500">
                  {row.name} · {fmt(row.uses)} of {row.usageLimit === null ? "unlimited" : fmt(row.usageLimit)} uses
                </p>
                <p className="text-sm text-zinc-800">{row.reason}</p>
              </div>
              {canEdit ? <AlertActions row={row} report={setOutcome} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
