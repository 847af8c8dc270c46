// The import's dry run on the embedded demo store: an export re-imports as the coupons it came from,
// a hand-made "code,name,percent off" file works, each row says what will happen to it and which
// cell to fix, and a file that can't be imported gets one message. Nothing here writes a coupon.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/coupons/import/limits";
import { writableSpecification } from "@/lib/coupons/domain/model";
import { sameSpecification } from "@/lib/coupons/domain/spec-equality";
import { couponSpecificationSchema } from "@/lib/coupons/domain/specification";
import { TABLE_COLUMNS } from "@/lib/coupons/table/columns";
import { makeTempDataDir, signInAs, signOut } from "@/lib/testing/auth-harness";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

const temp = makeTempDataDir("import-dry-run-");
delete process.env.COUPON_SEED;
process.env.MERCHANT_TIME_ZONE = "Europe/Berlin";
afterAll(() => temp.cleanup());

const { dryRunImport } = await import("./import-dry-run");
const { couponCsv, readTableRequest } = await import("../coupon-table");
const { backend, couponGateway } = await import("../backend");
const store = () => backend().store!;

async function exportCsv(query = ""): Promise<string> {
  let text = "";
  for await (const chunk of couponCsv(readTableRequest(new URLSearchParams(query)), TABLE_COLUMNS)) text += chunk;
  return text;
}
const dryRun = (text: string, fileName = "coupons.csv") => dryRunImport({ fileName, text });

beforeAll(() => {
  backend();
});
beforeEach(async () => {
  signOut();
  await signInAs("merchant");
});

