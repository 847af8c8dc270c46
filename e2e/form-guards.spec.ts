// What stops a bad coupon and what survives a failed save: the duplicate-code check, the percent
// guardrails, a backend that fails and a network that drops, and axe in each of those states.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { armFault, chooseType, disarmFault, fillBasics, openNewCoupon, radio, rowFor, saveAndExpectToast } from "./support/coupon-form";
import { uniqueCode } from "./support/store";

const percent = (page: Page) => page.getByRole("textbox", { name: "Percent off" });

test.describe("the code", () => {
  test("counts characters and refuses more than 20", async ({ page }) => {
    await openNewCoupon(page);
    const code = page.getByRole("textbox", { name: "Code", exact: true });
    await code.fill("SUMMER");
    await expect(page.getByText("6/20")).toBeVisible();
    await code.fill("A".repeat(21));
    await expect(page.getByText("21/20")).toBeVisible();
    await code.blur();
    await expect(code).toHaveAccessibleDescription(/Use at most 20 characters for the code/);
    await expect(code).toHaveAttribute("aria-invalid", "true");
  });

  test("generates a code", async ({ page }) => {
    await openNewCoupon(page);
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Autumn sale");
    await page.getByRole("button", { name: "Generate a code" }).click();
    await expect(page.getByRole("textbox", { name: "Code", exact: true })).toHaveValue(/^AUTUMNSALE-[A-Z0-9]{5}$/);
    await expect(page.getByText("This code is free.")).toBeVisible();
  });

  test("says a code is taken while typing, in any case, and on save", async ({ page }) => {
    const code = uniqueCode("TAKEN");
    await openNewCoupon(page);
    await fillBasics(page, { name: "First", code });
    await percent(page).fill("10");
    await saveAndExpectToast(page, /Coupon “First” created/);

    await openNewCoupon(page);
    await fillBasics(page, { name: "Second", code: code.toLowerCase() });
    const field = page.getByRole("textbox", { name: "Code", exact: true });
    await expect(field).toHaveAccessibleDescription(/This code is already in use/);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await percent(page).fill("10");
    await page.getByRole("button", { name: "Create coupon" }).click();
    await expect(field).toBeFocused();
    await expect(page).toHaveURL(/\/coupons\/new$/);
    await expectNoAxeViolations(page);
  });
});

test.describe("percent-off guardrails", () => {
  test("warn above 50 %, confirm 100 %, block above 100 %", async ({ page }) => {
    const code = uniqueCode("FREEBIE");
    await openNewCoupon(page);
    await fillBasics(page, { name: "Everything free", code });

    await percent(page).fill("60");
    await expect(page.getByText("That's more than half off: an item priced $100 sells for $40.")).toBeVisible();
    await expect(page.getByText("$100 → $40")).toBeVisible();
    await expectNoAxeViolations(page);

    await percent(page).fill("120");
    await percent(page).blur();
    await expect(percent(page)).toHaveAccessibleDescription(/Percent off can't be more than 100/);

    await percent(page).fill("100");
    const confirm = page.getByRole("checkbox", { name: "Yes, make the items free (100 % off)" });
    await expect(confirm).toBeVisible();
    await page.getByRole("button", { name: "Create coupon" }).click();
    await expect(confirm).toHaveAccessibleDescription(/Confirm that this coupon makes the items free/);
    await expect(confirm).toBeFocused();
    await expectNoAxeViolations(page);

    await confirm.check();
    await saveAndExpectToast(page, /Coupon “Everything free” created/);
    await expect(rowFor(page, code)).toContainText("100 % off");
  });
});

test.describe("a save that fails keeps everything typed", () => {
  test.afterEach(() => disarmFault("save-unavailable"));

  test("when the backend is unavailable", async ({ page }) => {
    const code = uniqueCode("OUTAGE");
    await openNewCoupon(page);
    await chooseType(page, "Amount off");
    await fillBasics(page, { name: "Outage survivor", code });
    await page.getByRole("textbox", { name: "Amount off" }).fill("12.50");
    await radio(page, "Orders over an amount").check();
    await page.getByRole("textbox", { name: "Minimum subtotal" }).fill("80");

    armFault("save-unavailable");
    await page.getByRole("button", { name: "Create coupon" }).click();
    const banner = page.getByRole("alert").filter({ hasText: "The coupon wasn't saved" });
    await expect(banner).toContainText("didn't answer. Nothing was saved");
    await expect(banner).toBeFocused();
    await expect(page).toHaveURL(/\/coupons\/new$/);
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Outage survivor");
    await expect(page.getByRole("textbox", { name: "Code", exact: true })).toHaveValue(code);
    await expect(page.getByRole("textbox", { name: "Amount off" })).toHaveValue("12.50");
    await expect(page.getByRole("textbox", { name: "Minimum subtotal" })).toHaveValue("80");
    await expectNoAxeViolations(page);

    // The fault fires once: trying again saves.
    await saveAndExpectToast(page, /Coupon “Outage survivor” created/);
    await expect(rowFor(page, code)).toContainText("$12.50 off");
  });

  test("when the network drops", async ({ page }) => {
    await openNewCoupon(page);
    await fillBasics(page, { name: "Offline", code: uniqueCode("OFFLINE") });
    await percent(page).fill("10");
    await page.route("**/coupons/new", (route) =>
      route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
    );
    await page.getByRole("button", { name: "Create coupon" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The server didn't answer" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Offline");
    await expect(percent(page)).toHaveValue("10");
    await expect(page.getByRole("button", { name: "Create coupon" })).toBeEnabled();
  });
});

test.describe("accessibility", () => {
  test("no axe violations: new, sale price, events, errors, and edit", async ({ page }) => {
    await openNewCoupon(page);
    await expectNoAxeViolations(page);

    await chooseType(page, "Sale price");
    await expectNoAxeViolations(page);

    await chooseType(page, "Percent off");
    await radio(page, "Events").check();
    await radio(page, "Event tickets").check();
    await page.getByRole("combobox", { name: "Ticket (optional)" }).click();
    await expect(page.getByRole("option").first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Create coupon" }).click();
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toBeFocused();
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveAccessibleDescription("Give the coupon a name.");
    await expectNoAxeViolations(page);

    const code = uniqueCode("AXE");
    await fillBasics(page, { name: "Axe", code });
    await percent(page).fill("10");
    const id = await saveAndExpectToast(page, /Coupon “Axe” created/);
    await expectNoAxeViolations(page);
    await openNewCoupon(page, `/coupons/${id}/edit`);
    await expectNoAxeViolations(page);
  });
});
