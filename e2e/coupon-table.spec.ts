// The coupon table as support staff and merchants use it, on the embedded store's demo coupons.
// These tests only read; table-actions.spec.ts changes data, on coupons of its own.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
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
} from "./support/table";

const DEFAULT_HEADERS = ["", "Code", "Name", "Type", "Applies to", "Status", "Uses", "Starts", "Ends", "Actions"];

async function openTable(page: Page, query = "") {
  await page.goto(`/coupons${query}`);
  await expect(couponTable(page)).toBeVisible();
  await settled(page);
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

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

test("pages through on the server, with a page size and the total; back and forward work", async ({ page }) => {
  await openTable(page);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText(`1–25 of ${DEMO_COUPONS}`);
  await expect(pagination).toContainText(`Page 1 of ${Math.ceil(DEMO_COUPONS / 25)}`);
  const firstPage = await columnValues(page, "Code");

  await pagination.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pagination).toContainText(`26–50 of ${DEMO_COUPONS}`);
  await settled(page);
  const secondPage = await columnValues(page, "Code");
  expect(secondPage).toHaveLength(25);
  expect(secondPage.filter((code) => firstPage.includes(code))).toEqual([]);

  await pagination.getByLabel("Rows per page").selectOption("50");
  await expect(page).toHaveURL(/size=50/);
  await expect(pagination).toContainText(`1–50 of ${DEMO_COUPONS}`);
  await settled(page);
  await expect(bodyRows(page)).toHaveCount(50);

  await page.goBack();
  await expect(page).toHaveURL(/page=2$/);
  await expect(pagination).toContainText(`26–50 of ${DEMO_COUPONS}`);
  await settled(page);
  expect(await columnValues(page, "Code")).toEqual(secondPage);
  await page.goForward();
  await expect(pagination).toContainText(`1–50 of ${DEMO_COUPONS}`);
});

