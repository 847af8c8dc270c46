// The schema's violations, said about the file: each names the column whose cell to fix (the one
// the field was read from) and reads in the file's words, "Percent off" for percentOffRate.
import type { FieldViolation } from "../domain/errors";
import { fieldById } from "../domain/fields";
import { SPECIFICATION_KEYS } from "../domain/specification";
import { columnLabel, DISCOUNT_COLUMNS, IMPORT_COLUMNS, type HeaderMap, type ImportColumn } from "./columns";
import type { RowDraft } from "./draft-row";
import type { RowProblem } from "./types";

/** The specification's own names that the schema's messages use ("percentOffRate", "scope.group"). */
const NAMED = SPECIFICATION_KEYS.filter((key) => fieldById(key) && (/[A-Z]/.test(key) || key === "scope"));
const NAMES = new RegExp(`\\b(${NAMED.join("|")})(?:\\.[A-Za-z]+)*\\b`, "g");

/** "percentOffRate can't be more than 100" → "can't be more than 100"; other names → their column's. */
export function inFileWords(description: string, field: string): string {
  const own = description.startsWith(`${field} `) ? description.slice(field.length + 1) : description;
  return own.replace(NAMES, (_whole, key: string) => `“${columnLabel(key as ImportColumn)}”`);
}

function columnOf(field: string, draft: RowDraft, header: HeaderMap): ImportColumn | null {
  const key = field.split(".")[0] ?? "";
  const source = draft.sources[key];
  if (source) return source;
  // The type itself is missing: the first column of the file that would say it.
  if (key === "type") return DISCOUNT_COLUMNS.find((c) => header.present.has(c)) ?? "type";
  return (IMPORT_COLUMNS as readonly string[]).includes(key) ? (key as ImportColumn) : null;
}

/** The schema says what is wrong; in a file, the way out is always the same. */
export const FIX = " — fix the cell or remove the row";

/** One problem per violation, none for a cell that already has one (its reading failed). */
export function problemsFrom(violations: readonly FieldViolation[], draft: RowDraft, header: HeaderMap): RowProblem[] {
  const problems: RowProblem[] = [];
  const told = new Set(draft.problems.map((p) => p.column));
  for (const violation of violations) {
    const column = columnOf(violation.field, draft, header);
    const label = column ? columnLabel(column) : "";
    if (told.has(label)) continue;
    told.add(label);
    problems.push({ column: label, message: `${inFileWords(violation.description, violation.field).replace(/\.$/, "")}${FIX}` });
  }
  return problems;
}
