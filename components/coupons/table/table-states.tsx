"use client";
// What the table shows instead of rows: nothing yet, nothing matching, past the last page, an error
// (with a retry), and the first load.
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert, Plus, SearchIcon } from "@/components/ui/icons";

function Panel({ icon, title, children, tone = "neutral", role }: { icon?: ReactNode; title: string; children?: ReactNode; tone?: "neutral" | "error"; role?: "alert" | "status" }) {
  return (
    <div role={role} className="flex flex-col items-center px-6 py-16 text-center">
      {icon ? (
        <div className={`mb-3 flex size-10 items-center justify-center rounded-full ${tone === "error" ? "bg-rose-50 text-rose-600" : "bg-zinc-100 text-zinc-500"}`}>{icon}</div>
      ) : null}
      <h2 className="text-base font-semibold text-zinc-900">{title}</h2>
      {children}
    </div>
  );
}

const PRIMARY =
  "mt-4 inline-flex items-center gap-1.5 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white shadow-xs hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
const SECONDARY =
  "mt-4 inline-flex items-center rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

export function EmptyState({ canEdit }: { canEdit: boolean }) {
  return (
    <Panel icon={<Plus />} title="No coupons yet" role="status">
      <p className="mt-1 max-w-sm text-sm text-zinc-600">Coupons you create here or in your Wix dashboard will appear in this list.</p>
      {canEdit ? (
        <Link href="/coupons/new" className={PRIMARY}>
          <Plus /> Create a coupon
        </Link>
      ) : null}
    </Panel>
  );
}

export function NoMatchState({ onClear }: { onClear: () => void }) {
  return (
    <Panel icon={<SearchIcon />} title="No coupons match" role="status">
      <p className="mt-1 max-w-sm text-sm text-zinc-600">Nothing fits this search and these filters. Check the spelling of the code, or widen the filters.</p>
      <button type="button" onClick={onClear} className={SECONDARY}>
        Clear search and filters
      </button>
    </Panel>
  );
}

export function PastEndState({ lastPage, onGo }: { lastPage: number; onGo: () => void }) {
  return (
    <Panel title="This page is past the end of the list" role="status">
      <p className="mt-1 text-sm text-zinc-600">Coupons may have been deleted since the link was made.</p>
      <button type="button" onClick={onGo} className={SECONDARY}>
        Go to page {lastPage.toLocaleString("en-US")}
      </button>
    </Panel>
  );
}

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
