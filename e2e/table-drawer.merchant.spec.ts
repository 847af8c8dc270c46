// The coupon details drawer: what it shows first, copying the code, its own URL, Back and Forward,
// and a merchant's changes from it.
import { expect, test } from "./support/fixtures";
import { createCoupons, uniqueCode } from "./support/store";
import { couponTable, openTable } from "./support/table";

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
