// The table's view as something to keep and share: the column choice stays for the next visit, and a
// copied URL reproduces the exact view, drawer included.
import { expect, test } from "./support/fixtures";
import { columnValues, couponTable, openTable, DEFAULT_HEADERS } from "./support/table";

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
