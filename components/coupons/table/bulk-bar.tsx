"use client";
// Bulk actions on the selected coupons: activate, deactivate, delete. While one runs it shows
// progress; afterwards it says what happened, and lists every coupon that failed, with the reason.
import { listInWords } from "@/lib/words";
import { UNDO, type BulkKind, type BulkRun } from "./use-coupon-mutations";

interface BulkBarProps {
  selected: number;
  run: BulkRun | null;
  codeOf: (id: string) => string;
  onAction: (kind: BulkKind) => void;
  onClear: () => void;
  onDismiss: () => void;
  /** Switches back exactly the coupons the finished run changed (activate/deactivate only). */
  onUndo: (run: BulkRun) => void;
}

/** How many codes the outcome names inline; the rest are one click away. */
const NAMED = 5;

const VERB: Record<BulkKind, { doing: string; done: string; failed: string }> = {
  activate: { doing: "Activating", done: "activated", failed: "could not be activated" },
  deactivate: { doing: "Deactivating", done: "deactivated", failed: "could not be deactivated" },
  delete: { doing: "Deleting", done: "deleted", failed: "could not be deleted" },
};

const BUTTON = "rounded-md px-2.5 py-1 text-sm font-medium focus-ring-white disabled:opacity-50";

const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

function Progress({ run }: { run: BulkRun }) {
  const verb = VERB[run.kind];
  return (
    <div role="status" className="flex flex-1 items-center gap-3">
      <span className="text-sm font-medium">
        {verb.doing} {run.done.toLocaleString("en-US")} of {plural(run.total, "coupon")}…
      </span>
      <progress
        max={run.total}
        value={run.done}
        aria-label={`${verb.doing} coupons`}
        className="h-1.5 w-40 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-white/20 [&::-webkit-progress-value]:bg-white"
      />
    </div>
  );
}

/** "SUMMER10, WINTER5 and SPRING3", or the first few "and 7 more" (AllCodes lists them). */
function Codes({ codes }: { codes: string[] }) {
  if (codes.length <= NAMED) return <span className="font-mono">{listInWords(codes, "and")}</span>;
  return (
    <>
      <span className="font-mono">{codes.slice(0, NAMED).join(", ")}</span> and {codes.length - NAMED} more
    </>
  );
}

/** Every code of a long run, one click away under the sentence. */
function AllCodes({ codes }: { codes: string[] }) {
  if (codes.length <= NAMED) return null;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm underline-offset-2 hover:underline">Show all {codes.length}</summary>
      <ul aria-label="Coupons changed" className="mt-1 grid grid-cols-2 gap-x-4 font-mono sm:grid-cols-4">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </details>
  );
}

function Outcome({
  run,
  codeOf,
  onDismiss,
  onUndo,
}: {
  run: BulkRun;
  codeOf: (id: string) => string;
  onDismiss: () => void;
  onUndo: (run: BulkRun) => void;
}) {
  const verb = VERB[run.kind];
  const failed = run.failed.length;
  const name = (id: string) => run.codes[id] ?? codeOf(id);
  const done = run.succeeded.map(name).sort((a, b) => a.localeCompare(b));
  const undoable = UNDO[run.kind] !== undefined && run.changed.length > 0;
  return (
    <div
      role={failed ? "alert" : "status"}
      className={`rounded-lg border px-4 py-3 text-sm ${failed ? "border-amber-300 bg-amber-50 text-amber-950" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="font-medium">
          {plural(run.succeeded.length, "coupon")} {verb.done}
          {done.length ? (
            <>
              : <Codes codes={done} />
            </>
          ) : null}
          {failed ? `; ${plural(failed, "coupon")} ${verb.failed}:` : "."}
        </div>
        <div className="flex shrink-0 items-center gap-1">
          {undoable ? (
            <button
              type="button"
              onClick={() => onUndo(run)}
              className="rounded border border-current/30 px-2 text-sm font-medium hover:bg-white/60 focus-ring-inset"
            >
              Undo
            </button>
          ) : null}
          <button
            type="button"
            onClick={onDismiss}
            className="rounded px-1.5 text-sm font-medium underline-offset-2 hover:underline focus-ring-inset"
          >
            Dismiss
          </button>
        </div>
      </div>
      <AllCodes codes={done} />
      {failed ? (
        <ul aria-label="Coupons that failed" className="mt-2 space-y-1">
          {[...run.failed]
            .sort((a, b) => name(a.id).localeCompare(name(b.id)))
            .map((f) => (
              <li key={f.id}>
                <span className="font-mono font-semibold">{name(f.id)}</span> — {f.message}
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}

export function BulkBar({ selected, run, codeOf, onAction, onClear, onDismiss, onUndo }: BulkBarProps) {
  if (run && !run.running) return <Outcome run={run} codeOf={codeOf} onDismiss={onDismiss} onUndo={onUndo} />;
  if (selected === 0 && !run) return null;
  return (
    <div
      aria-label="Bulk actions"
      role="region"
      className="flex flex-wrap items-center gap-2 rounded-lg bg-zinc-900 px-4 py-2 text-white shadow-sm"
    >
      {run ? (
        <Progress run={run} />
      ) : (
        <>
          <span className="mr-auto text-sm font-medium tabular-nums">{plural(selected, "coupon")} selected</span>
          <button type="button" onClick={() => onAction("activate")} className={`${BUTTON} bg-white/10 hover:bg-white/20`}>
            Activate
          </button>
          <button type="button" onClick={() => onAction("deactivate")} className={`${BUTTON} bg-white/10 hover:bg-white/20`}>
            Deactivate
          </button>
          <button type="button" onClick={() => onAction("delete")} className={`${BUTTON} bg-rose-600 hover:bg-rose-500`}>
            Delete…
          </button>
          <button type="button" onClick={onClear} className={`${BUTTON} text-zinc-300 hover:text-white`}>
            Clear selection
          </button>
        </>
      )}
    </div>
  );
}
