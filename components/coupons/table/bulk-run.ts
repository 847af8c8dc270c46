"use client";
// A bulk run in small batches, so progress moves visibly and one slow coupon doesn't hide the
// others' results; each batch's outcome (what succeeded, failed, changed, and the codes) is added
// to the run as it comes. Loaded with the first bulk action, not with the page.
import { actions, unreachable, type BulkKind, type BulkRun } from "./use-coupon-mutations";

const BATCH = 10;

interface Outcome {
  succeeded: string[];
  failed: { id: string; message: string }[];
  changed: string[];
  codes: Record<string, string>;
}

const failedAll = (batch: string[], message: string): Outcome => ({
  succeeded: [],
  failed: batch.map((id) => ({ id, message })),
  changed: [],
  codes: {},
});

export async function runInBatches(kind: BulkKind, ids: readonly string[], report: (run: BulkRun) => void): Promise<BulkRun> {
  let run: BulkRun = { kind, total: ids.length, done: 0, succeeded: [], failed: [], changed: [], codes: {}, running: true };
  report(run);
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    let outcome: Outcome;
    try {
      const { bulkDelete, bulkSetActive } = await actions();
      const result =
        kind === "delete" ? await bulkDelete({ ids: batch }) : await bulkSetActive({ ids: batch, active: kind === "activate" });
      outcome = result.ok ? result.data : failedAll(batch, result.message);
    } catch {
      outcome = failedAll(batch, unreachable);
    }
    run = {
      ...run,
      done: run.done + batch.length,
      succeeded: [...run.succeeded, ...outcome.succeeded],
      failed: [...run.failed, ...outcome.failed],
      changed: [...run.changed, ...outcome.changed],
      codes: { ...run.codes, ...outcome.codes },
    };
    report(run);
  }
  run = { ...run, running: false };
  report(run);
  return run;
}
