// Combinations Wix would reject can't be chosen, and the form says why beside each one.
import { expect, test } from "./support/fixtures";
import {
  armFault,
  chooseScope,
  chooseType,
  disarmFault,
  fillBasics,
  openNewCoupon,
  radio,
  rowFor,
  saveAndExpectToast,
  summary,
} from "./support/coupon-form";
import { uniqueCode } from "./support/store";

test.describe("options the form won't offer", () => {
  test.beforeEach(async ({ page }) => openNewCoupon(page));

  test("sale price and buy X get Y: store products only, never bookings, events or plans", async ({ page }) => {
    for (const [type, reason] of [
      ["Sale price", "A sale price works only for store products"],
      ["Buy X get Y", "Buy X get Y works only for store products"],
    ] as const) {
      await chooseType(page, type);
      await expect(radio(page, "Store products")).toBeChecked();
      for (const namespace of ["Bookings services", "Events", "Pricing plans"]) {
        await expect(radio(page, namespace)).toBeDisabled();
        await expect(radio(page, namespace)).toHaveAccessibleDescription(`Unavailable: ${reason}`);
      }
      await expect(radio(page, "Orders over an amount")).toBeDisabled();
      await expect(radio(page, "Orders over an amount")).toHaveAccessibleDescription(new RegExp(reason));
    }
  });

  test("free shipping takes no scope", async ({ page }) => {
    await chooseType(page, "Free shipping");
    await expect(radio(page, "Specific items")).toBeDisabled();
    await expect(radio(page, "Specific items")).toHaveAccessibleDescription(
      "Unavailable: Free shipping applies to the whole order, so it can't be limited to specific items",
    );
    await expect(page.getByRole("radiogroup", { name: "Which app's items" })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: "Minimum subtotal" })).toBeVisible();
  });

  test("events always need a group", async ({ page }) => {
    await radio(page, "Specific items").check();
    await radio(page, "Events").check();
    await expect(radio(page, "All events")).toBeDisabled();
    await expect(radio(page, "All events")).not.toBeChecked();
    await expect(radio(page, "All events")).toHaveAccessibleDescription(/Events coupons must apply to one event or event tickets/);
    await expect(radio(page, "One event")).toBeEnabled();
    await expect(radio(page, "Event tickets")).toBeEnabled();
  });

  test("the item is required, optional or absent as the scope matrix says", async ({ page }) => {
    await chooseScope(page, "Store products", "All store products");
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await radio(page, "One product").check();
    await expect(page.getByRole("combobox", { name: "Product" })).toBeVisible();
    await radio(page, "Events").check();
    await radio(page, "Event tickets").check();
    await expect(page.getByRole("combobox", { name: "Ticket (optional)" })).toHaveAccessibleDescription(/Leave empty for all tickets/);

    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Needs a product");
    await radio(page, "Store products").check();
    await radio(page, "One product").check();
    await page.getByRole("button", { name: "Create coupon" }).click();
    await expect(page.getByRole("combobox", { name: "Product" })).toHaveAccessibleDescription(/Choose the product\./);
    await expect(page).toHaveURL(/\/coupons\/new$/);
  });

  test("bookings: no per-customer limit, always once per order", async ({ page }) => {
    await chooseScope(page, "Bookings services", "All services");
    await expect(page.getByRole("textbox", { name: "Limit per customer" })).toHaveCount(0);
    await expect(page.getByText("Bookings coupons can't limit uses per customer.")).toBeVisible();
    const once = page.getByRole("checkbox", { name: "Once per order" });
    await expect(once).toBeChecked();
    await expect(once).toBeDisabled();
    await expect(once).toHaveAccessibleDescription(/Bookings coupons are always limited to one item per order/);
  });

  test("a forced once-per-order is released when the reason goes away: the merchant's own choice comes back", async ({ page }) => {
    await chooseScope(page, "Bookings services", "All services");
    await expect(page.getByRole("checkbox", { name: "Once per order" })).toBeChecked();
    await radio(page, "Store products").check();
    const once = page.getByRole("checkbox", { name: "Once per order" });
    await expect(once).toBeEnabled();
    await expect(once).not.toBeChecked();
    await expect(summary(page)).not.toContainText("one item per order");

    // A choice the merchant made survives the visit.
    await once.check();
    await radio(page, "Bookings services").check();
    await radio(page, "Store products").check();
    await expect(page.getByRole("checkbox", { name: "Once per order" })).toBeChecked();
  });

  test("a type chosen without its amount is said on the amount, and the summary previews no discount yet", async ({ page }) => {
    await fillBasics(page, { name: "No amount yet", code: "NOAMOUNT1" });
    await expect(summary(page)).toContainText("Percent off (amount still to enter)");
    await expect(summary(page)).not.toContainText("A discount");
    await page.getByRole("textbox", { name: "Percent off" }).fill("101");
    await expect(summary(page)).toContainText("Percent off (amount to correct)");
    await expect(summary(page)).not.toContainText("101 %");
    await page.getByRole("textbox", { name: "Percent off" }).fill("");
    await page.getByRole("button", { name: "Create coupon" }).click();
    await expect(page.getByRole("textbox", { name: "Percent off" })).toHaveAccessibleDescription(/Enter the percentage off/);
    await expect(page.getByRole("radiogroup", { name: "Type" })).not.toHaveAccessibleDescription(/Choose a coupon type/);
    await expect(page.getByText(/Choose a coupon type/)).toHaveCount(0);
  });

  test("switching type keeps the shared fields and drops the old value", async ({ page }) => {
    await fillBasics(page, { name: "Switcher", code: "SWITCH1" });
    await page.getByRole("textbox", { name: "Percent off" }).fill("15");
    await page.getByRole("textbox", { name: "Usage limit" }).fill("30");
    await chooseType(page, "Amount off");
    await expect(page.getByRole("textbox", { name: "Percent off" })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: "Amount off" })).toHaveValue("");
    await chooseType(page, "Percent off");
    await expect(page.getByRole("textbox", { name: "Percent off" })).toHaveValue("");
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Switcher");
    await expect(page.getByRole("textbox", { name: "Code", exact: true })).toHaveValue("SWITCH1");
    await expect(page.getByRole("textbox", { name: "Usage limit" })).toHaveValue("30");
  });
});

