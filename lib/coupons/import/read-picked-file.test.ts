// What the page does with a picked file before sending it: each bad file stops there with its one
// message (and 10 MB is refused by its size, unread); a good one goes on with its text.
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS } from "./limits";
import { readPickedFile } from "./read-picked-file";

const file = (parts: BlobPart[], name = "coupons.csv") => new File(parts, name, { type: "text/csv" });

describe("readPickedFile", () => {
  it("passes a UTF-8 CSV on, with Excel's byte-order mark dropped", async () => {
    expect(await readPickedFile(file(["\uFEFFcode,name,percent off\nCAFÉ10,Café,10\n"]))).toEqual({
      ok: true,
      fileName: "coupons.csv",
      text: "code,name,percent off\nCAFÉ10,Café,10\n",
      rows: 1,
    });
  });

  it("gives each bad file one message", async () => {
    const bytes = (text: string) => [...new TextEncoder().encode(text)];
    const latin1 = file([new Uint8Array([...bytes("code,name,percent off\nCAF"), 0xc9, ...bytes(",x,10\n")])]);
    const junk = { name: "junk.csv", size: 10 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("a 10 MB file is never read")) };
    const rows = Array.from({ length: 100_000 }, (_, i) => `C${i},N,1`).join("\n");
    const cases = [
      [latin1, "This file isn't UTF-8 text: in Excel, save it as “CSV UTF-8”."],
      [file(["name,percent off\nTen,10\n"]), expect.stringMatching(/^The file has no “Code” column/)],
      [junk, "This file is 10 MB; an import takes files up to 2 MB (about 5,000 coupons). Split it into smaller files."],
      [
        file([`code,name,percent off\n${rows}`]),
        `This file has 100,000 rows; an import takes at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} at a time. ` +
          "Split it into smaller files.",
      ],
      [file(["PK\u0003\u0004"], "coupons.xlsx"), expect.stringMatching(/workbook, not a CSV/)],
    ] as const;
    for (const [picked, problem] of cases) expect(await readPickedFile(picked)).toEqual({ ok: false, problem });
  });
});
