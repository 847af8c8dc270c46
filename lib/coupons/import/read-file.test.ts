// papaparse reads the CSV; what this adds: row numbers as a spreadsheet shows them, blank lines
// skipped, the export's formula guard taken off, and one message for a file it can't read.
import { describe, expect, it } from "vitest";
import { csvRow } from "../table/csv";
import { FILE_PROBLEMS, MAX_IMPORT_ROWS } from "./limits";
import { readImportFile, withoutFormulaGuard } from "./read-file";

const records = (text: string) => {
  const read = readImportFile(text);
  if (!read.ok) throw new Error(read.problem);
  return read.file.records;
};
const problem = (text: string) => {
  const read = readImportFile(text);
  return read.ok ? null : read.problem;
};

describe("readImportFile", () => {
  it("keeps spreadsheet row numbers across blank lines and multi-line cells", () => {
    const text = `\uFEFFCode,Name,Percent off\r\nA1,"Two\nlines",10\r\n\r\n,,\r\nB2,"Quoted, with comma",20\r\n`;
    expect(records(text)).toEqual([
      { line: 2, cells: { code: "A1", name: "Two\nlines", percentOffRate: "10" } },
      { line: 5, cells: { code: "B2", name: "Quoted, with comma", percentOffRate: "20" } },
    ]);
  });

  it("reads a file saved by European Excel, with semicolons", () => {
    expect(records("Code;Name;Amount off\nTEN;Ten off;10.00\n")).toEqual([
      { line: 2, cells: { code: "TEN", name: "Ten off", moneyOffAmount: "10.00" } },
    ]);
  });

  it("takes off the apostrophe the export puts before a formula, and only that one", () => {
    const exported = csvRow(["=HYPERLINK(1)", "-5", "'quoted'", "@home"]).trim().split(",");
    expect(exported.map(withoutFormulaGuard)).toEqual(["=HYPERLINK(1)", "-5", "'quoted'", "@home"]);
  });

  it("refuses, with one message each, an empty file, a header alone, too many rows and a broken quote", () => {
    expect(problem(" \r\n")).toBe(FILE_PROBLEMS.empty);
    expect(problem("code,name,percent off\r\n\r\n")).toBe(FILE_PROBLEMS.noRows);
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `C${i},Name,10`);
    expect(problem(`code,name,percent off\n${rows.join("\n")}`)).toBe(
      "This file has 5,001 rows; an import takes at most 5,000 at a time. Split it into smaller files.",
    );
    expect(records(`code,name,percent off\n${rows.slice(1).join("\n")}`)).toHaveLength(MAX_IMPORT_ROWS);
    expect(problem('code,name,percent off\nA,"Never closed,10\nB,Fine,10\n')).toMatch(/^Row 2 opens a quote/);
  });

  it("refuses junk by its header", () => {
    expect(problem("\u0007\u0013garbage\u0002 text, more\nand so on\n")).toMatch(/no “Code” column/);
  });
});
