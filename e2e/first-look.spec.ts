// What a merchant notices first, at 1440×900 and at 390×844 (two projects in playwright.config.ts):
// the right error on the right field, a forced setting released, a layout that fits a phone, named
// bulk outcomes with Undo, a details drawer that starts with status and uses, a usable audit log
// and 24-hour times. Each test saves a screenshot of what it checked (test-results/…/*.png).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { E2E_TIME_ZONE, e2eDataDir } from "./support/constants";
import { parseCsv } from "./support/csv";
import { expect, test } from "./support/fixtures";
import { chooseScope, fillBasics, fillDateTime, openNewCoupon, radio, summary } from "./support/coupon-form";
import { createCoupons, uniqueCode } from "./support/store";

const phone = (testInfo: TestInfo) => (testInfo.project.use.viewport?.width ?? 1280) < 640;

async function look(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

/** Creates coupons of this test's own, all starting a day ago, percent off over a minimum. */
function make(prefix: string, count: number, patch: Record<string, unknown> = {}) {
  const code = uniqueCode(prefix);
  const codes = Array.from({ length: count }, (_, i) => `${code}${String.fromCharCode(65 + i)}`);
  const ids = createCoupons(
    codes.map((c) => ({
      name: `First look ${c}`,
      code: c,
      percentOffRate: 10,
      minimumSubtotal: 20,
      startTime: Date.now() - 86_400_000,
      ...patch,
    })),
  );
  return { prefix: code, codes, ids };
}

/** Finds the coupons by their shared prefix, selects the page and switches them all off in bulk. */
async function deactivateAll(page: Page, prefix: string) {
  await page.goto(`/coupons?q=${prefix}`);
  await page.getByRole("checkbox", { name: "Select all coupons on this page" }).check();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Deactivate" }).click();
}

test("the form puts a missing amount on the amount, previews nothing it can't save, and releases a forced setting", async ({
  page,
}, testInfo) => {
  await openNewCoupon(page);
  await fillBasics(page, { name: "First look", code: uniqueCode("LOOK") });
  await expect(summary(page)).toContainText("Percent off (amount still to enter)");
  await page.getByRole("textbox", { name: "Percent off" }).fill("101");
  await expect(summary(page)).not.toContainText("101 %");
  await page.getByRole("textbox", { name: "Percent off" }).fill("");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page.getByRole("textbox", { name: "Percent off" })).toHaveAccessibleDescription(/Enter the percentage off/);
  await expect(page.getByText(/Choose a coupon type/)).toHaveCount(0);

  await chooseScope(page, "Bookings services", "All services");
  await expect(page.getByRole("checkbox", { name: "Once per order" })).toBeChecked();
  await radio(page, "Store products").check();
  await expect(page.getByRole("checkbox", { name: "Once per order" })).not.toBeChecked();

  // Times are typed on a 24-hour clock beside the date picker, as the rest of the app writes them.
  await fillDateTime(page, "Starts", "2030-06-01T9:05");
  await page.getByRole("group", { name: "Starts" }).getByLabel("Time (24-hour)").blur();
  await expect(page.getByRole("group", { name: "Starts" }).getByLabel("Time (24-hour)")).toHaveValue("09:05");
  await expect(summary(page)).toContainText("from 1 Jun 2030, 09:05 CEST");
  await look(page, testInfo, "form");
});

