"use client";
// The form's aside (the summary, save and cancel) and the note that the coupon changed elsewhere.
import { Button, buttonClass, ButtonSpinner } from "@/components/ui/button";
import { MAX_FAMILY_SIZE } from "@/lib/coupons/families/code-pattern";
import { SummaryCard } from "./summary-card";
import { TableLink } from "./table-link";

export function FormFooter({ busy, hydrated, saved, label }: { busy: boolean; hydrated: boolean; saved: boolean; label: string }) {
  return (
    <aside aria-label="Summary and save" className="space-y-4 lg:sticky lg:top-6">
      <SummaryCard />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" size="lg" disabled={busy || !hydrated} className="flex-1">
          {busy ? <ButtonSpinner /> : null}
          {saved ? "Saved" : busy ? "Saving…" : label}
        </Button>
        <TableLink className={buttonClass("secondary", "lg")}>Cancel</TableLink>
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
