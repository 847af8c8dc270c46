// The dry run's verdict on every row, from its draft, the items the catalogue found and the codes
// the site already has: the form's own schema checks each coupon, then a code that is on the site
// ("exists") or twice in the file ("duplicate", both rows) keeps its row from being created.
import { describeScope, describeValue } from "../domain/format";
import { couponSpecificationSchema, violationsFrom, type CouponSpecification } from "../domain/specification";
import { columnLabel, type HeaderMap } from "./columns";
import type { RowDraft } from "./draft-row";
import { itemKey, type ItemFound } from "./resolve-items";
import type { ImportRow, RowProblem } from "./types";
import { problemsFrom } from "./violations";

export interface CheckedRow {
  line: number;
  code: string;
  name: string;
  problems: RowProblem[];
  specification?: CouponSpecification;
  summary?: string;
}

/** Problems left to right, as the merchant goes along the row; the row's own ones last. */
function inColumnOrder(problems: RowProblem[], header: HeaderMap): RowProblem[] {
  const at = (label: string) => {
    const index = header.columns.findIndex((column) => column !== null && columnLabel(column) === label);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...problems].sort((a, b) => at(a.column) - at(b.column));
}

/** One row against the schema, with its item's id (or the catalogue's answer) put in. */
export function checkRow(draft: RowDraft, items: ReadonlyMap<string, ItemFound>, header: HeaderMap, currency: string): CheckedRow {
  const problems = [...draft.problems];
  const fields = structuredClone(draft.fields) as { scope?: { group?: { entityId?: string } } };
  const found = draft.item ? items.get(itemKey(draft.item.kind, draft.item.text)) : undefined;
  if (found && "problem" in found) problems.push({ column: columnLabel("scope"), message: found.problem });
  else if (found && fields.scope?.group) fields.scope.group.entityId = found.id;
  const parsed = couponSpecificationSchema.safeParse(fields, { reportInput: true });
  const base = { line: draft.line, code: draft.code, name: draft.name };
  if (!parsed.success) {
    const broken = problemsFrom(violationsFrom(parsed.error), { ...draft, problems }, header);
    return { ...base, problems: inColumnOrder([...problems, ...broken], header) };
  }
  const item = found && "name" in found ? { name: found.name } : undefined;
  const summary = `${describeValue(parsed.data, currency)} · ${describeScope(parsed.data, item, currency)}`;
  return problems.length > 0 ? { ...base, problems, summary } : { ...base, problems, specification: parsed.data, summary };
}

const key = (code: string) => code.toUpperCase();

/** Outcomes, most pressing first: twice in the file, then on the site already, then what the rows' cells break. */
export function settleOutcomes(rows: readonly CheckedRow[], existing: ReadonlySet<string>): ImportRow[] {
  const lines = new Map<string, number[]>();
  for (const row of rows) if (row.code) lines.set(key(row.code), [...(lines.get(key(row.code)) ?? []), row.line]);
  return rows.map(({ specification, ...row }): ImportRow => {
    const others = row.code ? lines.get(key(row.code))!.filter((line) => line !== row.line) : [];
    if (others.length > 0) {
      const where = others.length === 1 ? `row ${others[0]}` : `rows ${others.join(", ")}`;
      const message = `${row.code} is also on ${where}: keep one of the rows, or change the code`;
      return { ...row, outcome: "duplicate", problems: [{ column: columnLabel("code"), message }, ...row.problems] };
    }
    if (row.code && existing.has(key(row.code))) {
      const message = `a coupon with the code ${row.code} exists already: change the code, or remove the row`;
      return { ...row, outcome: "exists", problems: [{ column: columnLabel("code"), message }, ...row.problems] };
    }
    if (!specification) return { ...row, outcome: "invalid" };
    return { ...row, outcome: "create", specification };
  });
}
