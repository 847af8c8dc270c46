// Code families as a merchant makes them, on both backends (`merchant` on the embedded store,
// `merchant-wix-emulator` on the Wix gateway and the emulator): 250 codes from one coupon with the
// progress shown, their CSV (250 different codes), the table filtered to the family, and a small
// family switched off as one. Prefixes are unique by construction, like the e2e codes.
import { readFile } from "node:fs/promises";
import type { Page, TestInfo } from "@playwright/test";
import { redeemAt } from "./support/backend-data";
import { expect, test } from "./support/fixtures";
import { uniqueCode } from "./support/store";

/** A prefix no other test uses: the unique code's letters, within the 12 a prefix may have. */
const uniquePrefix = () => `${uniqueCode("F").slice(0, 10)}-`;

async function makeFamily(page: Page, { name, count, prefix }: { name: string; count: number; prefix: string }): Promise<string> {
  await page.goto("/coupons/new?many=1");
  await expect(page.getByRole("button", { name: /^Create [\d,]+ coupons$/ })).toBeEnabled();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await expect(page.getByRole("checkbox", { name: "Create many codes from this coupon" })).toBeChecked();
  await page.getByRole("textbox", { name: "How many codes" }).fill(String(count));
  await page.getByRole("textbox", { name: "Prefix" }).fill(prefix);
  await page.getByRole("textbox", { name: "Percent off" }).fill("10");
  // Five examples that follow the pattern.
  const examples = page.getByRole("list", { name: "Codes will look like" }).getByRole("listitem");
  await expect(examples).toHaveCount(5);
  for (const example of await examples.allTextContents()) expect(example).toMatch(new RegExp(`^${prefix}[A-HJ-KM-NP-Z2-9]{6}$`));
  await page.getByRole("button", { name: `Create ${count.toLocaleString("en-US")} coupons` }).click();
  await page.waitForURL(/\/families\/[\w-]+/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** On the Wix emulator the fixture can't delete what a test made: delete the family's coupons there. */
async function deleteAtEmulator(testInfo: TestInfo, ids: string[]) {
  const meta = testInfo.project.metadata as { emulatorUrl?: string; emulatorKey?: string; siteId?: string };
  if (!meta.emulatorUrl) return;
  for (let i = 0; i < ids.length; i += 100) {
    await fetch(`${meta.emulatorUrl}/stores/v2/bulk/coupons/delete`, {
      method: "POST",
      headers: { Authorization: meta.emulatorKey!, "wix-site-id": meta.siteId!, "Content-Type": "application/json" },
      body: JSON.stringify({ ids: ids.slice(i, i + 100) }),
    });
  }
}

test("250 codes from one coupon: progress, then a CSV of 250 different codes, and the table shows the family", async ({
  page,
}, testInfo) => {
  const prefix = uniquePrefix();
  await makeFamily(page, { name: "Flyer week", count: 250, prefix });
  const progress = page.getByRole("progressbar", { name: /codes/ });
  await expect(progress).toBeVisible();
  await expect(page.getByText("All done: 250 of 250 codes created.")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("definition").filter({ hasText: "250 of 250" })).toBeVisible();
  await testInfo.attach("family page", { body: await page.screenshot({ fullPage: false }), contentType: "image/png" });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the codes (CSV)" }).click();
  const file = await readFile(await (await download).path(), "utf8");
  const rows = file
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r\n/)
    .slice(1)
    .map((line) => line.split(","));
  const codes = rows.map((r) => r[0]!);
  expect(codes).toHaveLength(250);
  expect(new Set(codes.map((c) => c.toUpperCase())).size).toBe(250);
  for (const code of codes) expect(code).toMatch(new RegExp(`^${prefix}[A-HJ-KM-NP-Z2-9]{6}$`));
  try {
    await page.getByRole("link", { name: "Show in the table" }).click();
    await expect(page.getByRole("button", { name: `Remove filter Code family: ${prefix}` })).toBeVisible();
    await expect(page.getByText(/^250 matching coupons$/)).toBeVisible();
  } finally {
    await deleteAtEmulator(
      testInfo,
      rows.map((r) => r[4]!),
    );
  }
});

test("a small family is switched off as one, and the page says how often its codes were used", async ({ page }, testInfo) => {
  const prefix = uniquePrefix();
  await makeFamily(page, { name: "Influencers", count: 12, prefix });
  await expect(page.getByText("All done: 12 of 12 codes created.")).toBeVisible();
  const table = page.getByRole("table", { name: "The family's codes" });
  // The page refreshes once the last batch is in: then every code links to its coupon.
  await expect(table.getByRole("link")).toHaveCount(12);
  const ids: string[] = [];
  for (const link of await table.getByRole("link").all())
    ids.push(new URL((await link.getAttribute("href"))!, page.url()).searchParams.get("coupon")!);
  expect(ids).toHaveLength(12);
  try {
    // Two customers used the first code, one the second.
    await redeemAt(testInfo, ids[0]!, 2);
    await redeemAt(testInfo, ids[1]!, 1);
    await page.reload();
    const figure = (label: string) => page.getByRole("term").filter({ hasText: label }).locator("xpath=following-sibling::dd[1]");
    await expect(figure("Uses in total")).toHaveText("3");
    await expect(figure("Codes used")).toHaveText("2");
    await expect(figure("Switched on")).toHaveText("12");
    await page.getByRole("button", { name: "Switch all off" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Switched off: 12 changed." })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(13);
    await expect(table.getByText("Inactive")).toHaveCount(12);
    await expect(figure("Switched on")).toHaveText("0");
  } finally {
    await deleteAtEmulator(testInfo, ids);
  }
});
