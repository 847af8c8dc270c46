"use client";
// The one toast: the outcome of a change, said once and then gone ("SUMMER1 is inactive now.",
// "Coupon “Spring” created." with an Edit link). Successes are announced politely, errors as
// alerts; it stays while the pointer or focus is on it, so nobody has to race the timer.
import { lazy, Suspense } from "react";

export interface Notice {
  /** Tells two equal messages apart, so the second one restarts the timer. */
  id: number;
  tone: "success" | "error";
  text: string;
  /** A follow-up, e.g. "Edit" for the coupon just created. */
  link?: { href: string; label: string };
}

// The live region is always there, so what appears in it is announced; the message itself loads
// with the first one (most visits change nothing).
const ToastMessage = lazy(() => import("./toast-message").then((m) => ({ default: m.ToastMessage })));

export function Toast({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  return (
    <div aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex max-w-sm flex-col">
      {notice ? (
        <Suspense fallback={null}>
          <ToastMessage notice={notice} onDismiss={onDismiss} />
        </Suspense>
      ) : null}
    </div>
  );
}
