// CSV export cells: formula injection neutralised, RFC 4180 quoting, nothing else changed.
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("csvCell", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+SUM(A1:A9)", "'+SUM(A1:A9)"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ])("escapes a formula: %j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["SUMMER10", "SUMMER10"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rlf", '"cr\rlf"'],
    [" padded ", '" padded "'],
    ["Summer Sale · Online", "Summer Sale · Online"],
    ["15 % off", "15 % off"],
    ["$10.00 off", "$10.00 off"],
    ["1=1", "1=1"], // only a leading sign starts a formula
    ["", ""],
  ])("quotes only when needed: %j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes numbers as they are and empty values as nothing", () => {
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("csvRow", () => {
  it("joins with commas and ends with CRLF", () => {
    expect(csvRow(["SUMMER", "Summer, the sale", "=2", 3, null])).toBe(`SUMMER,"Summer, the sale",'=2,3,\r\n`);
  });
});
