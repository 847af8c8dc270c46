// Creating coupons as a merchant would: one of each type, including a specific product, an event
// ticket, a pricing plan and a minimum-subtotal coupon; each lands in the table with a toast.
import { expect, test } from "./support/fixtures";
import {
  chooseScope,
  chooseType,
  fillBasics,
  openNewCoupon,
  radio,
  rowFor,
  saveAndExpectToast,
  summary,
  fillDateTime,
} from "./support/coupon-form";
import { uniqueCode } from "./support/store";

test.describe("creating coupons", () => {
  test("percent off one product, with limits, spelled out in the summary", async ({ page }) => {
    const code = uniqueCode("MUG");
    await openNewCoupon(page);
    await fillBasics(page, { name: "Mug week", code });
    await page.getByRole("textbox", { name: "Percent off" }).fill("15");
    await chooseScope(page, "Store products", "One product", { noun: "Product", search: "mug", name: "Blue Mug" });
    await page.getByRole("textbox", { name: "Usage limit" }).fill("100");
    await page.getByRole("textbox", { name: "Limit per customer" }).fill("1");
    await fillDateTime(page, "Starts", "2030-06-01T09:00");

    await expect(page.getByText("Times are in Europe/Berlin")).toBeVisible();
    await expect(summary(page)).toHaveText(
      "15 % off one product (Blue Mug), from 1 Jun 2030, 09:00 CEST, no end date, 100 uses total, 1 per customer.",
    );
    await saveAndExpectToast(page, /Coupon “Mug week” created/);
    const row = rowFor(page, code);
    await expect(row).toContainText("15 % off");
    await expect(row).toContainText("Product: Blue Mug");
    await expect(row).toContainText("1 Jun 2030, 09:00");
  });

  test("amount off orders over a minimum subtotal", async ({ page }) => {
    const code = uniqueCode("OVER50");
    await openNewCoupon(page);
    await chooseType(page, "Amount off");
    await fillBasics(page, { name: "Ten off fifty", code });
    await page.getByRole("textbox", { name: "Amount off" }).fill("10");
    await radio(page, "Orders over an amount").check();
    await page.getByRole("textbox", { name: "Minimum subtotal" }).fill("50");
    await expect(summary(page)).toContainText("$10.00 off orders over $50.00");
    await saveAndExpectToast(page, /Coupon “Ten off fifty” created/);
    await expect(rowFor(page, code)).toContainText("Orders over $50.00");
  });

  test("sale price on a collection", async ({ page }) => {
    const code = uniqueCode("KITCHEN");
    await openNewCoupon(page);
    await chooseType(page, "Sale price");
    await fillBasics(page, { name: "Kitchen sale", code });
    await page.getByRole("textbox", { name: "Sale price" }).fill("19.99");
    await chooseScope(page, "Store products", "One collection", { noun: "Collection", search: "kitchen", name: "Kitchen & Dining" });
    await saveAndExpectToast(page, /Coupon “Kitchen sale” created/);
    await expect(rowFor(page, code)).toContainText("Sale price $19.99");
    await expect(rowFor(page, code)).toContainText("Collection: Kitchen & Dining");
  });

  test("free shipping, with and without a minimum", async ({ page }) => {
    const code = uniqueCode("SHIPFREE");
    await openNewCoupon(page);
    await chooseType(page, "Free shipping");
    await fillBasics(page, { name: "Free shipping over 40", code });
    await expect(radio(page, "The whole order")).toBeChecked();
    await expect(summary(page)).toContainText("Free shipping on every order");
    await page.getByRole("textbox", { name: "Minimum subtotal" }).fill("40");
    await expect(summary(page)).toContainText("Free shipping on orders over $40.00");
    await saveAndExpectToast(page, /Coupon “Free shipping over 40” created/);
    await expect(rowFor(page, code)).toContainText("Free shipping");
    await expect(rowFor(page, code)).toContainText("Orders over $40.00");
  });

  test("buy X get Y on all store products", async ({ page }) => {
    const code = uniqueCode("B2G1");
    await openNewCoupon(page);
    await chooseType(page, "Buy X get Y");
    await fillBasics(page, { name: "Buy two get one", code });
    await page.getByRole("textbox", { name: "Customers buy" }).fill("2");
    await page.getByRole("textbox", { name: "They get free" }).fill("1");
    await chooseScope(page, "Store products", "All store products");
    await saveAndExpectToast(page, /Coupon “Buy two get one” created/);
    await expect(rowFor(page, code)).toContainText("Buy 2 get 1");
    await expect(rowFor(page, code)).toContainText("All store products");
  });

  test("percent off one event ticket", async ({ page }) => {
    const code = uniqueCode("GALAVIP");
    await openNewCoupon(page);
    await fillBasics(page, { name: "Gala VIP", code });
    await page.getByRole("textbox", { name: "Percent off" }).fill("20");
    await chooseScope(page, "Events", "Event tickets", { noun: "Ticket", search: "vip", name: "VIP · Summer Gala" });
    await expect(summary(page)).toContainText("20 % off one ticket (VIP · Summer Gala)");
    await saveAndExpectToast(page, /Coupon “Gala VIP” created/);
    await expect(rowFor(page, code)).toContainText("Ticket: VIP · Summer Gala");
  });

  test("percent off a pricing plan's first billing cycles", async ({ page }) => {
    const code = uniqueCode("PLAN");
    await openNewCoupon(page);
    await fillBasics(page, { name: "Three months half off", code });
    await page.getByRole("textbox", { name: "Percent off" }).fill("50");
    await chooseScope(page, "Pricing plans", "One pricing plan", { noun: "Plan", search: "monthly", name: "Monthly Membership" });
    await page.getByRole("checkbox", { name: "Apply to subscriptions" }).check();
    await page.getByRole("textbox", { name: "Discounted billing cycles" }).fill("3");
    await expect(summary(page)).toContainText("subscriptions for 3 billing cycles");
    await saveAndExpectToast(page, /Coupon “Three months half off” created/);
    await expect(rowFor(page, code)).toContainText("Plan: Monthly Membership");
  });

  test("a double click creates one coupon", async ({ page }) => {
    const code = uniqueCode("ONCE");
    await openNewCoupon(page);
    await fillBasics(page, { name: "Only once", code });
    await page.getByRole("textbox", { name: "Percent off" }).fill("5");
    let saves = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && request.headers()["next-action"]) saves += 1;
    });
    await page.getByRole("button", { name: "Create coupon" }).dblclick();
    await expect(page).toHaveURL(/\/coupons$/);
    await expect(rowFor(page, code)).toHaveCount(1);
    expect(saves).toBe(1);
  });

  test("the whole form can be completed with the keyboard", async ({ page }) => {
    const code = uniqueCode("KEYS");
    await openNewCoupon(page);
    const tabTo = async (name: RegExp, role: "textbox" | "radio" | "button" | "checkbox" = "textbox") => {
      const target = page.getByRole(role, { name });
      for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
      await expect(target).toBeFocused();
    };
    await tabTo(/^Name$/);
    await page.keyboard.type("Keyboard only");
    await tabTo(/^Code$/);
    await page.keyboard.type(code);
    await tabTo(/^Percent off$/, "radio");
    await page.keyboard.press("ArrowRight"); // Sale price
    await page.keyboard.press("ArrowRight"); // Free shipping
    await expect(radio(page, "Free shipping")).toBeChecked();
    await tabTo(/^Minimum subtotal \(optional\)$/);
    await page.keyboard.type("25");
    await tabTo(/^Create coupon$/, "button");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/coupons$/);
    await expect(rowFor(page, code)).toContainText("Orders over $25.00");
  });
});
