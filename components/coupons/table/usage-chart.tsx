"use client";
// The drawer's "Use over time": the forecast in words, then uses a day over two weeks as bars with
// the running total as a line against the usage limit, and the same numbers as a table for screen
// readers and keyboards. Loaded only when a drawer opens (React.lazy), so the table's first load
// doesn't carry it; drawn by hand in SVG, as two series don't earn a chart library's weight.
import { useQuery } from "@tanstack/react-query";
import type { UsageView } from "@/lib/coupons/usage/usage-view";
import { couponKeys, getJson, retryOnce } from "./coupon-queries";

const W = 420;
const H = 150;
const PAD = { top: 10, right: 40, bottom: 22, left: 30 };
const fmt = (n: number) => n.toLocaleString("en-US");

function Chart({ view }: { view: UsageView }) {
  const { days, usageLimit } = view;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const maxDaily = Math.max(1, ...days.map((d) => d.uses));
  const maxTotal = Math.max(1, usageLimit ?? 0, ...days.map((d) => d.total ?? 0));
  const slot = plotW / days.length;
  const x = (i: number) => PAD.left + i * slot;
  const yDaily = (n: number) => PAD.top + plotH - (n / maxDaily) * plotH;
  const yTotal = (n: number) => PAD.top + plotH - (n / maxTotal) * plotH;
  const line = days
    .flatMap((d, i) => (d.total === null ? [] : [`${(x(i) + slot / 2).toFixed(1)},${yTotal(d.total).toFixed(1)}`]))
    .join(" ");
  const ticks = [0, Math.floor(days.length / 2), days.length - 1];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="w-full text-[10px]" role="img" aria-labelledby="usage-chart-title">
      <title id="usage-chart-title">{`Uses a day over the last ${days.length} days, and the running total${usageLimit === null ? "" : ` against the limit of ${fmt(usageLimit)}`}`}</title>
      <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} className="stroke-zinc-300" />
      {days.map((d, i) => (
        <rect
          key={d.day}
          x={x(i) + slot * 0.15}
          width={slot * 0.7}
          y={yDaily(d.uses)}
          height={Math.max(0, PAD.top + plotH - yDaily(d.uses))}
          rx={1.5}
          className={i === days.length - 1 ? "fill-brand-500/40" : "fill-brand-500"}
        />
      ))}
      {usageLimit !== null ? (
        <g className="text-rose-600">
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={yTotal(usageLimit)}
            y2={yTotal(usageLimit)}
            stroke="currentColor"
            strokeDasharray="4 3"
          />
          <text x={W - PAD.right + 4} y={yTotal(usageLimit) + 3} fill="currentColor">
            {fmt(usageLimit)}
          </text>
        </g>
      ) : null}
      <polyline points={line} fill="none" strokeWidth={2} strokeLinejoin="round" className="stroke-zinc-800" />
      <text x={PAD.left - 4} y={PAD.top + 4} textAnchor="end" className="fill-zinc-500">
        {fmt(maxDaily)}
      </text>
      <text x={PAD.left - 4} y={PAD.top + plotH} textAnchor="end" className="fill-zinc-500">
        0
      </text>
      {usageLimit === null || usageLimit < maxTotal ? (
        <text x={W - PAD.right + 4} y={PAD.top + 4} className="fill-zinc-700">
          {fmt(maxTotal)}
        </text>
      ) : null}
      {ticks.map((i) => (
        <text key={i} x={x(i) + slot / 2} y={H - 6} textAnchor="middle" className="fill-zinc-500">
          {days[i]!.label}
        </text>
      ))}
    </svg>
  );
}

export function UsageChart({ couponId }: { couponId: string }) {
  const usage = useQuery({
    queryKey: couponKeys.usage(couponId),
    queryFn: ({ signal }) => getJson<UsageView>(`/api/coupons/${encodeURIComponent(couponId)}/usage`, signal),
    retry: retryOnce,
  });
  if (usage.isPending)
    return (
      <div role="status" className="h-40 animate-pulse rounded-lg bg-zinc-100">
        <span className="sr-only">Loading the use over time…</span>
      </div>
    );
  if (usage.isError) {
    return (
      <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900">
        The use over time could not be loaded.{" "}
        <button type="button" onClick={() => usage.refetch()} className="font-medium underline focus-ring">
          Try again
        </button>
      </p>
    );
  }
  const view = usage.data;
  return (
    <div className="space-y-2">
      <p className="text-sm text-zinc-800">{view.forecast}</p>
      <Chart view={view} />
      <p className="text-xs text-zinc-500">
        Bars: uses a day (today so far, lighter). Line: the running total{view.usageLimit === null ? "" : "; dashed: the usage limit"}. Days
        in {view.zone}.
        {view.trackedSince ? ` Recorded since ${view.trackedSince}.` : " No snapshot yet: the first is taken within minutes."}
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer rounded-sm text-zinc-700 focus-ring">Uses a day as a table</summary>
        <table className="mt-2 w-full text-left text-xs tabular-nums">
          <caption className="sr-only">Uses a day and running total</caption>
          <thead className="text-zinc-500">
            <tr>
              <th scope="col" className="py-1">
                Day
              </th>
              <th scope="col" className="py-1 text-right">
                Uses
              </th>
              <th scope="col" className="py-1 text-right">
                Total
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {view.days.map((d) => (
              <tr key={d.day}>
                <th scope="row" className="py-1 font-normal">
                  {d.label}
                </th>
                <td className="py-1 text-right">{fmt(d.uses)}</td>
                <td className="py-1 text-right">{d.total === null ? "—" : fmt(d.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
