// Finding coupons in the table, on the embedded store's demo coupons: the first look, search, sorting,
// filters and quick views. These tests only read (or add coupons of their own); the table's other
// features have specs of their own (table-*.merchant.spec.ts), and table-actions.spec.ts changes data.
import { expect, test } from "./support/fixtures";
import { createCoupons, uniqueCode } from "./support/store";
import { DEMO_COUPONS, E2E_TIME_ZONE } from "./support/constants";
import {
  bodyRows,
  columnValues,
  couponTable,
  focusSearchWithSlash,
  settled,
  totalCount,
  usesOf,
  expectSortedColumn,
  openTable,
  DEFAULT_HEADERS,
} from "./support/table";

test("a newcomer lands on the table: the catalogue's default columns, values in words", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/coupons$/);
  await expect(page.getByRole("heading", { level: 1, name: "Coupons" })).toBeVisible();
  await expect(page.getByText("Local store (demo data)")).toBeVisible();
  await expect(page.getByText(new RegExp(`^${DEMO_COUPONS} coupons$`))).toBeVisible();
  await expect(page.getByText(new RegExp(`^${DEMO_COUPONS} coupons · Times in ${E2E_TIME_ZONE} \\(CET/CEST\\)$`))).toBeVisible();

  const table = couponTable(page);
  await expect(table.getByRole("columnheader")).toHaveText(DEFAULT_HEADERS);
  await expect(bodyRows(page)).toHaveCount(25);
  await expect(table).not.toContainText("{");
  for (const status of await columnValues(page, "Status")) expect(status).toMatch(/^(Active|Scheduled|Expired|Inactive|Used up)$/);
  for (const uses of await columnValues(page, "Uses")) expect(uses).toMatch(/^[\d,]+ of ([\d,]+|∞)$/);
  for (const type of await columnValues(page, "Type"))
    expect(type).toMatch(/ % off$| off$|^Buy \d+ get \d+$|^Free shipping$|^Sale price \$/);
});

test("support staff press / and type a code: it is found as they type, whatever the case", async ({ page }) => {
  await openTable(page);
  await focusSearchWithSlash(page);
  await page.keyboard.type("spring1");
  await expect(page).toHaveURL(/q=spring1/);
  await settled(page);
  await expect(page.getByText(/^3 matching coupons$/)).toBeVisible();
  expect((await columnValues(page, "Code")).sort()).toEqual(["SPRING1", "SPRING1D", "SPRING1T"]);
});

test("sorting by usage answers 'most used', and the header says how it is sorted", async ({ page }) => {
  await openTable(page);
  const uses = page.getByRole("columnheader", { name: "Uses" });
  await expect(uses).not.toHaveAttribute("aria-sort", /./);
  await uses.getByRole("button", { name: "Uses" }).click();
  await expect(page).toHaveURL(/sort=-numberOfUsages/);
  await expect(uses).toHaveAttribute("aria-sort", "descending");
  await expectSortedColumn(page, "Uses", "desc", usesOf);
  const counts = (await columnValues(page, "Uses")).map(usesOf);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(counts[0]).toBe(385);

  await uses.getByRole("button", { name: "Uses" }).click();
  await expect(uses).toHaveAttribute("aria-sort", "ascending");
  await expectSortedColumn(page, "Uses", "asc", usesOf);
  const ascending = (await columnValues(page, "Uses")).map(usesOf);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
});

test("quick clicks build on each other: twice on a header reverses it, then the next page keeps that order", async ({ page }) => {
  await openTable(page);
  const button = page.getByRole("columnheader", { name: "Uses" }).getByRole("button", { name: "Uses" });
  // No waiting between the clicks: each one starts from what the last one did.
  await button.click();
  await button.click();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/sort=numberOfUsages&page=2$/);
  await expect(page.getByRole("columnheader", { name: "Uses" })).toHaveAttribute("aria-sort", "ascending");
  await expectSortedColumn(page, "Uses", "asc", usesOf);
});

test("filtering by type and status narrows the list on the server", async ({ page }) => {
  await openTable(page);
  await page.getByRole("button", { name: /^Type filter/ }).click();
  await page.getByRole("checkbox", { name: "Percent off" }).click();
  await expect(page).toHaveURL(/type=PercentOff/);
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /^Status filter/ }).click();
  await page.getByRole("checkbox", { name: "Active", exact: true }).click();
  await expect(page.getByRole("checkbox", { name: "Active", exact: true })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/status=Active/);
  await settled(page);

  await expect(page.getByRole("button", { name: "Remove filter Type: Percent off" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove filter Status: Active" })).toBeVisible();
  const total = await totalCount(page);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(DEMO_COUPONS);
  await expect(page.getByText(new RegExp(`^${total} matching coupons?$`))).toBeVisible();
  for (const type of await columnValues(page, "Type")) expect(type).toMatch(/ % off$/);
  for (const status of await columnValues(page, "Status")) expect(status).toBe("Active");
});

test("'Expiring this week' lists the coupons that end in the next seven days, soonest first, not those that ended today", async ({
  page,
}) => {
  const DAY = 86_400_000;
  const endedCode = uniqueCode("ENDED");
  const ending = [2, 4, 6].map((days) => ({ code: uniqueCode(`END${days}D`), days }));
  createCoupons([
    {
      name: "Ended a minute ago",
      code: endedCode,
      percentOffRate: 5,
      minimumSubtotal: 10,
      startTime: Date.now() - DAY,
      expirationTime: Date.now() - 60_000,
    },
    ...ending.map(({ code, days }) => ({
      name: `Ends in ${days} days`,
      code,
      percentOffRate: 5,
      minimumSubtotal: 10,
      startTime: Date.now() - DAY,
      expirationTime: Date.now() + days * DAY,
    })),
  ]);
  await openTable(page);
  await page.getByRole("link", { name: "Expiring this week" }).click();
  await expect(page).toHaveURL(/expired=false&expirationTime=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}&sort=expirationTime/);
  await settled(page);
  await expect(page.getByRole("link", { name: "Expiring this week" })).toHaveAttribute("aria-current", "page");
  const withinAWeek = /ends in (\d+ (seconds?|minutes?|hours?)|[1-7] days?)$/;
  const ends = await columnValues(page, "Ends");
  expect(ends.length).toBeGreaterThanOrEqual(10);
  for (const end of ends) expect(end).toMatch(withinAWeek);
  const codes = await columnValues(page, "Code");
  expect(codes).not.toContain(endedCode);
  // Ours are there, soonest first, among the demo coupons that end this week.
  expect(codes.filter((code) => ending.some((e) => e.code === code))).toEqual(ending.map((e) => e.code));
});

test("nothing matching is said plainly, with a way back", async ({ page }) => {
  await page.goto("/coupons?q=NOSUCHCODE");
  await expect(page.getByRole("heading", { name: "No coupons match" })).toBeVisible();
  await page.getByRole("link", { name: "Clear search and filters" }).click();
  await expect(bodyRows(page)).toHaveCount(25);
  await expect(page.getByRole("searchbox")).toHaveValue("");
});
