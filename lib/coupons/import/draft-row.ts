// One row of the file → the specification it asks for, cell by cell, before any rule is checked:
// each column's reader turns its text into fields, remembering which column each field came from
// so that a rule broken later names the cell to fix. A missing start is now; a file without an
// "Applies to" column (the minimal "code,name,percent off") means all store products.
import type { ItemKind } from "../domain/catalogue";
import { columnLabel, type HeaderMap, type ImportColumn } from "./columns";
import { readDateTime, readMoney, readPercent, readSwitch, readWhole, type Read } from "./cell-values";
import { readDiscountText } from "./discount-text";
import type { ImportRecord } from "./read-file";
import { readScopeText } from "./scope-text";
import type { RowProblem } from "./types";

export interface RowContext {
  now: number;
  /** The merchant's zone: dates are read in it unless their column names another. */
  timeZone: string;
  currency: string;
  header: HeaderMap;
}

export interface RowDraft {
  line: number;
  code: string;
  name: string;
  fields: Record<string, unknown>;
  /** Each field's column, for the problems the schema finds. */
  sources: Record<string, ImportColumn>;
  problems: RowProblem[];
  /** An item named in "Applies to", for the catalogue to find. */
  item?: { kind: ItemKind; text: string };
}

type Fields = Record<string, unknown>;
const map = <T>(read: Read<T>, to: (value: T) => Fields): Read<Fields> => ("value" in read ? { value: to(read.value) } : read);
const onlyIf = (on: boolean, fields: Fields): Fields => (on ? fields : {});

function readCell(column: ImportColumn, text: string, ctx: RowContext): Read<Fields> {
  const zone = ctx.header.zones[column] ?? ctx.timeZone;
  switch (column) {
    case "code":
    case "name":
      return { value: { [column]: text } };
    case "type":
      return map(readDiscountText(text, ctx.currency), (value) => ({ ...value }));
    case "scope":
      return map(readScopeText(text, ctx.currency), (value) => ({ ...value }));
    case "startTime":
    case "expirationTime":
      return map(readDateTime(text, zone), (ms) => ({ [column]: ms }));
    case "usageLimit":
    case "limitPerCustomer":
      return map(readWhole(text), (n) => ({ [column]: n }));
    case "minimumSubtotal":
    case "moneyOffAmount":
    case "fixedPriceAmount":
      return map(readMoney(text, ctx.currency), (amount) => ({ [column]: amount }));
    case "percentOffRate":
      return map(readPercent(text), (rate) => ({ percentOffRate: rate }));
    case "buyXGetY": {
      // The export writes "Buy 2, get 1 free": the two whole numbers, in that order.
      const numbers = text.match(/\d+/g);
      if (numbers?.length !== 2) return { problem: "write it as Buy 2, get 1 free" };
      return { value: { buyXGetY: { x: Number(numbers[0]), y: Number(numbers[1]) } } };
    }
    case "freeShipping":
    case "appliesToSubscriptions":
    case "limitedToOneItem":
      // "No" is the switch's default: it adds nothing.
      return map(readSwitch(text), (on) => onlyIf(on, { [column]: true }));
    case "active":
      return map(readSwitch(text), (on) => onlyIf(!on, { active: false }));
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function draftRow(record: ImportRecord, ctx: RowContext): RowDraft {
  const { code = "", name = "" } = record.cells;
  const draft: RowDraft = { line: record.line, code, name, fields: {}, sources: {}, problems: [] };
  for (const column of ctx.header.columns) {
    if (!column) continue;
    const text = record.cells[column] ?? "";
    if (!text && column !== "code" && column !== "name") continue;
    const read = readCell(column, text, ctx);
    if ("problem" in read) {
      draft.problems.push({ column: columnLabel(column), message: read.problem });
      continue;
    }
    const { item, ...fields } = read.value as Fields & { item?: RowDraft["item"] };
    if (item) draft.item = item;
    for (const [field, value] of Object.entries(fields)) {
      const before = draft.sources[field];
      if (before !== undefined && !same(draft.fields[field], value)) {
        const message = `says something else than “${columnLabel(before)}”: make the two agree, or empty one of them`;
        draft.problems.push({ column: columnLabel(column), message });
        continue;
      }
      draft.fields[field] = value;
      draft.sources[field] ??= column;
    }
  }
  const { fields } = draft;
  fields.startTime ??= ctx.now;
  const saysWhere = fields.scope !== undefined || fields.minimumSubtotal !== undefined || fields.freeShipping !== undefined;
  if (!ctx.header.present.has("scope") && !saysWhere) fields.scope = { namespace: "stores" };
  return draft;
}
