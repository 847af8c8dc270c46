// Rows checked without a server: the form's schema decides, each problem names the column to fix
// in the file's words, and the outcomes put a code twice in the file, or on the site, first.
import { describe, expect, it } from "vitest";
import type { CatalogueGateway } from "../domain/catalogue";
import { checkRow, settleOutcomes } from "./check-rows";
import { draftRow } from "./draft-row";
import { readImportFile } from "./read-file";
import { resolveItems } from "./resolve-items";
import { importTemplate } from "./template";

const NOW = Date.UTC(2030, 0, 1);
const FIX = " — fix the cell or remove the row";
const noCatalogue: CatalogueGateway = {
  search: async () => ({ items: [] }),
  getMany: async () => ({ items: [], unknown: [] }),
};

async function check(text: string, catalogue = noCatalogue) {
  const read = readImportFile(text);
  if (!read.ok) throw new Error(read.problem);
  const ctx = { now: NOW, timeZone: "Europe/Berlin", currency: "USD", header: read.file.header };
  const drafts = read.file.records.map((record) => draftRow(record, ctx));
  const items = await resolveItems(
    catalogue,
    drafts.flatMap((d) => (d.item ? [d.item] : [])),
  );
  return drafts.map((draft) => checkRow(draft, items, read.file.header, "USD"));
}

describe("checkRow", () => {
  it("names the column and says what is wrong in the file's words", async () => {
    const rows = await check(
      [
        "Code,Name,Type,Applies to,Minimum subtotal,Ends",
        "OK1,Fine,10 % off,All store products,,",
        "BAD 1,,Free shipping,All store products,,",
        "BAD2,Two,$5.00 off,,,",
        "BAD3,Three,10 % off,All services,,2029-12-31 00:00",
        "BAD4,Four,Buy 2 get 1,Whole order,abc,",
      ].join("\n"),
    );
    expect(rows[0]).toMatchObject({
      problems: [],
      specification: { code: "OK1", percentOffRate: 10, startTime: NOW, scope: { namespace: "stores" } },
    });
    expect(rows[1]!.problems).toEqual([
      { column: "Code", message: `Codes can't contain spaces; customers type them at checkout${FIX}` },
      { column: "Name", message: `Give the coupon a name${FIX}` },
      {
        column: "Applies to",
        message:
          "Free shipping applies to the whole order and takes no “Applies to”; " +
          `remove “Applies to” (a “Minimum subtotal” is fine)${FIX}`,
      },
    ]);
    expect(rows[2]!.problems).toEqual([{ column: "Applies to", message: expect.stringMatching(/Choose what the coupon applies to/) }]);
    expect(rows[3]!.problems).toEqual([{ column: "Ends", message: `The end must come after the start${FIX}` }]);
    // A cell that can't be read is told once: not again as the rule it then breaks.
    // Problems come in the file's column order.
    expect(rows[4]!.problems).toEqual([
      { column: "Applies to", message: expect.stringMatching(/^When “Applies to” or “Minimum subtotal” is not used/) },
      { column: "Minimum subtotal", message: "write an amount in USD as $5.00 or 5.00 (a dot before the cents)" },
    ]);
    expect(rows.slice(1).every((row) => row.specification === undefined)).toBe(true);
  });

  it("refuses two columns that say different things", async () => {
    const [row] = await check("Code,Name,Type,Percent off\nMIX,Mixed,20 % off,30 %\n");
    expect(row!.problems).toEqual([
      { column: "Percent off", message: "says something else than “Type”: make the two agree, or empty one of them" },
    ]);
  });

  it("defaults to all store products only when the file has no Applies to column", async () => {
    const [minimal] = await check("code,name,amount off\nTEN,Ten,$10.00\n");
    expect(minimal!.specification).toMatchObject({ moneyOffAmount: 10, scope: { namespace: "stores" } });
    const [shipping] = await check("code,name,free shipping\nSHIP,Ship,yes\n");
    expect(shipping!.specification).toEqual({ code: "SHIP", name: "Ship", freeShipping: true, startTime: NOW });
  });

  it("takes the catalogue's id for an item, and says when the catalogue can't answer", async () => {
    const kitchen = { namespace: "stores", group: "collection", id: "col-1", name: "Kitchen & Dining" };
    const catalogue: CatalogueGateway = {
      search: async (_kind, { text }) => ({ items: [kitchen].filter((i) => i.name.toLowerCase().includes(text.toLowerCase())) }),
      getMany: async () => ({ items: [], unknown: [] }),
    };
    const [row] = await check("Code,Name,Type,Applies to\nKIT,Kitchen,10 % off,Collection: kitchen & dining\n", catalogue);
    expect(row).toMatchObject({
      specification: { scope: { namespace: "stores", group: { name: "collection", entityId: "col-1" } } },
      summary: "10 % off · Collection: Kitchen & Dining",
    });
    const down: CatalogueGateway = { ...catalogue, getMany: async () => Promise.reject(new Error("503")) };
    const [failed] = await check("Code,Name,Type,Applies to\nKIT,Kitchen,10 % off,Collection: Outdoor\n", down);
    expect(failed!.problems).toEqual([
      {
        column: "Applies to",
        message: "the collections couldn't be looked up just now, so “Outdoor” wasn't checked: try again in a moment",
      },
    ]);
  });
});

describe("settleOutcomes", () => {
  it("puts a code twice in the file first, then one on the site, then the row's own problems", async () => {
    const rows = await check("code,name,percent off\nNEW,New,10\nTAKEN,Taken,150\nTWICE,A,10\nTwice,B,10\nBAD,Bad,150\n");
    expect(settleOutcomes(rows, new Set(["TAKEN"])).map((r) => [r.code, r.outcome, r.problems.length, Boolean(r.specification)])).toEqual([
      ["NEW", "create", 0, true],
      ["TAKEN", "exists", 2, false],
      ["TWICE", "duplicate", 1, false],
      ["Twice", "duplicate", 1, false],
      ["BAD", "invalid", 1, false],
    ]);
  });
});

describe("the template", () => {
  it("is an import of three valid coupons", async () => {
    const rows = await check(importTemplate("Europe/Berlin", "USD", NOW).replace(/^\uFEFF/, ""));
    expect(rows.map((r) => r.problems)).toEqual([[], [], []]);
    expect(rows.map((r) => r.summary)).toEqual([
      "20 % off · All store products",
      "Free shipping · Orders over $50.00",
      "$10.00 off · Orders over $75.00",
    ]);
  });
});
