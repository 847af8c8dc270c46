"use client";
// The one toast: the outcome of a change, said once and then gone ("SUMMER1 is inactive now.",
// "Coupon “Spring” created." with an Edit link). Successes are announced politely, errors as
// alerts; it stays while the pointer or focus is on it, so nobody has to race the timer.
import { useEffect, useState } from "react";
import { Close } from "@/components/ui/icons";

export interface Notice {
  /** Tells two equal messages apart, so the second one restarts the timer. */
  id: number;
  tone: "success" | "error";
  text: string;
  /** A follow-up, e.g. "Edit" for the coupon just created. */
  link?: { href: string; label: string };
}

const SHOW_MS = { success: 6_000, error: 10_000 } as const;

export function Toast({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (!notice || held) return;
    const timer = window.setTimeout(onDismiss, SHOW_MS[notice.tone]);
    return () => window.clearTimeout(timer);
  }, [notice, held, onDismiss]);

  return (
    <div aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex max-w-sm flex-col">
      {notice ? (
        <div
          role={notice.tone === "error" ? "alert" : "status"}
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
          className={`pointer-events-auto flex items-start gap-3 rounded-lg px-4 py-3 text-sm shadow-lg ${notice.tone === "error" ? "bg-rose-700 text-white" : "bg-zinc-900 text-white"}`}
        >
          <p className="flex-1">
            {notice.text}
            {notice.link ? (
              <>
                {" "}
                <a
                  href={notice.link.href}
                  className="rounded font-medium text-sky-300 underline underline-offset-2 hover:text-sky-200 focus-ring-white"
                >
                  {notice.link.label}
                </a>
              </>
            ) : null}
          </p>
          <button
            type="button"
            onClick={onDismiss}
            aria-label="Dismiss message"
            className="rounded p-0.5 text-white/70 hover:text-white focus-ring-white"
          >
            <Close />
          </button>
        </div>
      ) : null}
    </div>
  );
}
