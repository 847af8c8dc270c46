"use client";
// "Needs attention": runs the sweep (GET /api/coupons/attention, one JSON line per step), shows how
// far it got, then lists each coupon whose item is gone, hidden or over with the reason. Merchants
// switch the chosen ones off in bulk, or open one to point it at another item.
import { useCallback, useEffect, useState } from "react";
import { StatusBadge } from "@/components/coupons/status-badge";
import { runInBatches } from "@/components/coupons/table/bulk-run";
import { missingPermission } from "@/lib/coupons/domain/catalogue";
import { STATUS_LABELS } from "@/lib/coupons/domain/status";
import type { AttentionRow, SweepEvent } from "@/lib/server/catalogue/scope-health";

type Sweep =
  | { state: "running"; phase: "coupons" | "items"; done: number; total: number }
  | { state: "done"; rows: AttentionRow[]; couponsChecked: number; itemsChecked: number; unchecked: { group: string; coupons: number }[] }
  | { state: "failed"; message: string };

const fmt = (n: number) => n.toLocaleString("en-US");
const BUTTON = "rounded-md border px-3 py-1.5 text-sm font-medium shadow-xs focus-ring disabled:opacity-50";

async function runSweep(signal: AbortSignal, report: (sweep: Sweep) => void): Promise<void> {
  const response = await fetch("/api/coupons/attention", { signal });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    return report({ state: "failed", message: body.error?.message ?? "The check couldn't run. Try again in a moment." });
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      const event = JSON.parse(line) as SweepEvent | { type: "failed"; message: string };
      if (event.type === "progress") report({ state: "running", phase: event.phase, done: event.done, total: event.total });
      else if (event.type === "done")
        report({
          state: "done",
          rows: event.rows,
          couponsChecked: event.couponsChecked,
          itemsChecked: event.itemsChecked,
          unchecked: event.unchecked,
        });
      else report({ state: "failed", message: event.message });
    }
  }
}

