"use client";
// The import, step by step: pick a CSV (checked here first: size, UTF-8, columns, rows), see the
// server's dry run of every row, then create the valid ones, which the family page does in batches.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FieldDescription, descriptionId, errorId } from "@/components/ui/form/field";
import { checkImport, startImport } from "@/lib/actions/import-coupons";
import type { ActionResult } from "@/lib/actions/result";
import { readPickedFile } from "@/lib/coupons/import/read-picked-file";
import type { ImportGuide as Guide } from "@/lib/coupons/import/template";
import type { DryRun } from "@/lib/coupons/import/types";
import { DryRunSummary } from "./dry-run-summary";
import { DryRunTable } from "./dry-run-table";
import { ImportGuide } from "./import-guide";

type Phase = { step: "pick" } | { step: "reading" } | { step: "checking"; rows: number } | { step: "checked" } | { step: "starting" };
const FILE_INPUT = "import-file";
const UNREACHABLE = "The server can't be reached, so the file wasn't checked. Nothing was created; try again in a moment.";
const fmt = (n: number) => n.toLocaleString("en-US");
/** A refusal in its own words: the first field's message, if any ("Check the highlighted fields" has no fields here). */
const refusalText = (result: Extract<ActionResult<unknown>, { ok: false }>) =>
  Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.message;
const FILE_INPUT_CLASS = [
  "focus-ring block w-full rounded-md text-sm text-zinc-700 disabled:opacity-60",
  "file:mr-3 file:h-9 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3",
  "file:text-sm file:font-medium file:text-zinc-800 hover:file:bg-zinc-50",
].join(" ");

export function ImportCoupons({ guide, templateHref, timeZone }: { guide: Guide; templateHref: string; timeZone: string }) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ step: "pick" });
  const [problem, setProblem] = useState<string | null>(null);
  const [createProblem, setCreateProblem] = useState<string | null>(null);
  const [result, setResult] = useState<(DryRun & { fileName: string }) | null>(null);
  const summary = useRef<HTMLHeadingElement>(null);
  const busy = phase.step === "reading" || phase.step === "checking" || phase.step === "starting";

  const check = async (file: File) => {
    setProblem(null);
    setCreateProblem(null);
    setResult(null);
    setPhase({ step: "reading" });
    const picked = await readPickedFile(file);
    if (!picked.ok) {
      setProblem(picked.problem);
      return setPhase({ step: "pick" });
    }
    setPhase({ step: "checking", rows: picked.rows });
    const answer = await checkImport({ fileName: picked.fileName, text: picked.text }).catch(() => null);
    if (!answer || !answer.ok || answer.data.fileProblem) {
      setProblem(!answer ? UNREACHABLE : !answer.ok ? refusalText(answer) : answer.data.fileProblem!);
      return setPhase({ step: "pick" });
    }
    setResult({ ...answer.data, fileName: picked.fileName });
    setPhase({ step: "checked" });
    requestAnimationFrame(() => summary.current?.focus());
  };

  const create = async () => {
    if (!result) return;
    setCreateProblem(null);
    setPhase({ step: "starting" });
    const specifications = result.rows.flatMap((row) => (row.outcome === "create" && row.specification ? [row.specification] : []));
    const answer = await startImport({ fileName: result.fileName, specifications }).catch(() => null);
    if (!answer || !answer.ok) {
      setCreateProblem(answer ? refusalText(answer) : "The server can't be reached. Nothing was created; try again in a moment.");
      return setPhase({ step: "checked" });
    }
    router.push(`/families/${answer.data.familyId}?run=1`);
  };

  const status = {
    pick: "",
    reading: "Reading the file…",
    checking: phase.step === "checking" ? `Checking ${fmt(phase.rows)} ${phase.rows === 1 ? "row" : "rows"} against the site…` : "",
    checked: "",
    starting: "Starting the import…",
  }[phase.step];
  return (
    <div className="space-y-5">
      <ImportGuide guide={guide} templateHref={templateHref} timeZone={timeZone} />
      <div className="max-w-xl">
        <label htmlFor={FILE_INPUT} className="mb-1.5 block text-sm font-medium text-zinc-900">
          CSV file
        </label>
        <input
          id={FILE_INPUT}
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          aria-describedby={[problem ? errorId(FILE_INPUT) : null, descriptionId(FILE_INPUT)].filter(Boolean).join(" ")}
          {...(problem ? { "aria-invalid": true } : {})}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Emptied, so that choosing the same file again after fixing it checks it again.
            event.currentTarget.value = "";
            if (file) void check(file);
          }}
          className={FILE_INPUT_CLASS}
        />
        <FieldDescription id={FILE_INPUT}>Nothing is created until you have seen the check and chosen to.</FieldDescription>
        {problem ? (
          <p id={errorId(FILE_INPUT)} role="alert" className="mt-2 text-sm text-rose-800">
            {problem}
          </p>
        ) : null}
      </div>
      <p aria-live="polite" className="text-sm text-zinc-700">
        {status}
        {busy ? <progress className="ml-3 h-2 w-40 align-middle accent-brand-600" aria-label={status} /> : null}
      </p>
      {result ? (
        <div className="space-y-3">
          <DryRunSummary ref={summary} result={result} starting={phase.step === "starting"} onCreate={() => void create()} />
          {createProblem ? (
            <p role="alert" className="text-sm text-rose-800">
              {createProblem}
            </p>
          ) : null}
          <DryRunTable rows={result.rows} fileName={result.fileName} />
        </div>
      ) : null}
    </div>
  );
}
