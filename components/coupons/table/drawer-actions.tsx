"use client";
// The drawer's actions: copy the code or the link, and for merchants edit, duplicate, switch on
// or off and delete; a status line says what was copied.
import { useState } from "react";
import { Check, Copy, Link as LinkIcon } from "@/components/ui/icons";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { useTableActions } from "./table-context";

/** The drawer's small buttons and links. */
export const SMALL_BUTTON = "btn px-2.5 py-1.5";

function useCopy(): [string | null, (what: string, text: string) => void] {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = (what: string, text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(what),
      () => setCopied(`${what}-failed`),
    );
    window.setTimeout(() => setCopied(null), 2500);
  };
  return [copied, copy];
}

export function DrawerActions({ coupon, canEdit }: { coupon: CouponView; canEdit: boolean }) {
  const [copied, copy] = useCopy();
  const { setActive, requestDelete, pending } = useTableActions();
  const busy = pending.has(coupon.id);
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-zinc-100 px-6 py-3">
      <button type="button" onClick={() => copy("code", coupon.code)} className={SMALL_BUTTON}>
        {copied === "code" ? <Check /> : <Copy />}
        Copy code
      </button>
      <button type="button" onClick={() => copy("link", window.location.href)} className={SMALL_BUTTON}>
        {copied === "link" ? <Check /> : <LinkIcon />}
        Copy link
      </button>
      {canEdit ? (
        <>
          <a href={`/coupons/${encodeURIComponent(coupon.id)}/edit`} className={SMALL_BUTTON}>
            Edit
          </a>
          <a href={`/coupons/new?from=${encodeURIComponent(coupon.id)}`} className={SMALL_BUTTON}>
            Duplicate
          </a>
          <button type="button" disabled={busy} aria-busy={busy} onClick={() => setActive(coupon, !coupon.active)} className={SMALL_BUTTON}>
            {coupon.active ? "Deactivate" : "Activate"}
          </button>
          <button type="button" disabled={busy} onClick={() => requestDelete(coupon)} className={`${SMALL_BUTTON} text-rose-700`}>
            Delete…
          </button>
        </>
      ) : null}
      <p role="status" className="text-sm text-emerald-700">
        {copied === "code"
          ? "Code copied"
          : copied === "link"
            ? "Link copied"
            : copied
              ? "Copying isn’t allowed here; select the text instead."
              : ""}
      </p>
    </div>
  );
}