export function AttentionList({ canEdit }: { canEdit: boolean }) {
  const [sweep, setSweep] = useState<Sweep>({ state: "running", phase: "coupons", done: 0, total: 0 });
  const [round, setRound] = useState(0);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<string | null>(null);
  const [switching, setSwitching] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    runSweep(controller.signal, setSweep).catch(() => {
      if (!controller.signal.aborted) setSweep({ state: "failed", message: "The check couldn't reach the server. Try again in a moment." });
    });
    return () => controller.abort();
  }, [round]);

  const again = useCallback(() => {
    setChosen(new Set());
    setSweep({ state: "running", phase: "coupons", done: 0, total: 0 });
    setRound((r) => r + 1);
  }, []);

  const switchOff = async () => {
    if (sweep.state !== "done") return;
    const ids = sweep.rows.filter((row) => chosen.has(row.id)).map((row) => row.id);
    setSwitching(true);
    const run = await runInBatches("deactivate", ids, () => undefined);
    setSwitching(false);
    const codes = run.succeeded.map((id) => run.codes[id] ?? id);
    setOutcome(
      `${codes.length === 1 ? "1 coupon" : `${fmt(codes.length)} coupons`} switched off: ${codes.join(", ")}.${run.failed.length ? ` ${fmt(run.failed.length)} could not be switched off.` : ""}`,
    );
    again();
  };

  if (sweep.state === "failed") {
    return (
      <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm text-rose-900">
        <p>{sweep.message}</p>
        <button type="button" onClick={again} className={`${BUTTON} mt-3 border-rose-300 bg-white text-rose-900`}>
          Check again
        </button>
      </div>
    );
  }

  if (sweep.state === "running") {
    const what = sweep.phase === "coupons" ? "coupons" : "items";
    const share = sweep.total ? Math.round((sweep.done / sweep.total) * 100) : 0;
    return (
      <div className="rounded-lg border border-zinc-200 bg-white p-5">
        <p id="sweep-progress" className="text-sm text-zinc-700" aria-live="polite">
          {sweep.total ? `Checked ${fmt(sweep.done)} of ${fmt(sweep.total)} ${what}…` : "Reading the coupons that are switched on…"}
        </p>
        <progress aria-labelledby="sweep-progress" max={100} value={share} className="mt-3 h-2 w-full accent-brand-600" />
      </div>
    );
  }

  const { rows } = sweep;
  const allChosen = rows.length > 0 && rows.every((row) => chosen.has(row.id));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-600">
          Checked {fmt(sweep.couponsChecked)} coupons that are switched on and the {fmt(sweep.itemsChecked)} items they point at.
        </p>
        <div className="flex gap-2">
          {canEdit && rows.length ? (
            <button
              type="button"
              disabled={chosen.size === 0 || switching}
              onClick={switchOff}
              className={`${BUTTON} border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50`}
            >
              {switching ? "Switching off…" : chosen.size ? `Switch off ${fmt(chosen.size)} selected` : "Switch off selected"}
            </button>
          ) : null}
          <button type="button" onClick={again} className={`${BUTTON} border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50`}>
            Check again
          </button>
        </div>
      </div>
      {sweep.unchecked.map(({ group, coupons }) => (
        <p key={group} className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2.5 text-sm text-amber-900">
          {fmt(coupons)} {coupons === 1 ? "coupon points" : "coupons point"} at a {group} that couldn&apos;t be checked.{" "}
          {group === "product"
            ? "The Wix key can't read the site's products, or can't see hidden ones: give it Wix Stores' Read Products and Manage Products permissions."
            : `The Wix key can't read the site's ${group}s: give it ${missingPermission(group)} permission.`}
        </p>
      ))}
      {outcome ? (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-2.5 text-sm text-emerald-900">
          {outcome}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <div className="rounded-lg border border-zinc-200 bg-white p-8 text-center">
          <p className="font-medium text-zinc-900">Nothing needs attention</p>
          <p className="mt-1 text-sm text-zinc-600">Every coupon that is switched on points at an item customers can buy.</p>
        </div>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Coupons whose item is gone, hidden or over</caption>
            <thead className="border-b border-zinc-200 text-xs font-semibold uppercase tracking-wide text-zinc-500">
              <tr>
                {canEdit ? (
                  <th scope="col" className="w-10 px-4 py-3">
                    <input
                      type="checkbox"
                      aria-label="Select every coupon listed"
                      checked={allChosen}
                      onChange={() => setChosen(allChosen ? new Set() : new Set(rows.map((row) => row.id)))}
                    />
                  </th>
                ) : null}
                <th scope="col" className="px-4 py-3">
                  Code
                </th>
                <th scope="col" className="px-4 py-3">
                  Status
                </th>
                <th scope="col" className="px-4 py-3">
                  Applies to
                </th>
                <th scope="col" className="px-4 py-3">
                  Why it needs attention
                </th>
                {canEdit ? (
                  <th scope="col" className="px-4 py-3">
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {rows.map((row) => (
                <tr key={row.id}>
                  {canEdit ? (
                    <td className="px-4 py-3">
                      <input
                        type="checkbox"
                        aria-label={`Select ${row.code}`}
                        checked={chosen.has(row.id)}
                        onChange={() =>
                          setChosen((was) => {
                            const next = new Set(was);
                            if (next.has(row.id)) next.delete(row.id);
                            else next.add(row.id);
                            return next;
                          })
                        }
                      />
                    </td>
                  ) : null}
                  <td className="px-4 py-3">
                    <p className="font-mono text-[13px] font-semibold text-zinc-900">{row.code}</p>
                    <p className="text-xs text-zinc-500">{row.name}</p>
                  </td>
                  <td className="px-4 py-3">
                    <StatusBadge status={row.status} label={STATUS_LABELS[row.status]} />
                  </td>
                  <td className="px-4 py-3 text-zinc-800">{row.appliesTo}</td>
                  <td className="px-4 py-3 text-zinc-800">{row.reason}</td>
                  {canEdit ? (
                    <td className="px-4 py-3 text-right">
                      <a
                        href={`/coupons/${encodeURIComponent(row.id)}/edit`}
                        aria-label={`Choose another item for ${row.code}`}
                        className="whitespace-nowrap rounded-sm font-medium text-brand-700 hover:underline focus-ring"
                      >
                        Choose another item
                      </a>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
