// Importing coupons from a spreadsheet as a merchant, on both backends: a CSV with 3 good rows and
// 2 bad ones (a code that exists, a percent off over 100) is checked row by row before anything is
// written, the 3 are created in a family, and the table finds them. A file that isn't UTF-8 gets
// one message and writes nothing.
import type { Page, TestInfo } from "@playwright/test";
import { makeCoupons } from "./support/backend-data";
import { expect, test } from "./support/fixtures";
import { uniqueCode } from "./support/store";

async function chooseFile(page: Page, name: string, content: string | Buffer) {
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8") });
}

/** On the Wix emulator the fixture can't delete what a test made: delete those coupons there. */
async function deleteAtEmulator(testInfo: TestInfo, codes: string[]) {
  const meta = testInfo.project.metadata as { emulatorUrl?: string; emulatorKey?: string; siteId?: string };
  if (!meta.emulatorUrl) return;
  const headers = { Authorization: meta.emulatorKey!, "wix-site-id": meta.siteId!, "Content-Type": "application/json" };
  const found = await fetch(`${meta.emulatorUrl}/stores/v2/coupons/query`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query: { filter: JSON.stringify({ "specification.code": { $hasSome: codes } }), paging: { limit: 100 } } }),
  }).then((r) => r.json() as Promise<{ coupons?: { id: string }[] }>);
  for (const coupon of found.coupons ?? [])
    await fetch(`${meta.emulatorUrl}/stores/v2/coupons/${coupon.id}`, { method: "DELETE", headers });
}

test("a CSV of 5 rows: the dry run shows each row's outcome, then the 3 valid ones are created", async ({ page }, testInfo) => {
  const taken = uniqueCode("TAKEN");
  const good = [uniqueCode("IMPA"), uniqueCode("IMPB"), uniqueCode("IMPC")];
  const bad = uniqueCode("IMPBAD");
  const { cleanup } = await makeCoupons(testInfo, [
    {
      specification: {
        name: "Already here",
        code: taken,
        startTime: Date.now() - 86_400_000,
        percentOffRate: 5,
        scope: { namespace: "stores" },
      },
    },
  ]);
  const csv = [
    "code,name,percent off",
    `${good[0]},Imported one,10`,
    `${taken},Clashes,15`,
    `${good[1]},Imported two,20`,
    `${bad},Too much,150`,
    `${good[2]},Imported three,25`,
  ].join("\r\n");
  try {
    await page.goto("/coupons/import");
    await chooseFile(page, "spring.csv", csv);
    await expect(page.getByRole("heading", { name: "3 of 5 rows will be created; 2 need fixing." })).toBeVisible();
    const rows = page.getByRole("table", { name: "What each row of spring.csv will become" }).getByRole("row");
    await expect(rows).toHaveCount(6);
    for (const code of good) await expect(rows.filter({ hasText: code })).toContainText("Will be created");
    await expect(rows.filter({ hasText: taken })).toContainText("Code already exists");
    await expect(rows.filter({ hasText: bad })).toContainText("Needs fixing");
    await expect(rows.filter({ hasText: bad })).toContainText(/Percent off/i);
    await testInfo.attach("dry run", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

    await page.getByRole("button", { name: "Create the 3 valid coupons" }).click();
    await page.waitForURL(/\/families\/[\w-]+/);
    await expect(page.getByText("All done: 3 of 3 codes created.")).toBeVisible();

    for (const [i, code] of good.entries()) {
      await page.goto(`/coupons?q=${code}`);
      const row = page.getByRole("row").filter({ hasText: code });
      await expect(row).toContainText(`${[10, 20, 25][i]} % off`);
      await expect(row).toContainText("All store products");
    }
    await page.goto(`/coupons?q=${bad}`);
    await expect(page.getByRole("row").filter({ hasText: bad })).toHaveCount(0);
  } finally {
    await deleteAtEmulator(testInfo, good);
    await cleanup();
  }
});

test("a file that isn't UTF-8, or too big, gets one clear message and nothing is checked or created", async ({ page }) => {
  await page.goto("/coupons/import");
  // "Café" in Latin-1: not valid UTF-8.
  await chooseFile(page, "latin1.csv", Buffer.from([0x63, 0x6f, 0x64, 0x65, 0x0d, 0x0a, 0x43, 0x61, 0x66, 0xe9]));
  await expect(page.getByRole("alert").filter({ hasText: "UTF-8" })).toHaveText(
    "This file isn't UTF-8 text: in Excel, save it as “CSV UTF-8”.",
  );
  await expect(page.getByRole("button", { name: /^Create the/ })).toHaveCount(0);
  // 10 MB of junk: refused in the browser before anything is sent.
  await chooseFile(page, "junk.csv", Buffer.alloc(10 * 1024 * 1024, "x"));
  await expect(page.getByRole("alert").filter({ hasText: "MB" })).toHaveText(/^This file is 10 MB; an import takes files up to 2 MB/);
  await expect(page.getByRole("table")).toHaveCount(0);
});
