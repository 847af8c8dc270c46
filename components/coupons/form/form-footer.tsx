"use client";
// The form's aside (the summary, save and cancel) and the note that the coupon changed elsewhere.
import { MAX_FAMILY_SIZE } from "@/lib/coupons/families/code-pattern";
import { SummaryCard } from "./summary-card";
import { TableLink } from "./table-link";

export function FormFooter({ busy, hydrated, saved, label }: { busy: boolean; hydrated: boolean; saved: boolean; label: string }) {
  return (
    <aside aria-label="Summary and save" className="space-y-4 lg:sticky lg:top-6">
      <SummaryCard />
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={busy || !hydrated}
          className="inline-flex flex-1 items-center justify-center gap-2 rounded-md bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-xs hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-70"
        >
          {busy ? <Spinner /> : null}
          {saved ? "Saved" : busy ? "Saving…" : label}
        </button>
        <TableLink className="rounded-md border border-zinc-300 bg-white px-4 py-2.5 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
          Cancel
        </TableLink>
      </div>
    </aside>
  );
}

export function ChangedElsewhereNote() {
  return (
    <div role="status" className="rounded-xl border border-amber-300 bg-amber-50 px-5 py-4 text-sm text-amber-950">
      <p className="font-semibold">This coupon was changed elsewhere</p>
      <p className="mt-1">Someone saved it since you opened this form. Saving will ask before overwriting their change.</p>
    </div>
  );
}

/** "Create 250 coupons", as soon as the count is one the pattern allows. */
export function manyLabel(count: string): string {
  const n = Number(count);
  return Number.isInteger(n) && n >= 1 && n <= MAX_FAMILY_SIZE ? `Create ${n.toLocaleString("en-US")} coupons` : "Create the coupons";
}

function Spinner() {
  return <span aria-hidden="true" className="h-4 w-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />;
}
