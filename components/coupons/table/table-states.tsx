"use client";
// What the table shows instead of rows: an error (with a retry) and the first load. The rarer
// "nothing here" states live in table-empty-states.tsx and load when first shown.
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/icons";

export function Panel({
  icon,
  title,
  children,
  tone = "neutral",
  role,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  tone?: "neutral" | "error";
  role?: "alert" | "status";
}) {
  return (
    <div role={role} className="flex flex-col items-center px-6 py-16 text-center">
      {icon ? (
        <div
          className={`mb-3 flex size-10 items-center justify-center rounded-full ${tone === "error" ? "bg-rose-50 text-rose-600" : "bg-zinc-100 text-zinc-500"}`}
        >
          {icon}
        </div>
      ) : null}
      <h2 className="text-base font-semibold text-zinc-900">{title}</h2>
      {children}
    </div>
  );
}

export const PRIMARY = "btn-primary mt-4 py-1.5";
export const SECONDARY = "btn mt-4 py-1.5";

export function ErrorState({ message, retrying, onRetry }: { message: string; retrying: boolean; onRetry: () => void }) {
  return (
    <Panel icon={<Alert />} title="The coupons could not be loaded" tone="error" role="alert">
      <p className="mt-1 max-w-md text-sm text-zinc-600">{message}</p>
      <button type="button" onClick={onRetry} disabled={retrying} className={PRIMARY}>
        {retrying ? "Trying again…" : "Try again"}
      </button>
    </Panel>
  );
}

export function LoadingRows({ columns }: { columns: number }) {
  return (
    <div role="status" className="space-y-px p-4">
      <span className="sr-only">Loading coupons…</span>
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="grid gap-4 py-2.5" style={{ gridTemplateColumns: `repeat(${Math.max(columns, 1)}, minmax(0, 1fr))` }}>
          {Array.from({ length: Math.max(columns, 1) }, (_, j) => (
            <div key={j} className="h-4 animate-pulse rounded bg-zinc-100" />
          ))}
        </div>
      ))}
    </div>
  );
}