test.describe("the item picker", () => {
  test("searches by name and picks with the keyboard, showing the name", async ({ page }) => {
    await openNewCoupon(page);
    await radio(page, "One product").check();
    const box = page.getByRole("combobox", { name: "Product" });
    await box.focus();
    await page.keyboard.type("ar");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("option")).toHaveText([
      /^Cedar Scented Candle/,
      /^Leather Card Wallet/,
      /^Merino Wool Scarf/,
      /^Walnut Serving Board/,
    ]);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("option", { name: /Merino Wool Scarf/ })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    const name = "Merino Wool Scarf";
    await expect(page.getByText(name, { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Change product" })).toBeVisible();
    await expect(summary(page)).toContainText(`one product (${name})`);
  });
});

test.describe("the item picker without a catalogue", () => {
  test.afterEach(() => disarmFault("catalogue-unavailable"));

  test("takes a typed-in item id", async ({ page }) => {
    armFault("catalogue-unavailable");
    const code = uniqueCode("TYPEDID");
    await openNewCoupon(page);
    await fillBasics(page, { name: "Typed id", code });
    await page.getByRole("textbox", { name: "Percent off" }).fill("10");
    await chooseScope(page, "Store products", "One product");
    const id = page.getByRole("textbox", { name: "Product ID" });
    // The test fault stands for a Wix key without Wix Stores' Read Products permission.
    await expect(id).toHaveAccessibleDescription(/can't read the site's products.*Read Products permission/);
    await id.fill("pro-0002-stor-demo");
    await expect(page.getByText(/This ID can't be checked: the key lacks Wix Stores' Read Products permission/)).toBeVisible();
    await saveAndExpectToast(page, /Coupon “Typed id” created/);
    // The store still knows the item, so the table shows its name.
    await expect(rowFor(page, code)).toContainText("Product: Linen Tote Bag");
  });
});
