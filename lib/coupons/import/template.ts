// The template the import page offers, and the list of columns it explains: both from the same
// column labels and formatter words the export uses, so the template is an export-shaped file.
import { CSV_BOM, csvRow } from "../table/csv";
import { formatSortableDateTime } from "../time/dates";
import { describeScope, describeValue, formatMoney } from "../domain/format";
import { columnLabel, DISCOUNT_COLUMNS, IMPORT_COLUMNS, type ImportColumn } from "./columns";
import { discountExamples } from "./discount-text";
import { scopeExamples } from "./scope-text";

const DAY = 86_400_000;
const TEMPLATE_COLUMNS: readonly ImportColumn[] = [
  "code",
  "name",
  "type",
  "scope",
  "startTime",
  "expirationTime",
  "usageLimit",
  "limitPerCustomer",
];
const DATED: readonly ImportColumn[] = ["startTime", "expirationTime"];

/** Three example coupons in the export's columns; dates from `now`, in the merchant's zone. */
export function importTemplate(timeZone: string, currency: string, now: number): string {
  const header = TEMPLATE_COLUMNS.map((c) => (DATED.includes(c) ? `${columnLabel(c)} (${timeZone})` : columnLabel(c)));
  const soon = Math.ceil(now / DAY) * DAY;
  const when = (ms: number) => formatSortableDateTime(ms, timeZone);
  const value = (spec: Parameters<typeof describeValue>[0]) => describeValue(spec, currency);
  const everything = describeScope({ scope: { namespace: "stores" } });
  const over = (minimumSubtotal: number) => describeScope({ minimumSubtotal }, undefined, currency);
  const rows = [
    ["SPRING20", "Spring sale", value({ percentOffRate: 20 }), everything, "", when(soon + 30 * DAY), "500", "1"],
    ["SHIP50", "Free shipping over 50", value({ freeShipping: true }), over(50), when(soon), "", "", ""],
    ["TENOFF", "Ten off", value({ moneyOffAmount: 10 }), over(75), when(soon), when(soon + 14 * DAY), "", "2"],
  ];
  return CSV_BOM + [header, ...rows].map((row) => csvRow(row)).join("");
}

export interface ImportGuide {
  required: string[];
  discount: string[];
  /** "Applies to", with what it may say. */
  scope: { label: string; examples: string[] };
  optional: string[];
  discountExamples: string[];
  money: string;
  dateColumn: string;
}

/** What the page says the file may hold, by the columns' own labels. */
export function importGuide(currency: string): ImportGuide {
  const told: readonly ImportColumn[] = ["code", "name", "scope", ...DISCOUNT_COLUMNS];
  return {
    required: ["code", "name"].map(columnLabel),
    discount: DISCOUNT_COLUMNS.map(columnLabel),
    scope: { label: columnLabel("scope"), examples: scopeExamples(currency) },
    optional: IMPORT_COLUMNS.filter((c) => !told.includes(c)).map(columnLabel),
    discountExamples: discountExamples(currency),
    money: formatMoney(5, currency),
    dateColumn: columnLabel("startTime"),
  };
}
