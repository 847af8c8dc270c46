// A CSV file's text → its header and its rows, with papaparse doing the CSV (quotes, line breaks in
// cells, a ";" or tab separator as European Excel writes it). Refuses, in one message, what isn't a
// file of coupons: no rows, too many rows, a quote that never closes, a header without Code.
import Papa from "papaparse";
import { csvCell } from "../table/csv";
import { mapHeader, type HeaderMap, type ImportColumn } from "./columns";
import { FILE_PROBLEMS, MAX_IMPORT_ROWS } from "./limits";

export interface ImportRecord {
  /** The row's number in a spreadsheet: the header is row 1. */
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
}

export interface ImportFile {
  header: HeaderMap;
  records: ImportRecord[];
}

/**
 * The export puts an apostrophe before a cell a spreadsheet would run as a formula ("'=1+1");
 * take it off again exactly when the export would have put it on.
 */
export function withoutFormulaGuard(cell: string): string {
  if (!cell.startsWith("'")) return cell;
  const rest = cell.slice(1);
  return csvCell(rest).replace(/^"/, "").startsWith("'") ? rest : cell;
}

export function readImportFile(text: string): { ok: true; file: ImportFile } | { ok: false; problem: string } {
  const source = text.replace(/^\uFEFF/, "");
  if (!source.trim()) return { ok: false, problem: FILE_PROBLEMS.empty };
  const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
  const broken = parsed.errors.find((e) => e.type === "Quotes");
  if (broken) {
    const line = (broken.row ?? 0) + 1;
    const problem =
      `Row ${line.toLocaleString("en-US")} opens a quote (") that never closes, so the rest of the file can't be read: ` +
      "close it, or remove the quote.";
    return { ok: false, problem };
  }
  const [headerCells = [], ...rest] = parsed.data;
  const mapped = mapHeader(headerCells);
  if (!mapped.ok) return mapped;
  const records: ImportRecord[] = [];
  rest.forEach((cells, index) => {
    if (cells.every((cell) => !cell.trim())) return; // a blank line, or a row of empty cells
    const record: ImportRecord = { line: index + 2, cells: {} };
    cells.forEach((cell, at) => {
      const column = mapped.header.columns[at];
      if (column) record.cells[column] = withoutFormulaGuard(cell.trim());
    });
    records.push(record);
  });
  if (records.length === 0) return { ok: false, problem: FILE_PROBLEMS.noRows };
  if (records.length > MAX_IMPORT_ROWS) return { ok: false, problem: FILE_PROBLEMS.tooManyRows(records.length) };
  return { ok: true, file: { header: mapped.header, records } };
}
