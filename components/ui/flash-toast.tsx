"use client";
// Shows the message a form left behind ("Coupon created") in a polite live region, so screen
// readers announce it without moving focus. It stays while hovered or focused.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { onFlash, takeFlash, type Flash } from "@/lib/client/flash";

const SHOW_MS = 8000;

export function FlashToast() {
  const pathname = usePathname();
  const [flash, setFlash] = useState<Flash | null>(null);
  const [held, setHeld] = useState(false);

  useEffect(() => {
    // Read on every page (the message may wait for the page the form went to after a full
    // reload) and whenever a form leaves one while this layout stays mounted.
    const show = () => {
      const next = takeFlash();
      if (next) setFlash(next);
    };
    show();
    return onFlash(show);
  }, [pathname]);

  useEffect(() => {
    if (!flash || held) return;
    const timer = window.setTimeout(() => setFlash(null), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [flash, held]);

  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-6 z-50 flex justify-center px-4">
      {flash ? (
        <div
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
          className="pointer-events-auto flex items-center gap-3 rounded-lg bg-zinc-900 px-4 py-3 text-sm font-medium text-white shadow-lg"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 flex-none fill-emerald-400">
            <path d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.8a.75.75 0 0 0-1.22-.87l-3.24 4.53-1.62-1.62a.75.75 0 1 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.1l3.75-5.25Z" />
          </svg>
          <span>{flash.message}</span>
          {flash.link ? (
            <a href={flash.link.href} onClick={() => setFlash(null)}
              className="rounded px-1 text-sky-300 underline underline-offset-2 hover:text-sky-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white">
              {flash.link.label}
            </a>
          ) : null}
          <button type="button" onClick={() => setFlash(null)}
            className="rounded px-1 text-zinc-300 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white">
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
