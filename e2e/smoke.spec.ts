// The smoke run, in both modes (playwright.config.ts): the embedded store, and the Wix gateway
// talking to the Wix emulator. Signed in as support. Only what every backend answers is used here:
// "Most used" and "Expiring this week" go through Wix's Data Items API in the Wix mode.
import { expect, test, type TestInfo } from "@playwright/test";
import { DEMO_COUPONS } from "./support/constants";
import { columnValues, couponTable, focusSearchWithSlash, settled, totalCount, usesOf, expectSortedColumn } from "./support/table";

/** The header label of this project's backend. */
const backendLabel = (testInfo: TestInfo) => String(testInfo.project.metadata.backendLabel ?? "Local store (demo data)");

test("the table opens on the demo coupons, read through the active backend", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/coupons$/);
  await expect(page.getByText(backendLabel(testInfo))).toBeVisible();
  await expect(couponTable(page)).toBeVisible();
  await settled(page);
  // The demo coupons, made-elsewhere ones included: tests that add coupons remove them when they end.
  expect(await totalCount(page)).toBe(DEMO_COUPONS);
  await expect(couponTable(page)).not.toContainText("{");
});

test("a code is found as it is typed, whatever the case", async ({ page }) => {
  await page.goto("/coupons");
  await settled(page);
  const [code] = await columnValues(page, "Code");
  await focusSearchWithSlash(page);
  await page.keyboard.type(code!.toLowerCase());
  await expect(page).toHaveURL(new RegExp(`q=${code!.toLowerCase()}`));
  await settled(page);
  expect(await columnValues(page, "Code")).toContain(code);
});

test("'Most used' puts the most used first, and paging keeps the order", async ({ page }) => {
  await page.goto("/coupons");
  await page.getByRole("navigation", { name: "Quick views" }).getByRole("link", { name: "Most used" }).click();
  await expect(page).toHaveURL(/sort=-numberOfUsages/);
  await expectSortedColumn(page, "Uses", "desc", usesOf);
  const first = (await columnValues(page, "Uses")).map(usesOf);
  expect(first).toEqual([...first].sort((a, b) => b - a));

  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await settled(page);
  const second = (await columnValues(page, "Uses")).map(usesOf);
  expect(Math.max(...second)).toBeLessThanOrEqual(Math.min(...first));
});

test("'Expiring this week' lists only coupons that end within seven days", async ({ page }) => {
  await page.goto("/coupons");
  await page.getByRole("navigation", { name: "Quick views" }).getByRole("link", { name: "Expiring this week" }).click();
  await expect(page).toHaveURL(/expired=false&expirationTime=/);
  // Whole days in the merchant's zone, less the coupons that already ended today.
  const withinAWeek = /ends in (\d+ (seconds?|minutes?|hours?)|[1-7] days?)$/;
  await settled(page);
  const ends = await columnValues(page, "Ends");
  expect(ends.length).toBeGreaterThan(0);
  for (const end of ends) expect(end).toMatch(withinAWeek);
});