describe("an export re-imports", () => {
  it("as the same specifications, except the code, for every demo coupon the form could make", async () => {
    const coupons = [];
    for (let offset = 0; offset < store().count(); offset += 100) {
      coupons.push(...(await couponGateway().query({ sort: [], limit: 100, offset })).items);
    }
    const csv = await exportCsv();
    // New codes: the export's, with an R in front.
    const renamed = csv.replace(/^([^,\r\n]+),/gm, (line, code: string) => (code === "\uFEFFCode" ? line : `R${code},`));
    const { rows, fileProblem } = await dryRun(renamed);
    expect(fileProblem).toBeUndefined();
    const byCode = new Map(rows.map((row) => [row.code, row]));
    let compared = 0;
    for (const coupon of coupons) {
      const original = writableSpecification(coupon.specification);
      const row = byCode.get(`R${original.code}`)!;
      const formCouldMake = couponSpecificationSchema.safeParse(original).success;
      if (!formCouldMake) {
        expect(row.outcome, original.code).toBe("invalid");
        continue;
      }
      if (original.discountedCycleCount !== undefined) continue; // not a column of the table, so not in the export
      expect(row.outcome, `${original.code}: ${JSON.stringify(row.problems)}`).toBe("create");
      expect(sameSpecification(row.specification!, { ...original, code: `R${original.code}` }), original.code).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it("unchanged, every row's code is on the site already (in any case)", async () => {
    const csv = await exportCsv("q=SPRING");
    const lowered = csv.replace(/^([^,\r\n]+),/gm, (line, code: string) => (code === "\uFEFFCode" ? line : `${code.toLowerCase()},`));
    const { rows, valid } = await dryRun(lowered);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => r.outcome)).toEqual(rows.map(() => "exists"));
    expect(rows[0]!.problems[0]).toMatchObject({ column: "Code", message: expect.stringContaining("exists already") });
    expect(valid).toBe(0);
  });
});

describe("a hand-made file", () => {
  it("“code,name,percent off” makes store-wide coupons starting now", async () => {
    const before = Date.now();
    const { rows, valid } = await dryRun("code,name,percent off\nFRESH10,Ten off,10\nFRESH20,Twenty off,20 %\n");
    expect(valid).toBe(2);
    expect(rows.map((r) => [r.line, r.outcome, r.summary])).toEqual([
      [2, "create", "10 % off · All store products"],
      [3, "create", "20 % off · All store products"],
    ]);
    expect(rows[0]!.specification).toMatchObject({ code: "FRESH10", name: "Ten off", percentOffRate: 10, scope: { namespace: "stores" } });
    expect(rows[0]!.specification!.startTime).toBeGreaterThanOrEqual(before);
  });

  it("a percent off of 150 says which cell is wrong and how", async () => {
    const { rows, valid } = await dryRun("Code,Name,Percent off\nGOOD5,Five,5\nTOOMUCH,Too much,150\n");
    expect(valid).toBe(1);
    expect(rows[1]).toMatchObject({
      outcome: "invalid",
      problems: [{ column: "Percent off", message: "can't be more than 100 — fix the cell or remove the row" }],
    });
    expect(rows[1]!.specification).toBeUndefined();
  });

  it("a code twice in the file makes both rows duplicates, in any case", async () => {
    const { rows } = await dryRun("code,name,percent off\nTWICE,One,10\nOTHER,Two,10\ntwice,Three,10\n");
    expect(rows.map((r) => r.outcome)).toEqual(["duplicate", "create", "duplicate"]);
    expect(rows[0]!.problems[0]!.message).toBe("TWICE is also on row 4: keep one of the rows, or change the code");
  });

  it("finds items by name (any case) or id, and says when a name is nobody's or several items'", async () => {
    const [mug] = (await backend().catalogue.search({ namespace: "stores", group: "product" }, { text: "Blue Mug" })).items;
    store().catalogue.upsert([
      { namespace: "stores", group: "product", id: "pro-twin-1", name: "Twin Lamp" },
      { namespace: "stores", group: "product", id: "pro-twin-2", name: "twin lamp" },
    ]);
    const { rows } = await dryRun(
      [
        "Code,Name,Type,Applies to",
        "MUG1,Mug,10 % off,Product: blue mug",
        `MUG2,Mug,$5.00 off,Product: ${mug!.id}`,
        "NONE1,None,10 % off,Product: Golden Teapot",
        "TWIN1,Twin,10 % off,Product: Twin Lamp",
        "YOGA1,Yoga,10 % off,Service: Yoga Class",
      ].join("\n"),
    );
    expect(rows[0]!.specification!.scope).toEqual({ namespace: "stores", group: { name: "product", entityId: mug!.id } });
    expect(rows[0]!.summary).toBe("10 % off · Product: Blue Mug");
    expect(rows[1]!.specification!.scope!.group!.entityId).toBe(mug!.id);
    expect(rows[2]!.problems).toEqual([
      { column: "Applies to", message: "No product is called “Golden Teapot”: check the name, or put the product's id instead" },
    ]);
    expect(rows[3]!.problems[0]!.message).toMatch(/^2 products are called “Twin Lamp”: .*pro-twin-1, pro-twin-2/);
    expect(rows[4]).toMatchObject({ outcome: "create", specification: { scope: { namespace: "bookings", group: { name: "service" } } } });
  });

  it("reads dates in the zone the header names, else the merchant's", async () => {
    const { rows } = await dryRun(
      "Code,Name,Percent off,Starts (America/New_York),Ends\nZONED,Zoned,10,2030-01-15 09:00,2030-02-01 00:00\n",
    );
    expect(rows[0]!.specification).toMatchObject({ startTime: Date.UTC(2030, 0, 15, 14), expirationTime: Date.UTC(2030, 0, 31, 23) });
  });
});

describe("a file that can't be imported gets one message and no rows", () => {
  const cases: [string, () => string, RegExp][] = [
    ["wrong encoding", () => "code,name,percent off\nCAF\uFFFD,Caf\uFFFD,10\n", /isn't UTF-8 text: in Excel, save it as “CSV UTF-8”/],
    ["no Code column", () => "coupon,name,percent off\nA,B,10\n", /no “Code” column/],
    [
      "too many rows",
      () => `code,name,percent off\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `C${i},N,10`).join("\n")}`,
      /has 5,001 rows; an import takes at most 5,000/,
    ],
    ["too large", () => `code,name\n${"x".repeat(MAX_IMPORT_BYTES)}`, /^This file is 2.1 MB; an import takes files up to 2 MB/],
  ];
  it.each(cases)("%s", async (_label, text, message) => {
    const count = store().count();
    const queries = vi.spyOn(couponGateway(), "query");
    const result = await dryRun(text());
    expect(result).toEqual({ fileProblem: expect.stringMatching(message), rows: [], valid: 0 });
    expect(queries).not.toHaveBeenCalled();
    queries.mockRestore();
    expect(store().count()).toBe(count);
  });
});

describe("what it costs and who may", () => {
  it("asks the site about 100 codes a call: 250 rows, 3 calls", async () => {
    const queries = vi.spyOn(couponGateway(), "query");
    const lines = Array.from({ length: 250 }, (_, i) => `BULK${i},Bulk ${i},10`);
    const { valid } = await dryRun(`code,name,percent off\n${lines.join("\n")}`);
    expect(valid).toBe(250);
    expect(queries).toHaveBeenCalledTimes(3);
    queries.mockRestore();
  });

  it("refuses support", async () => {
    signOut();
    await signInAs("support");
    await expect(dryRun("code,name,percent off\nA,B,10\n")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
