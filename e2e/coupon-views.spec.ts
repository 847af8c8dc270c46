import { expect, test } from "@playwright/test";

// "Most used" and "Expiring soon" in both modes: on Wix they go through the Data Items API,
// because REST can neither sort by usage nor filter or sort by end time.
test.describe("views support staff ask for", () => {
  test("most used puts the most used coupons first, and paging keeps the view", async ({ page }) => {
    await page.goto("/coupons");
    const views = page.getByRole("navigation", { name: "Views" });
    await views.getByRole("link", { name: "Most used" }).click();
    await expect(page).toHaveURL(/\?view=most-used$/);
    await expect(views.getByRole("link", { name: "Most used" })).toHaveAttribute("aria-current", "page");

    const uses = (await page.getByRole("row").locator("td:nth-child(6)").allTextContents()).map((text) => Number(text.split(" of ")[0]));
    expect(uses).toHaveLength(25);
    expect(uses).toEqual([...uses].sort((a, b) => b - a));

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\?view=most-used&page=2$/);
    const next = (await page.getByRole("row").locator("td:nth-child(6)").allTextContents()).map((text) => Number(text.split(" of ")[0]));
    expect(Math.max(...next)).toBeLessThanOrEqual(Math.min(...uses));
  });

  test("expiring soon lists only coupons whose end is still ahead", async ({ page }) => {
    await page.goto("/coupons?view=expiring-soon");
    await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Expiring soon" })).toHaveAttribute("aria-current", "page");
    const ends = page.getByRole("row").locator("td:nth-child(8)");
    await expect(ends.first()).toBeVisible();
    for (const text of await ends.allTextContents()) expect(text).toMatch(/ends in /);
  });
});
