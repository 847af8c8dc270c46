// The columns an import reads: the export's own headers (each field's label in fields.ts, dates
// with their zone, "Starts (Europe/Berlin)"), matched in any case, so an export re-imports and a
// hand-made "code,name,percent off" works too. Columns the export writes that say nothing an
// import can set (status, uses, ids) are skipped; any other column is a mistake worth naming.
import { labelOf, type FieldId } from "../domain/fields";

export const IMPORT_COLUMNS = [
  "code",
  "name",
  "type",
  "scope",
  "startTime",
  "expirationTime",
  "usageLimit",
  "limitPerCustomer",
  "appliesToSubscriptions",
  "limitedToOneItem",
  "active",
  "minimumSubtotal",
  "buyXGetY",
  "fixedPriceAmount",
  "freeShipping",
  "moneyOffAmount",
  "percentOffRate",
] as const satisfies readonly FieldId[];
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Written by the export, read by no import: the coupon's state and history, not what it is. */
const SKIPPED: readonly FieldId[] = ["status", "numberOfUsages", "_dateCreated", "_id", "appId", "expired", "displayData"];
/** Columns that say what the discount is: a file needs one of them. */
export const DISCOUNT_COLUMNS: readonly ImportColumn[] = [
  "type",
  "percentOffRate",
  "moneyOffAmount",
  "fixedPriceAmount",
  "freeShipping",
  "buyXGetY",
];
export const DATE_COLUMNS: readonly ImportColumn[] = ["startTime", "expirationTime"];
/** The export names the zone of its date columns: "Starts (Europe/Berlin)". */
const ZONED: readonly FieldId[] = [...DATE_COLUMNS, "_dateCreated"];

export const columnLabel = (id: FieldId) => labelOf(id);

const key = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
const BY_LABEL = new Map<string, FieldId>([...IMPORT_COLUMNS, ...SKIPPED].map((id) => [key(columnLabel(id)), id]));

/** "A", "B", … "AA": how a spreadsheet names the nth column (0-based). */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface HeaderMap {
  /** Each column of the file: what it holds, or null when the import skips it. */
  columns: (ImportColumn | null)[];
  /** A zone a date column names in its header. */
  zones: Partial<Record<ImportColumn, string>>;
  present: Set<ImportColumn>;
}

const quoted = (id: FieldId) => `“${columnLabel(id)}”`;
const READ_LABELS = IMPORT_COLUMNS.map(columnLabel).join(", ");

/** Reads the header row, or says in one sentence what is wrong with it. */
export function mapHeader(cells: readonly string[]): { ok: true; header: HeaderMap } | { ok: false; problem: string } {
  const header: HeaderMap = { columns: [], zones: {}, present: new Set() };
  const unknown: string[] = [];
  const seenAt = new Map<FieldId, number>();
  for (const [index, raw] of cells.entries()) {
    const text = key(raw);
    const zoned = /^(.*?)\s*\(([^()]+)\)$/.exec(raw.trim());
    const dated = zoned ? BY_LABEL.get(key(zoned[1]!)) : undefined;
    const id = BY_LABEL.get(text) ?? (dated && ZONED.includes(dated) ? dated : undefined);
    if (!id) {
      if (text) unknown.push(`“${raw.trim()}” (column ${columnLetter(index)})`);
      header.columns.push(null);
      continue;
    }
    const before = seenAt.get(id);
    if (before !== undefined) {
      const where = `columns ${columnLetter(before)} and ${columnLetter(index)}`;
      return { ok: false, problem: `The column ${quoted(id)} is in the file twice (${where}): keep one.` };
    }
    seenAt.set(id, index);
    const column = (IMPORT_COLUMNS as readonly FieldId[]).includes(id) ? (id as ImportColumn) : null;
    header.columns.push(column);
    if (!column) continue;
    header.present.add(column);
    if (zoned && !BY_LABEL.has(text) && DATE_COLUMNS.includes(column)) {
      const zone = zoned[2]!.trim();
      if (!isTimeZone(zone)) {
        const problem =
          `The column “${raw.trim()}” names a time zone there is no such thing as: ` +
          `write it as “${columnLabel(column)} (Europe/Berlin)”, or leave the zone out.`;
        return { ok: false, problem };
      }
      header.zones[column] = zone;
    }
  }
  if (!header.present.has("code")) {
    const least = `${columnLabel("code")}, ${columnLabel("name")} and a discount such as ${columnLabel("percentOffRate")}`;
    const problem =
      `The file has no ${quoted("code")} column: its first row must name the columns (at least ${least}). ` + "The template shows them.";
    return { ok: false, problem };
  }
  if (unknown.length > 0) {
    const named = `${unknown.slice(0, 3).join(", ")}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ""}`;
    return { ok: false, problem: `The import doesn't know the column ${named}: remove it, or name it as one of ${READ_LABELS}.` };
  }
  if (!header.present.has("name")) return { ok: false, problem: `The file has no ${quoted("name")} column: every coupon needs a name.` };
  if (!DISCOUNT_COLUMNS.some((c) => header.present.has(c))) {
    return { ok: false, problem: `The file has no column saying what the discount is: add ${DISCOUNT_COLUMNS.map(quoted).join(" or ")}.` };
  }
  return { ok: true, header };
}
