"use client";
// Creates a family's codes: one batch (up to 100 codes, one bulk call) after another, with a
// progress bar, Cancel, and each code that couldn't be made. The server keeps every outcome, so a
// reload, a lost connection or Cancel loses nothing: coming back shows what is left and finishes it.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { runFamilyBatch } from "@/lib/actions/families";
import type { FamilyProgress } from "@/lib/server/families/family-store";

type Phase = "idle" | "running" | "stopping" | "stopped" | "done" | "failed";
const fmt = (n: number) => n.toLocaleString("en-US");
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function FamilyRunner({ familyId, initial, autoStart }: { familyId: string; initial: FamilyProgress; autoStart: boolean }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const [phase, setPhase] = useState<Phase>(initial.pending === 0 ? "done" : "idle");
  const [message, setMessage] = useState<string | null>(null);
  const [failures, setFailures] = useState<{ code: string; problem: string }[]>([]);
  const stop = useRef(false);
  const started = useRef(false);

  const run = async () => {
    stop.current = false;
    setPhase("running");
    setMessage(null);
    for (;;) {
      if (stop.current) return setPhase("stopped");
      const result = await runFamilyBatch({ familyId }).catch(() => null);
      if (!result || !result.ok) {
        setMessage(result ? result.message : "The server can't be reached. Nothing is lost: finish the rest when you are back online.");
        return setPhase("failed");
      }
      const report = result.data;
      setProgress(report.progress);
      if (report.failed.length) setFailures((was) => [...was, ...report.failed]);
      if (report.progress.pending === 0) {
        setPhase("done");
        return router.refresh();
      }
      // Another tab holds the rest right now: wait for it rather than send anything twice.
      if (report.created.length === 0 && report.remade === 0 && report.heldElsewhere > 0) await wait(2_000);
    }
  };

  useEffect(() => {
    if (autoStart && !started.current && initial.pending > 0) {
      started.current = true;
      void run();
    }
    // Once, on arrival from the form or the import.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const settled = progress.created + progress.failed;
  const busy = phase === "running" || phase === "stopping";
  return (
    <div className="space-y-3 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
      <p id="family-progress" className="text-sm font-medium text-zinc-900" aria-live="polite">
        {phase === "done"
          ? `All done: ${fmt(progress.created)} of ${fmt(progress.total)} codes created${progress.failed ? `, ${fmt(progress.failed)} couldn't be` : ""}.`
          : busy
            ? `Creating codes: ${fmt(settled)} of ${fmt(progress.total)}…`
            : `${fmt(progress.created)} of ${fmt(progress.total)} codes created; ${fmt(progress.pending)} still to create.`}
      </p>
      <progress
        aria-labelledby="family-progress"
        max={progress.total}
        value={settled}
        className="h-2 w-full appearance-none overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-zinc-200 [&::-webkit-progress-value]:bg-brand-600 [&::-moz-progress-bar]:bg-brand-600"
      />
      {phase === "stopped" ? (
        <p className="text-sm text-zinc-700">Stopped. The other {fmt(progress.pending)} codes are kept: finish them any time, here.</p>
      ) : null}
      {message ? (
        <p role="alert" className="text-sm text-rose-800">
          {message}
        </p>
      ) : null}
      <div className="flex gap-2">
        {busy ? (
          <button
            type="button"
            className="btn h-9"
            disabled={phase === "stopping"}
            onClick={() => {
              stop.current = true;
              setPhase("stopping");
            }}
          >
            {phase === "stopping" ? "Stopping after this batch…" : "Cancel"}
          </button>
        ) : progress.pending > 0 ? (
          <button type="button" className="btn-primary h-9" onClick={() => void run()}>
            {settled === 0 ? `Create ${fmt(progress.pending)} codes` : `Finish the remaining ${fmt(progress.pending)}`}
          </button>
        ) : null}
      </div>
      {failures.length ? (
        <div role="status" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
          <p className="font-medium">
            {failures.length === 1 ? "1 code couldn't be created:" : `${fmt(failures.length)} codes couldn't be created:`}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {failures.slice(0, 20).map((f) => (
              <li key={f.code}>
                <span className="font-mono">{f.code}</span>: {f.problem}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