test("the list fits the screen: code, status and uses in view, the header on one line", async ({ page }, testInfo) => {
  await page.goto("/coupons?q=SUBSAVE15");
  // The same row on both: a card on a phone (globals.css), a table row on a wide screen.
  const item = page.getByRole("row").filter({ hasText: "SUBSAVE15" });
  await expect(item.getByRole("link", { name: "SUBSAVE15" })).toBeInViewport();
  await expect(item.getByText("Active", { exact: true })).toBeInViewport();
  await expect(item.getByText(/^42 of/)).toBeInViewport();
  // Nothing to scroll sideways for.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const header = await page.getByRole("banner").boundingBox();
  expect(header!.height).toBeLessThan(phone(testInfo) ? 60 : 80);
  const hint = page.locator("kbd").filter({ hasText: "/" });
  if (phone(testInfo)) {
    await expect(hint).toBeHidden();
    // The filters fold behind one button, and open from it.
    await expect(page.getByRole("button", { name: /^Type/ })).toBeHidden();
    await page.getByRole("checkbox", { name: /^Show filters/ }).check();
    await expect(page.getByRole("button", { name: /^Type/ })).toBeVisible();
  } else {
    await expect(hint).toBeVisible();
  }
  await look(page, testInfo, "list");
});

test("a bulk switch names its coupons and can be undone; the drawer starts with status and uses", async ({ page }, testInfo) => {
  const { prefix, codes } = make("BULKLOOK", 3);
  await deactivateAll(page, prefix);
  const outcome = page.getByRole("status").filter({ hasText: `3 coupons deactivated: ${codes[0]}, ${codes[1]} and ${codes[2]}.` });
  await expect(outcome).toBeVisible();
  await look(page, testInfo, "bulk-outcome");
  await outcome.getByRole("button", { name: "Undo" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `3 coupons activated: ${codes[0]}, ${codes[1]} and ${codes[2]}.` }),
  ).toBeVisible();

  await page.getByRole("link", { name: codes[0]! }).click();
  const drawer = page.getByRole("dialog", { name: codes[0]! });
  await expect(drawer.getByRole("term").nth(0)).toHaveText("Status");
  await expect(drawer.getByRole("term").nth(1)).toHaveText("Uses");
  await expect(drawer.getByRole("term").filter({ hasText: /^Amount off$/ })).toHaveCount(0);
  await drawer.getByRole("button", { name: "Deactivate" }).click();
  await expect(drawer.getByLabel("At a glance")).toContainText("Inactive");
  await look(page, testInfo, "drawer");
});

test("the audit log is filtered by code and names coupons and its zone", async ({ page }, testInfo) => {
  const { prefix, codes } = make("AUDLOOK", 2);
  await deactivateAll(page, prefix);
  await expect(page.getByRole("status").filter({ hasText: "2 coupons deactivated" })).toBeVisible();
  await page.goto(`/audit?code=${codes[1]!.toLowerCase()}`);
  await expect(page.getByText(`times in ${E2E_TIME_ZONE}`)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `Deactivated 2 coupons: ${codes[0]} and ${codes[1]}` })).toBeVisible();
  await look(page, testInfo, "audit");
});

test("a page past the end says so and offers the last page", async ({ page }, testInfo) => {
  await page.goto("/coupons?page=999");
  await expect(page.getByRole("status").filter({ hasText: "This page is past the end of the list" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
  await look(page, testInfo, "past-end");
});

test("the export writes uses with their limit, and support's 403 gives a reason that fits the page", async ({
  page,
  browser,
}, testInfo) => {
  await page.goto("/coupons?q=BIG100SUB");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const [header, row] = parseCsv((await readFile((await download.path())!, "utf8")).slice(1));
  const at = header!.indexOf("Uses");
  expect(header![at + 1]).toBe("Usage limit");
  expect(row!.slice(at, at + 2)).toEqual(["88", "500"]);

  const { baseURL, viewport, isMobile, hasTouch } = testInfo.project.use;
  const support = await browser.newContext({
    baseURL,
    viewport,
    isMobile,
    hasTouch,
    storageState: path.join(e2eDataDir(), "auth", "support.json"),
  });
  const other = await support.newPage();
  const response = await other.goto("/coupons/new");
  expect(response?.status()).toBe(403);
  await expect(
    other.getByText(
      "Support can find and read coupons and export them, but not create, change or delete coupons, manage users or read the audit log.",
    ),
  ).toBeVisible();
  await look(other, testInfo, "forbidden");
  await support.close();
});
