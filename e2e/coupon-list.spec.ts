import AxeBuilder from "@axe-core/playwright";
import { expect, test, type TestInfo } from "@playwright/test";

/** The header label of this project's backend (playwright.config.ts: embedded store or Wix emulator). */
const backendLabel = (testInfo: TestInfo) => String(testInfo.project.metadata.backendLabel ?? "Local store (demo data)");

// Runs signed in as support (playwright.config.ts), in both modes: reading needs a session.
test.describe("coupon list on the demo data", () => {
  test("a newcomer lands on the demo coupons, read through the gateway", async ({ page }, testInfo) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/coupons$/);
    await expect(page.getByRole("heading", { level: 1, name: "Coupons" })).toBeVisible();
    await expect(page.getByText(backendLabel(testInfo))).toBeVisible();
    // The 250 demo coupons, plus any that merchant tests created earlier in this run.
    const summary = page.getByText(/^[\d,]+ coupons · times in /);
    await expect(summary).toBeVisible();
    expect(Number((await summary.textContent())!.split(" ")[0]!.replace(/,/g, ""))).toBeGreaterThanOrEqual(250);

    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(["Code", "Name", "Discount", "Applies to", "Status", "Uses", "Starts", "Ends"]);
    // A header row plus one page of 25 coupons.
    await expect(table.getByRole("row")).toHaveCount(26);
    // Values are in words, never raw JSON.
    await expect(table).not.toContainText("{");
    await expect(table.getByRole("cell", { name: /% off$/ }).first()).toBeVisible();
    await expect(table.getByRole("cell", { name: /^(Active|Scheduled|Expired|Inactive|Used up)$/ }).first()).toBeVisible();
  });

  test("pages through the list on the server", async ({ page }) => {
    await page.goto("/coupons");
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await expect(pagination).toContainText(/^1–25 of [\d,]+/);
    const total = (await pagination.textContent())!.match(/of ([\d,]+)/)![1]!;
    const firstCode = await page.getByRole("row").nth(1).getByRole("cell").first().textContent();

    await pagination.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(pagination).toContainText(`26–50 of ${total}`);
    await expect(page.getByRole("row").nth(1).getByRole("cell").first()).not.toHaveText(firstCode ?? "");

    await pagination.getByRole("link", { name: "Previous" }).click();
    await expect(pagination).toContainText(`1–25 of ${total}`);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/coupons");
    await expect(page.getByRole("table")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations).toEqual([]);
  });
});
