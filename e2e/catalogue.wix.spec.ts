// A live Wix site as the merchant sees it, on the Wix gateway against the emulator: a product made
// in Wix's dashboard is picked by typing part of its name, the table names it, and once it is
// deleted in Wix the coupon shows under "Needs attention" with the reason. The product and the
// coupon are this test's own (unique names), and both are deleted at the end.
import type { TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { chooseScope, fillBasics, openNewCoupon, rowFor, saveAndExpectToast } from "./support/coupon-form";
import { uniqueCode } from "./support/store";

/** A call to the emulator as Wix's dashboard (or any app with the key) would make it. */
async function wix(testInfo: TestInfo, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const { emulatorUrl, emulatorKey, siteId } = testInfo.project.metadata as { emulatorUrl: string; emulatorKey: string; siteId: string };
  const response = await fetch(`${emulatorUrl}${path}`, {
    method,
    headers: { Authorization: emulatorKey, "wix-site-id": siteId, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

test("a product made in Wix is picked by name, named in the table, and flagged once it is deleted", async ({ page }, testInfo) => {
  const code = uniqueCode("LAMP");
  const productName = `Harbour Lamp ${code}`;
  const { product } = (await wix(testInfo, "POST", "/stores/v1/products", {
    product: { name: productName, productType: "physical", priceData: { price: 25 } },
  })) as { product: { id: string } };
  let couponId: string | undefined;
  try {
    await openNewCoupon(page);
    await fillBasics(page, { name: "Lamp launch", code });
    await page.getByRole("textbox", { name: "Percent off" }).fill("15");
    // Part of the name, as a merchant types it; the option shows the price beside the name.
    await chooseScope(page, "Store products", "One product", {
      noun: "Product",
      search: `harbour lamp ${code.slice(0, 6)}`,
      name: productName,
    });
    couponId = await saveAndExpectToast(page, /Coupon “Lamp launch” created/);

    await page.goto(`/coupons?q=${code}`);
    await expect(rowFor(page, code)).toContainText(`Product: ${productName}`);

    await wix(testInfo, "DELETE", `/stores/v1/products/${product.id}`);
    await page.goto("/attention");
    const row = page.getByRole("row").filter({ hasText: code });
    await expect(row).toContainText("The product was deleted from the site.");
    await expect(row.getByRole("link", { name: `Choose another item for ${code}` })).toBeVisible();
    await testInfo.attach("needs attention", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  } finally {
    if (couponId) await wix(testInfo, "DELETE", `/stores/v2/coupons/${couponId}`);
  }
});
