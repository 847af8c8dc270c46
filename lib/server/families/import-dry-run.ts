import "server-only";
// The import's dry run: the file is read and every row checked exactly as it would be created
// (the form's schema, the catalogue's items, the site's codes), and nothing is written. What the
// page shows before the merchant says "Create"; the rows it calls valid are what they send back.
import { existingCodes } from "@/lib/coupons/import/existing-codes";
import { checkRow, settleOutcomes } from "@/lib/coupons/import/check-rows";
import { draftRow } from "@/lib/coupons/import/draft-row";
import { checkFileName, checkImportText } from "@/lib/coupons/import/limits";
import { readImportFile } from "@/lib/coupons/import/read-file";
import { resolveItems } from "@/lib/coupons/import/resolve-items";
import type { DryRun } from "@/lib/coupons/import/types";
import { SPECIFICATION_FIELDS } from "@/lib/coupons/domain/specification";
import { authorize } from "../auth/guards";
import { catalogueGateway, couponGateway } from "../backend";
import { merchantCurrency, merchantTimeZone } from "../config";

export type { DryRun, ImportRow, ImportOutcome, RowProblem } from "@/lib/coupons/import/types";

const refused = (fileProblem: string): DryRun => ({ fileProblem, rows: [], valid: 0 });

export async function dryRunImport(input: { fileName: string; text: string }): Promise<DryRun> {
  await authorize("coupons:write");
  const fileProblem = checkFileName(input.fileName) ?? checkImportText(input.text);
  if (fileProblem) return refused(fileProblem);
  const read = readImportFile(input.text);
  if (!read.ok) return refused(read.problem);

  const { header, records } = read.file;
  const ctx = { now: Date.now(), timeZone: merchantTimeZone(), currency: merchantCurrency(), header };
  const drafts = records.map((record) => draftRow(record, ctx));
  const items = await resolveItems(
    catalogueGateway(),
    drafts.flatMap((draft) => (draft.item ? [draft.item] : [])),
  );
  const checked = drafts.map((draft) => checkRow(draft, items, header, ctx.currency));
  // Only codes that can be codes are asked about: one with a space can't be on the site.
  const askable = checked.map((row) => row.code).filter((code) => SPECIFICATION_FIELDS.code.safeParse(code).success);
  const rows = settleOutcomes(checked, await existingCodes(couponGateway(), askable));
  return { rows, valid: rows.filter((row) => row.outcome === "create").length };
}
