// The file-level checks the browser makes before sending and the server makes again: each bad file
// gets its one message, and a good one passes.
import { describe, expect, it } from "vitest";
import { checkFileName, checkFileSize, checkImportText, decodeUtf8, FILE_PROBLEMS, MAX_IMPORT_BYTES } from "./limits";

describe("file checks", () => {
  it("refuses 10 MB of junk by its size, in megabytes", () => {
    expect(checkFileSize(10 * 1024 * 1024)).toBe(
      "This file is 10 MB; an import takes files up to 2 MB (about 5,000 coupons). Split it into smaller files.",
    );
    expect(checkFileSize(MAX_IMPORT_BYTES + 1)).toMatch(/^This file is 2.1 MB;/);
    expect(checkFileSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkFileSize(0)).toBe(FILE_PROBLEMS.empty);
  });

  it("reads UTF-8 (dropping Excel's byte-order mark) and refuses anything else", () => {
    const utf8 = new TextEncoder().encode("\uFEFFcode,name\nCAFÉ,Café\n");
    expect(decodeUtf8(utf8)).toEqual({ text: "code,name\nCAFÉ,Café\n" });
    // "Café" as Windows-1252 writes it: É is the single byte 0xC9.
    const latin1 = Uint8Array.from([...Buffer.from("code,name\nCAF"), 0xc9, ...Buffer.from(",x\n")]);
    expect(decodeUtf8(latin1)).toEqual({ problem: "This file isn't UTF-8 text: in Excel, save it as “CSV UTF-8”." });
  });

  it("on the server, measures the text in UTF-8 bytes and spots text that never was UTF-8", () => {
    expect(checkImportText("code,name\nA,B\n")).toBeNull();
    // Under the limit in characters, over it in bytes: "é" is two bytes.
    expect(checkImportText("é".repeat(MAX_IMPORT_BYTES / 2 + 1))).toMatch(/^This file is 2.1 MB/);
    expect(checkImportText("code\nCAF\uFFFD\n")).toBe(FILE_PROBLEMS.notUtf8);
    expect(checkImportText("PK\u0003\u0004\u0000\u0000")).toBe(FILE_PROBLEMS.notText);
  });

  it("names a workbook picked instead of a CSV", () => {
    expect(checkFileName("coupons.xlsx")).toMatch(/workbook, not a CSV/);
    expect(checkFileName("coupons.csv")).toBeNull();
  });
});
