// The dry run in one line ("3 of 5 rows will be created; 2 need fixing") and the button that
// creates the valid rows. The heading takes focus when the check is done, for keyboard users.
import type { Ref } from "react";
import type { DryRun } from "@/lib/coupons/import/types";

const fmt = (n: number) => n.toLocaleString("en-US");
const rowsOf = (n: number) => `${fmt(n)} ${n === 1 ? "row" : "rows"}`;

export function summaryLine({ rows, valid }: Pick<DryRun, "rows" | "valid">): string {
  const rest = rows.length - valid;
  if (rest === 0) return rows.length === 1 ? "The row will be created." : `All ${rowsOf(rows.length)} will be created.`;
  if (valid === 0) return `None of the ${rowsOf(rows.length)} can be created yet: fix the file and choose it again.`;
  return `${fmt(valid)} of ${rowsOf(rows.length)} will be created; ${fmt(rest)} ${rest === 1 ? "needs" : "need"} fixing.`;
}

interface SummaryProps {
  ref: Ref<HTMLHeadingElement>;
  result: DryRun & { fileName: string };
  starting: boolean;
  onCreate: () => void;
}

export function DryRunSummary({ ref, result, starting, onCreate }: SummaryProps) {
  const { valid } = result;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <h2 ref={ref} tabIndex={-1} className="text-lg font-semibold text-zinc-900 focus:outline-none">
          {summaryLine(result)}
        </h2>
        <p className="text-sm text-zinc-600">
          Checked {result.fileName}. Rows that need fixing are left out; fix them in the file and import it again later.
        </p>
      </div>
      {valid > 0 ? (
        <button type="button" className="btn-primary h-9" disabled={starting} onClick={onCreate}>
          {starting ? "Starting…" : valid === 1 ? "Create the 1 valid coupon" : `Create the ${fmt(valid)} valid coupons`}
        </button>
      ) : null}
    </div>
  );
}
