// The CSV export pages through the backend at its largest page size: the demo store's 250 coupons
// take three calls (100, 100, 50), and every coupon is in the file once, in the view's order.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeTempDataDir, signInAs } from "@/lib/testing/auth-harness";
import { DEMO_TOTAL } from "../store/demo-size";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

const temp = makeTempDataDir("coupon-table-");
delete process.env.COUPON_SEED;
afterAll(() => temp.cleanup());

const { couponCsv, readTableRequest } = await import("./table-reads");
const { backend, couponGateway } = await import("../backend");

beforeAll(async () => {
  backend();
  await signInAs("support", "reader@test.local");
});

async function exportRows(query: string, columns: Parameters<typeof couponCsv>[1] = ["code", "numberOfUsages"]) {
  const queries = vi.spyOn(couponGateway(), "query");
  let text = "";
  for await (const chunk of couponCsv(readTableRequest(new URLSearchParams(query)), columns)) text += chunk;
  const calls = queries.mock.calls.map(([q]) => ({ limit: q.limit, offset: q.offset }));
  queries.mockRestore();
  return {
    calls,
    lines: text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n"),
  };
}

describe("couponCsv", () => {
  it("writes every page of the view, not just the first, each coupon once, in the view's order", async () => {
    const { calls, lines } = await exportRows("sort=-numberOfUsages&size=25");
    const [header, ...rows] = lines;
    // Uses come with their limit, as the table shows them ("12 of 100"), as two numbers.
    expect(header).toBe("Code,Uses,Usage limit");
    // At the backend's largest page, whatever the table's page size.
    expect(calls).toEqual([
      { limit: 100, offset: 0 },
      { limit: 100, offset: 100 },
      { limit: 100, offset: 200 },
    ]);
    expect(rows).toHaveLength(DEMO_TOTAL);
    expect(new Set(rows.map((r) => r.split(",")[0])).size).toBe(DEMO_TOTAL);
    const uses = rows.map((r) => Number(r.split(",")[1]));
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
  });

  it("keeps to the view's filter", async () => {
    const { lines } = await exportRows("type=FreeShipping", ["code", "type"]);
    const [, ...rows] = lines;
    // The 50 generated ones and the made-elsewhere "Free shipping, subscriptions too".
    expect(rows).toHaveLength(51);
    expect(new Set(rows.map((r) => r.split(",")[1]))).toEqual(new Set(["Free shipping"]));
  });
});

describe("the export's Uses column", () => {
  it("comes with the usage limit beside it, unless the view already shows the limit", async () => {
    const { lines } = await exportRows("q=SUBSAVE15", ["code", "numberOfUsages"]);
    expect(lines).toEqual(["Code,Uses,Usage limit", "SUBSAVE15,42,"]);
    const limited = await exportRows("q=BIG100SUB", ["numberOfUsages", "code"]);
    expect(limited.lines).toEqual(["Uses,Usage limit,Code", "88,500,BIG100SUB"]);
    const both = await exportRows("q=BIG100SUB", ["usageLimit", "code", "numberOfUsages"]);
    expect(both.lines[0]).toBe("Usage limit,Code,Uses");
  });
});
