"use client";
// The outcome of a single change, said once and then gone: "SUMMER1 is inactive now."
import { useEffect } from "react";
import { Close } from "@/components/ui/icons";
import type { Notice } from "./use-coupon-mutations";

export function NoticeToast({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(onDismiss, notice.tone === "error" ? 10_000 : 5_000);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <div aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex max-w-sm flex-col">
      {notice ? (
        <div
          role={notice.tone === "error" ? "alert" : "status"}
          className={`pointer-events-auto flex items-start gap-3 rounded-lg px-4 py-3 text-sm shadow-lg ${notice.tone === "error" ? "bg-rose-700 text-white" : "bg-zinc-900 text-white"}`}
        >
          <p className="flex-1">{notice.text}</p>
          <button type="button" onClick={onDismiss} aria-label="Dismiss message" className="rounded p-0.5 text-white/70 hover:text-white focus-visible:outline-2 focus-visible:outline-white">
            <Close />
          </button>
        </div>
      ) : null}
    </div>
  );
}
