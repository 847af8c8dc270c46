"use client";
// The CSV export as a merchant sees it: how far it has got ("12,300 of 100,000 coupons"), a way to
// stop it, and what went wrong if it failed, in the page rather than as a broken download. On
// Wix a large view takes minutes (the export pages through the rate-limited API). Loaded on the
// first export; without JavaScript the toolbar's link downloads the same file directly.
import { useEffect, useState } from "react";
import type { ApiError } from "@/lib/coupons/table/coupon-view";

interface CsvExportProps {
  href: string;
  /** The view's coupon count, for the progress. */
  total: number;
  onDone: () => void;
}

type Run = { phase: "running"; rows: number } | { phase: "failed"; message: string };

const FALLBACK_NAME = "coupons.csv";

function fileNameOf(response: Response): string {
  return /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? FALLBACK_NAME;
}

async function failureOf(response: Response): Promise<string> {
  try {
    return ((await response.json()) as ApiError).error.message;
  } catch {
    return `The server answered ${response.status}.`;
  }
}

function save(parts: BlobPart[], name: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: "text/csv;charset=utf-8" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function CsvExport({ href, total, onDone }: CsvExportProps) {
  const [run, setRun] = useState<Run>({ phase: "running", rows: 0 });

  // Leaving (Cancel, Dismiss, a new export) aborts the download.
  useEffect(() => {
    const abort = new AbortController();
    let started = false;
    void (async () => {
      try {
        const response = await fetch(href, { signal: abort.signal });
        if (!response.ok || !response.body) throw new Error(await failureOf(response));
        started = true;
        const reader = response.body.getReader();
        const parts: BlobPart[] = [];
        let lines = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parts.push(value);
          for (const byte of value) if (byte === 10) lines++;
          if (!abort.signal.aborted) setRun({ phase: "running", rows: Math.max(0, lines - 1) });
        }
        if (!abort.signal.aborted) {
          save(parts, fileNameOf(response));
          onDone();
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        // A stream the server cuts (a backend that fails on a later page) rejects like a network error.
        const message = started
          ? "The file was cut off partway: the server stopped sending. Try again."
          : error instanceof TypeError
            ? "The server can't be reached."
            : (error as Error).message;
        setRun({ phase: "failed", message });
      }
    })();
    return () => abort.abort();
  }, [href, onDone]);

  if (run.phase === "failed") {
    return (
      <div
        role="alert"
        className="flex items-start justify-between gap-3 rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900"
      >
        <p>
          <span className="font-medium">The export failed; nothing was downloaded.</span> {run.message}
        </p>
        <button type="button" onClick={onDone} className="rounded px-1.5 font-medium underline-offset-2 hover:underline focus-ring-inset">
          Dismiss
        </button>
      </div>
    );
  }
  const rows = Math.min(run.rows, total);
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 bg-white px-4 py-2 text-sm text-zinc-800 shadow-xs"
    >
      <span className="tabular-nums">
        Exporting {rows.toLocaleString("en-US")} of {total.toLocaleString("en-US")} coupons…
      </span>
      <progress max={total} value={rows} aria-label="Export progress" className="h-1.5 w-40 accent-brand-600" />
      <button
        type="button"
        onClick={onDone}
        className="ml-auto rounded px-1.5 font-medium text-zinc-600 hover:text-zinc-900 focus-ring-inset"
      >
        Cancel export
      </button>
    </div>
  );
}
