"use client";
// A button that asks before doing something that can't be undone, in a native <dialog> (focus is
// trapped and Escape cancels). The action's refusal message is shown in the dialog.
import { useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "./button";

interface ConfirmButtonProps {
  label: string;
  /** Accessible name when the visible label is ambiguous in a table, e.g. "Remove ana@example.com". */
  accessibleLabel?: string;
  title: string;
  description: string;
  confirmLabel: string;
  tone?: "danger" | "neutral";
  run: () => Promise<ActionResult<unknown>>;
}

const tones = { danger: "danger", neutral: "primary" } as const;

export function ConfirmButton({ label, accessibleLabel, title, description, confirmLabel, tone = "danger", run }: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const titleId = useId();
  const descriptionId = useId();

  function confirm() {
    startTransition(async () => {
      const result = await run();
      if (result.ok) {
        dialog.current?.close();
        setError(null);
      } else {
        setError(result.message);
      }
    });
  }

  return (
    <>
      <Button
        aria-label={accessibleLabel}
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
      >
        {label}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="m-auto w-full max-w-md rounded-xl border border-zinc-200 bg-white p-6 text-left shadow-xl backdrop:bg-zinc-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold text-zinc-900">
          {title}
        </h2>
        <p id={descriptionId} className="mt-2 text-sm text-zinc-600">
          {description}
        </p>
        {error ? (
          <p role="alert" className="mt-4 rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {error}
          </p>
        ) : null}
        <div className="mt-6 flex justify-end gap-3">
          <Button onClick={() => dialog.current?.close()}>Cancel</Button>
          <Button variant={tones[tone]} onClick={confirm} disabled={pending}>
            {pending ? "Working…" : confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
