// The dry run, one line per row of the file: its number, its code, what will happen to it (in words,
// on a coloured badge) and either the coupon it makes or each cell to fix and how.
import type { ImportOutcome, ImportRow } from "@/lib/coupons/import/types";

const OUTCOMES: Record<ImportOutcome, { label: string; style: string }> = {
  create: { label: "Will be created", style: "bg-emerald-50 text-emerald-800 ring-emerald-600/20" },
  exists: { label: "Code already exists", style: "bg-amber-50 text-amber-800 ring-amber-600/20" },
  duplicate: { label: "Code is in the file twice", style: "bg-orange-50 text-orange-800 ring-orange-600/20" },
  invalid: { label: "Needs fixing", style: "bg-rose-50 text-rose-800 ring-rose-600/20" },
};

function OutcomeBadge({ outcome }: { outcome: ImportOutcome }) {
  const { label, style } = OUTCOMES[outcome];
  const shape = "inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset";
  return <span className={`${shape} ${style}`}>{label}</span>;
}

function Details({ row }: { row: ImportRow }) {
  if (row.problems.length === 0) return <span className="text-zinc-700">{row.summary}</span>;
  return (
    <ul className="space-y-0.5">
      {row.problems.map((problem, i) => (
        <li key={i} className="text-rose-800">
          {problem.column ? <span className="font-medium">{problem.column}: </span> : null}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

export function DryRunTable({ rows, fileName }: { rows: ImportRow[]; fileName: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full text-sm">
        <caption className="sr-only">What each row of {fileName} will become</caption>
        <thead className="bg-zinc-50 text-left text-xs font-semibold tracking-wide text-zinc-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">
              Row
            </th>
            <th scope="col" className="px-3 py-2.5">
              Code
            </th>
            <th scope="col" className="px-3 py-2.5">
              Outcome
            </th>
            <th scope="col" className="px-3 py-2.5 pr-4">
              Coupon or what to fix
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className="border-t border-zinc-100 align-top">
              <td className="px-4 py-2.5 text-zinc-500 tabular-nums">{row.line}</td>
              <td className="px-3 py-2.5 font-mono text-zinc-900">{row.code || <span className="font-sans text-zinc-500">(none)</span>}</td>
              <td className="px-3 py-2.5">
                <OutcomeBadge outcome={row.outcome} />
              </td>
              <td className="px-3 py-2.5 pr-4">
                {row.name ? <div className="text-zinc-900">{row.name}</div> : null}
                <Details row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
