"use client";
// The toast's message, loaded with the first one: it stays while the pointer or focus is on it,
// so nobody has to race the timer.
import { useEffect, useState } from "react";
import { Close } from "@/components/ui/icons";
import type { Notice } from "./toast";

const SHOW_MS = { success: 6_000, error: 10_000 } as const;

export function ToastMessage({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(onDismiss, SHOW_MS[notice.tone]);
    return () => window.clearTimeout(timer);
  }, [notice, held, onDismiss]);

  return (
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
  );
}