test("shows and hides columns; the choice stays for the next visit", async ({ page }) => {
  await openTable(page);
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("checkbox", { name: "ID", exact: true }).check();
  await page.getByRole("checkbox", { name: "Starts", exact: true }).uncheck();
  await expect(page.getByRole("checkbox", { name: "Code", exact: true })).toBeDisabled();
  await page.keyboard.press("Escape");
  const headers = couponTable(page).getByRole("columnheader");
  await expect(headers.filter({ hasText: /^ID$/ })).toHaveCount(1);
  await expect(headers.filter({ hasText: /^Starts$/ })).toHaveCount(0);
  await expect(page).toHaveURL(/cols=/);

  await page.goto("/coupons");
  await expect(headers.filter({ hasText: /^ID$/ })).toHaveCount(1);
  await expect(headers.filter({ hasText: /^Starts$/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("button", { name: "Show the default columns" }).click();
  await expect(headers).toHaveText(DEFAULT_HEADERS);
});

test("a copied URL reproduces the exact view, drawer included", async ({ page, browser }) => {
  await openTable(
    page,
    "?status=Active,Scheduled&namespace=stores&sort=-numberOfUsages&page=2&size=25&cols=code,name,status,numberOfUsages,_id",
  );
  const codes = await columnValues(page, "Code");
  await page.getByRole("row").nth(3).getByRole("link").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  const url = page.url();
  expect(url).toMatch(/coupon=[\w-]+$/);

  // Another browser: no cookies, no cache; only the link.
  const other = await (await browser.newContext()).newPage();
  await other.goto(url);
  await expect(other.getByRole("dialog")).toBeVisible();
  await expect(other.getByRole("dialog").getByRole("heading", { level: 2 })).toHaveText(codes[2]!);
  await other.keyboard.press("Escape");
  await expect(other.getByRole("dialog")).toBeHidden();
  await expect(couponTable(other).getByRole("columnheader")).toHaveText(["", "Code", "Name", "Status", "Uses", "ID", "Actions"]);
  expect(await columnValues(other, "Code")).toEqual(codes);
  await expect(other.getByRole("navigation", { name: "Pagination" })).toContainText("Page 2 of");
  await other.context().close();
});

test("the details drawer shows status and uses first, then only the fields that apply, copies the code in one click and has its own URL", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openTable(page, "?q=SPRING1D");
  await couponTable(page).getByRole("link", { name: "SPRING1D" }).click();
  const drawer = page.getByRole("dialog", { name: "SPRING1D" });
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(/coupon=/);
  // What support looks for first: status, and uses against the limit.
  const terms = drawer.getByRole("term");
  await expect(terms.nth(0)).toHaveText("Status");
  await expect(terms.nth(1)).toHaveText("Uses");
  // SPRING1D is a free-shipping coupon: its own fields, and none of the other types' rows of "—".
  for (const label of [
    "Discount",
    "Applies to",
    "Starts",
    "Ends",
    "Active",
    "Created",
    "Usage limit",
    "Name",
    "Code",
    "ID",
    "Created by app",
  ]) {
    await expect(terms.filter({ hasText: new RegExp(`^${label}$`) })).toHaveCount(1);
  }
  for (const label of ["Percent off", "Amount off", "Sale price", "Buy X get Y", "Once per order", "Applies to subscriptions", "Expired"]) {
    await expect(terms.filter({ hasText: new RegExp(`^${label}$`) })).toHaveCount(0);
  }
  await expect(drawer.getByRole("definition").filter({ hasText: /^—/ })).toHaveCount(0);
  await expect(drawer).toContainText("Spring Sale · Early Access");
  await expect(drawer).not.toContainText("{");

  await drawer.getByRole("button", { name: "Copy code" }).click();
  await expect(drawer.getByRole("status")).toHaveText("Code copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("SPRING1D");

  await page.reload();
  await expect(page.getByRole("dialog", { name: "SPRING1D" })).toBeVisible();
  await page.getByRole("button", { name: "Close details" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page).not.toHaveURL(/coupon=/);
});

test("closing the details goes back to the list as it was: Back doesn't reopen them", async ({ page }) => {
  await openTable(page);
  await openTable(page, "?q=SPRING1D");
  await couponTable(page).getByRole("link", { name: "SPRING1D" }).click();
  await expect(page.getByRole("dialog", { name: "SPRING1D" })).toBeVisible();
  await page.getByRole("button", { name: "Close details" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page).toHaveURL(/\/coupons\?q=SPRING1D$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/coupons$/);
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("Back closes the details and goes no further: Forward opens them again", async ({ page }) => {
  await openTable(page);
  await openTable(page, "?q=SPRING1D");
  await couponTable(page).getByRole("link", { name: "SPRING1D" }).click();
  await expect(page.getByRole("dialog", { name: "SPRING1D" })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page).toHaveURL(/\/coupons\?q=SPRING1D$/);
  // Had Back gone back twice, Forward would land on the list without the details.
  await page.goForward();
  await expect(page.getByRole("dialog", { name: "SPRING1D" })).toBeVisible();
});

test("every action is reachable from the keyboard", async ({ page }) => {
  await openTable(page);
  const uses = page.getByRole("button", { name: "Uses", exact: true });
  await uses.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=-numberOfUsages/);
  await expectSortedColumn(page, "Uses", "desc", usesOf);

  const menu = page.getByRole("button", { name: /^Actions for / }).first();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Edit" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeFocused();

  const code = bodyRows(page).first().getByRole("link");
  await code.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("a failed load says so and offers a retry", async ({ page }) => {
  await openTable(page);
  await page.route("**/api/coupons?*", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "UNAVAILABLE", message: "The coupon service is not answering." } }),
    }),
  );
  // Not "Next page": the table has already prefetched it, so it would show without a request.
  await page.getByRole("link", { name: "Last page" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The coupons could not be loaded" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("The coupon service is not answering.");
  await page.unroute("**/api/coupons?*");
  await alert.getByRole("button", { name: "Try again" }).click();
  const lastPage = DEMO_COUPONS % 25 || 25;
  await expect(bodyRows(page)).toHaveCount(lastPage);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText(
    `${DEMO_COUPONS - lastPage + 1}–${DEMO_COUPONS} of ${DEMO_COUPONS}`,
  );
});

test("nothing matching is said plainly, with a way back", async ({ page }) => {
  await page.goto("/coupons?q=NOSUCHCODE");
  await expect(page.getByRole("heading", { name: "No coupons match" })).toBeVisible();
  await page.getByRole("link", { name: "Clear search and filters" }).click();
  await expect(bodyRows(page)).toHaveCount(25);
  await expect(page.getByRole("searchbox")).toHaveValue("");
});

test.describe("accessibility (axe, WCAG 2 A and AA)", () => {
  test("the table", async ({ page }) => {
    await openTable(page);
    await axe(page);
  });
  test("with a filter open", async ({ page }) => {
    await openTable(page, "?type=MoneyOff");
    await page.getByRole("button", { name: /^Status filter/ }).click();
    await expect(page.getByRole("checkbox", { name: "Scheduled" })).toBeVisible();
    await axe(page);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /More filters/ }).click();
    await expect(page.getByRole("group", { name: /Ends/ })).toBeVisible();
    await axe(page);
  });
  test("with the drawer open", async ({ page }) => {
    await openTable(page);
    await bodyRows(page).first().getByRole("link").click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(page.getByRole("dialog").getByRole("term").first()).toBeVisible();
    await axe(page);
  });
});

test("a page past the end says so, with no pager numbers for another page, and offers the last page", async ({ page }) => {
  await page.goto("/coupons?page=999");
  const pages = Math.ceil(DEMO_COUPONS / 25);
  const panel = page.getByRole("status").filter({ hasText: "This page is past the end of the list" });
  await expect(panel).toBeVisible();
  // Not the last page's numbers under page 999's URL.
  await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
  await expect(page.getByText(`of ${DEMO_COUPONS}`)).toHaveCount(0);
  await panel.getByRole("button", { name: `Go to page ${pages}` }).click();
  await expect(page).toHaveURL(new RegExp(`page=${pages}`));
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText(`${(pages - 1) * 25 + 1}–${DEMO_COUPONS} of ${DEMO_COUPONS}`);
  await expect(pagination).toContainText(`Page ${pages} of ${pages}`);
});

test("a merchant switches a coupon off and on, and deletes it, from its details", async ({ page }) => {
  const code = uniqueCode("DRAWER");
  createCoupons([{ name: "From the drawer", code, percentOffRate: 5, minimumSubtotal: 10, startTime: Date.now() - 86_400_000 }]);
  await openTable(page, `?q=${code}`);
  await couponTable(page).getByRole("link", { name: code }).click();
  const drawer = page.getByRole("dialog", { name: code });
  const glance = drawer.getByLabel("At a glance");
  await expect(glance).toContainText("Active");
  await drawer.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${code} is inactive now.` })).toBeVisible();
  await expect(glance).toContainText("Inactive");
  await drawer.getByRole("button", { name: "Activate", exact: true }).click();
  await expect(glance).not.toContainText("Inactive");
  await drawer.getByRole("button", { name: "Delete…" }).click();
  await page
    .getByRole("alertdialog", { name: `Delete ${code}?` })
    .getByRole("button", { name: "Delete coupon" })
    .click();
  await expect(page.getByRole("dialog", { name: code })).toBeHidden();
  await expect(page.getByRole("heading", { name: "No coupons match" })).toBeVisible();
});
