// The CSV export pages through the backend at its largest page size: the demo store's 250 coupons
// take three calls (100, 100, 50), and every coupon is in the file once, in the view's order.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeTempDataDir, signInAs } from "@/lib/testing/auth-harness";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

const temp = makeTempDataDir("coupon-table-");
delete process.env.COUPON_SEED;
afterAll(() => temp.cleanup());

const { couponCsv, readTableRequest } = await import("./coupon-table");
const { backend } = await import("./backend");

beforeAll(async () => {
  backend();
  await signInAs("support", "reader@test.local");
});

async function exportRows(query: string): Promise<{ chunks: number; lines: string[] }> {
  let text = "";
  let chunks = 0;
  for await (const chunk of couponCsv(readTableRequest(new URLSearchParams(query)), ["code", "numberOfUsages"])) {
    text += chunk;
    chunks++;
  }
  return { chunks, lines: text.replace(/^\uFEFF/, "").trimEnd().split("\r\n") };
}

describe("couponCsv", () => {
  it("writes every page of the view, not just the first, each coupon once, in the view's order", async () => {
    const { chunks, lines } = await exportRows("sort=-numberOfUsages&size=25");
    const [header, ...rows] = lines;
    expect(header).toBe("Code,Uses");
    expect(chunks).toBe(3);
    expect(rows).toHaveLength(250);
    expect(new Set(rows.map((r) => r.split(",")[0])).size).toBe(250);
    const uses = rows.map((r) => Number(r.split(",")[1]));
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
  });

  it("keeps to the view's filter", async () => {
    const { lines } = await exportRows("type=FreeShipping");
    expect(lines.length - 1).toBe(50);
  });
});
