// Paging the coupon table on the server: page size, totals, Back and Forward, a failed load with a
// retry, and a page past the end.
import { expect, test } from "./support/fixtures";
import { DEMO_COUPONS } from "./support/constants";
import { bodyRows, columnValues, settled, openTable } from "./support/table";

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
