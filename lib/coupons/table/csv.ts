// CSV for spreadsheets (RFC 4180), safe to open: a cell a spreadsheet would run as a formula gets
// an apostrophe in front (OWASP "CSV injection"), so a coupon named "=HYPERLINK(…)" stays text.

/** Starts a formula in Excel, LibreOffice or Google Sheets; tab and CR do in some of them too. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Excel reads a file as UTF-8 only when it starts with a byte-order mark. */
export const CSV_BOM = "\uFEFF";
