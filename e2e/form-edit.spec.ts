// Editing and duplicating: the type is locked with its reason, only changed fields are sent, a
// cleared end date goes as null, a coupon changed elsewhere is not overwritten unasked.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { fillBasics, openNewCoupon, radio, rowFor, saveAndExpectToast, summary, fillDateTime } from "./support/coupon-form";
import { createCoupons, uniqueCode } from "./support/store";

async function createWithEndDate(page: Page, name: string, code: string): Promise<string> {
  await openNewCoupon(page);
  await fillBasics(page, { name, code });
  await page.getByRole("textbox", { name: "Percent off" }).fill("25");
  await fillDateTime(page, "Starts", "2030-03-01T10:00");
  await radio(page, "Ends on a date").check();
  await fillDateTime(page, "End", "2030-03-31T23:59");
  return saveAndExpectToast(page, new RegExp(`Coupon “${name}” created`));
}

test.describe("editing a coupon", () => {
  test("clears the end date, sending only that change, as null", async ({ page }) => {
    const code = uniqueCode("SPRING");
    const id = await createWithEndDate(page, "Spring edit", code);
    await expect(rowFor(page, code)).toContainText("31 Mar 2030, 23:59");

    await openNewCoupon(page, `/coupons/${id}/edit`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit “Spring edit”");
    // The type is shown but locked, with the reason.
    await expect(radio(page, "Percent off")).toBeChecked();
    for (const other of ["Amount off", "Sale price", "Free shipping", "Buy X get Y"]) await expect(radio(page, other)).toBeDisabled();
    await expect(page.getByRole("radiogroup", { name: "Type" })).toHaveAccessibleDescription(/Wix doesn't let a coupon change its type/);

    await radio(page, "No end date").check();
    await expect(summary(page)).toContainText("no end date");
    const save = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await saveAndExpectToast(page, /Coupon “Spring edit” saved/);
    const body = (await save).postData() ?? "";
    expect(body).toContain(`"changes":{"expirationTime":null}`);
    await expect(rowFor(page, code)).toContainText("No end date");
  });

  test("says nothing changed when nothing did", async ({ page }) => {
    const id = await createWithEndDate(page, "Untouched", uniqueCode("SAME"));
    await openNewCoupon(page, `/coupons/${id}/edit`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Nothing to save" })).toBeVisible();
  });

  test("a coupon made elsewhere, with seconds in its times: untouched is unchanged, a rename sends only the name", async ({ page }) => {
    // Wix's API and dashboard keep times to the millisecond; the form shows whole minutes.
    const [id] = createCoupons([
      {
        name: "Made by the API",
        code: uniqueCode("API"),
        percentOffRate: 10,
        minimumSubtotal: 20,
        startTime: 1_900_000_012_345,
        expirationTime: 1_910_000_059_999,
      },
    ]);
    await openNewCoupon(page, `/coupons/${id}/edit`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Nothing to save" })).toBeVisible();

    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Renamed by hand");
    const save = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await saveAndExpectToast(page, /Coupon “Renamed by hand” saved/);
    expect((await save).postData() ?? "").toContain(`"changes":{"name":"Renamed by hand"}`);
  });

  test("won't overwrite a change made elsewhere without asking", async ({ page, context }) => {
    const code = uniqueCode("RACE");
    const id = await createWithEndDate(page, "Raced", code);
    await openNewCoupon(page, `/coupons/${id}/edit`);

    const other = await context.newPage();
    await openNewCoupon(other, `/coupons/${id}/edit`);
    await other.getByRole("textbox", { name: "Usage limit" }).fill("7");
    await saveAndExpectToast(other, /saved/);
    await other.close();

    // Coming back to the tab warns before saving is even tried.
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect(page.getByRole("status").filter({ hasText: "This coupon was changed elsewhere" })).toBeVisible();

    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Raced, renamed");
    await page.getByRole("button", { name: "Save changes" }).click();
    const banner = page.getByRole("alert").filter({ hasText: "This coupon changed since you opened it" });
    await expect(banner).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Raced, renamed");

    await banner.getByRole("button", { name: "Save my changes over it" }).click();
    await expect(page).toHaveURL(/\/coupons$/);
    // Both changes survive: only the changed field was sent over the other one.
    await expect(rowFor(page, code)).toContainText("Raced, renamed");
    await expect(rowFor(page, code)).toContainText("0 of 7");
  });
});

test.describe("leaving the form", () => {
  test("goes back to the list as the merchant left it: search, sort and page size", async ({ page }) => {
    const name = "Back to my list";
    const codes = Array.from({ length: 3 }, () => uniqueCode("BACK"));
    createCoupons(codes.map((code) => ({ name, code, percentOffRate: 10, minimumSubtotal: 20, startTime: Date.now() - 60_000 })));
    const view = "/coupons?q=Back%20to%20my%20list&sort=code&size=50";
    const editFromTheList = async () => {
      await page.getByRole("button", { name: `Actions for ${codes[1]}` }).click();
      await page.getByRole("link", { name: "Edit" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Edit “/);
    };
    await page.goto(view);
    await expect(rowFor(page, codes[0]!)).toBeVisible();

    await editFromTheList();
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL(view);

    await editFromTheList();
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Coupons" }).click();
    await expect(page).toHaveURL(view);

    await editFromTheList();
    await page.getByRole("textbox", { name: "Usage limit" }).fill("9");
    await saveAndExpectToast(page, /Coupon “Back to my list” saved/);
    await expect(page).toHaveURL(view);
    await expect(rowFor(page, codes[1]!)).toContainText("0 of 9");
  });
});

test.describe("duplicating a coupon", () => {
  test("opens a filled form: “Copy of …”, a fresh code, switched off", async ({ page }) => {
    const code = uniqueCode("ORIG");
    const id = await createWithEndDate(page, "Original", code);
    await openNewCoupon(page, `/coupons/${id}/edit`);
    await page.getByRole("link", { name: "Duplicate" }).click();
    await expect(page).toHaveURL(new RegExp(`/coupons/new\\?from=${id}`));
    await expect(page.getByRole("button", { name: "Create coupon" })).toBeEnabled();

    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Copy of Original");
    const copyCode = page.getByRole("textbox", { name: "Code", exact: true });
    await expect(copyCode).not.toHaveValue(code);
    await expect(copyCode).toHaveValue(/^[A-Z0-9]+-[A-Z0-9]{5}$/);
    await expect(page.getByText("This code is free.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Active" })).not.toBeChecked();
    await expect(page.getByRole("textbox", { name: "Percent off" })).toHaveValue("25");
    await expect(summary(page)).toContainText("switched off until you activate it");

    const newCode = await copyCode.inputValue();
    await saveAndExpectToast(page, /Coupon “Copy of Original” created, switched off/);
    await expect(rowFor(page, newCode)).toContainText("Inactive");
    await expect(rowFor(page, code)).toHaveCount(1);
  });

  test("a copy is a new coupon: 100 % off is confirmed again, and an end that has passed is pointed out", async ({ page }) => {
    const [id] = createCoupons([
      {
        name: "Free last week",
        code: uniqueCode("FREE"),
        percentOffRate: 100,
        minimumSubtotal: 10,
        startTime: Date.now() - 30 * 86_400_000,
        expirationTime: Date.now() - 7 * 86_400_000,
      },
    ]);
    await openNewCoupon(page, `/coupons/new?from=${id}`);
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Copy of Free last week");
    await expect(page.getByRole("checkbox", { name: "Yes, make the items free (100 % off)" })).not.toBeChecked();
    await expect(page.getByRole("status").filter({ hasText: "This end date has passed" })).toBeVisible();

    await page.getByRole("button", { name: "Create coupon" }).click();
    await expect(page.getByText("Confirm that this coupon makes the items free (100 % off) before saving.").first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/coupons/new\\?from=${id}`));
  });
});
