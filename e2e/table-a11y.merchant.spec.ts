// The coupon table for keyboard and assistive-technology users: every action from the keyboard, and
// axe's WCAG 2 A and AA checks with the table, a filter and the drawer open.
import { expect, test } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { bodyRows, usesOf, expectSortedColumn, openTable } from "./support/table";

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

test.describe("accessibility (axe, WCAG 2 A and AA)", () => {
  test("the table", async ({ page }) => {
    await openTable(page);
    await expectNoAxeViolations(page);
  });
  test("with a filter open", async ({ page }) => {
    await openTable(page, "?type=MoneyOff");
    await page.getByRole("button", { name: /^Status filter/ }).click();
    await expect(page.getByRole("checkbox", { name: "Scheduled" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /More filters/ }).click();
    await expect(page.getByRole("group", { name: /Ends/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
  test("with the drawer open", async ({ page }) => {
    await openTable(page);
    await bodyRows(page).first().getByRole("link").click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(page.getByRole("dialog").getByRole("term").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
