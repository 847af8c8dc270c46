"use client";
// The small secondary button beside a picked item ("Change product", "Remove").
import type { Ref } from "react";

export function PickerButton({
  label,
  onClick,
  describedBy,
  ref,
}: {
  label: string;
  onClick: () => void;
  describedBy: string;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      ref={ref}
      type="button"
      onClick={onClick}
      aria-describedby={describedBy}
      className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      {label}
    </button>
  );
}
