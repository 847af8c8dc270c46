// The code checker as support sees it, on both backends (playwright.config.ts: `support` on the
// embedded store, `support-wix-emulator` on the Wix gateway and the emulator). Each test makes its
// own coupons with codes no other test uses, tries them as a customer would, and reads the answer:
// the sentence, the rules, the discount line by line and a plan's prices per payment.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import type { Page, TestInfo } from "@playwright/test";
import { demoItems } from "../lib/server/store/demo-catalogue";
import { makeCoupons, type CouponSeed } from "./support/backend-data";
import { E2E_TIME_ZONE } from "./support/constants";
import { expect, test } from "./support/fixtures";
import { uniqueCode } from "./support/store";

const DAY = 86_400_000;
const product = (name: string) => demoItems("stores", "product").find((i) => i.name === name)!;
const plan = (name: string) => demoItems("pricingPlans", "plan").find((i) => i.name === name)!;
const allProducts = { namespace: "stores" };

/** Makes the coupons, runs the test, and deletes them (the store's fixture does that too). */
async function withCoupons(testInfo: TestInfo, seeds: CouponSeed[], run: () => Promise<void>) {
  const { cleanup } = await makeCoupons(testInfo, seeds);
  try {
    await run();
  } finally {
    await cleanup();
  }
}

const seed = (code: string, specification: Record<string, unknown>, uses?: number): CouponSeed => ({
  specification: { name: `Checker ${code}`, code, startTime: Date.now() - 10 * DAY, ...specification },
  ...(uses ? { uses } : {}),
});

interface CartItem {
  kind?: "Product" | "Service" | "Event" | "Ticket";
  search: string;
  name: string;
  quantity?: number;
  price?: string;
}

/** Fills the checker as support would: the code, the customer's items, the plan; then checks. */
async function check(page: Page, code: string, cart: CartItem[] = [], planName?: string) {
  await page.goto("/check");
  await page.getByRole("textbox", { name: "Code the customer typed" }).fill(code);
  for (const [index, item] of cart.entries()) {
    await page.getByRole("button", { name: "Add an item" }).click();
    const line = page.getByRole("listitem").filter({ hasText: `Item ${index + 1}` });
    if (item.kind) await line.getByRole("combobox", { name: "Kind" }).selectOption({ label: item.kind });
    await line.getByRole("combobox", { name: item.kind ?? "Product" }).fill(item.search);
    await page.getByRole("option", { name: new RegExp(item.name) }).click();
    await expect(line.getByText(item.name, { exact: true })).toBeVisible();
    // The catalogue's price fills the price of one.
    await expect(line.getByRole("textbox", { name: /Price of one/ })).not.toHaveValue("");
    if (item.price) await line.getByRole("textbox", { name: /Price of one/ }).fill(item.price);
    if (item.quantity) await line.getByRole("textbox", { name: "How many" }).fill(String(item.quantity));
  }
  if (planName) {
    await page.getByRole("combobox", { name: /^Pricing plan/ }).fill(planName);
    await page.getByRole("option", { name: new RegExp(planName) }).click();
  }
  await page.getByRole("button", { name: "Check code" }).click();
  return page.getByTestId("check-sentence");
}

const rule = (page: Page, label: string) => page.getByRole("listitem").filter({ has: page.getByText(new RegExp(`^${label}:`)) });
const inBerlin = (ms: number, pattern: string) => format(new TZDate(ms, E2E_TIME_ZONE), pattern);
/** The day as the checker writes it: with the year only when it isn't this year. */
const dayText = (ms: number) => inBerlin(ms, inBerlin(ms, "yyyy") === inBerlin(Date.now(), "yyyy") ? "d MMM" : "d MMM yyyy");
/** The instant a Berlin wall clock shows `hour:minute` on the day `ms` falls on there. */
function berlinTime(ms: number, hour: number, minute: number): number {
  const day = new TZDate(ms, E2E_TIME_ZONE);
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute, 0, E2E_TIME_ZONE).getTime();
}

test("a used-up code: every use is taken", async ({ page }, testInfo) => {
  const code = uniqueCode("USEDUP");
  await withCoupons(testInfo, [seed(code, { percentOffRate: 10, scope: allProducts, usageLimit: 3 }, 3)], async () => {
    const sentence = await check(page, code.toLowerCase());
    await expect(sentence).toContainText("3 of 3");
    await expect(rule(page, "Uses left")).toContainText("Fails");
    await expect(rule(page, "Switched on")).toContainText("Passes");
  });
});

test("an expired code: when it ended, in the merchant's zone", async ({ page }, testInfo) => {
  const code = uniqueCode("ENDED");
  // Ended at 23:59 Berlin time, two days ago.
  const ended = berlinTime(Date.now() - 2 * DAY, 23, 59);
  await withCoupons(testInfo, [seed(code, { moneyOffAmount: 5, scope: allProducts, expirationTime: ended })], async () => {
    const sentence = await check(page, code);
    await expect(sentence).toHaveText(`It ended on ${dayText(ended)} at 23:59 Europe/Berlin.`);
    await expect(rule(page, "Not expired")).toContainText("Fails");
  });
});

test("a scheduled code: when it starts", async ({ page }, testInfo) => {
  const code = uniqueCode("SOON");
  const starts = berlinTime(Date.now() + 3 * DAY, 9, 0);
  await withCoupons(testInfo, [seed(code, { percentOffRate: 15, scope: allProducts, startTime: starts })], async () => {
    const sentence = await check(page, code);
    await expect(sentence).toHaveText(`It starts on ${dayText(starts)} at 09:00 Europe/Berlin.`);
    await expect(rule(page, "Started")).toContainText("Fails");
  });
});

test("a product coupon tried with another product names both", async ({ page }, testInfo) => {
  const code = uniqueCode("MUGONLY");
  const mug = product("Blue Mug");
  await withCoupons(
    testInfo,
    [seed(code, { percentOffRate: 20, scope: { namespace: "stores", group: { name: "product", entityId: mug.id } } })],
    async () => {
      const sentence = await check(page, code, [{ search: "linen", name: "Linen Tote Bag" }]);
      await expect(sentence).toContainText("Blue Mug");
      await expect(sentence).toContainText("Linen Tote Bag");
      await expect(rule(page, "In scope")).toContainText("Fails");
    },
  );
});

test("a minimum-subtotal coupon under its minimum says by how much", async ({ page }, testInfo) => {
  const code = uniqueCode("MIN50");
  await withCoupons(testInfo, [seed(code, { moneyOffAmount: 10, minimumSubtotal: 50 })], async () => {
    const sentence = await check(page, code, [{ search: "blue", name: "Blue Mug", quantity: 2 }]);
    await expect(sentence).toContainText("$36.00");
    await expect(sentence).toContainText("$50.00");
    await expect(rule(page, "Minimum subtotal")).toContainText("Fails");
  });
});

test("Buy 2 get 1 with three items of different prices: the cheapest is free", async ({ page }, testInfo) => {
  const code = uniqueCode("B2G1");
  await withCoupons(testInfo, [seed(code, { buyXGetY: { x: 2, y: 1 }, scope: allProducts })], async () => {
    const sentence = await check(page, code, [
      { search: "ceramic", name: "Ceramic Vase" },
      { search: "blue", name: "Blue Mug" },
      { search: "linen", name: "Linen Tote Bag" },
    ]);
    await expect(sentence).toContainText("$18.00");
    const discount = page.getByRole("region", { name: "The discount" });
    await expect(discount.getByRole("row", { name: /Blue Mug/ })).toContainText("$18.00");
    await expect(discount.getByRole("row", { name: /Ceramic Vase/ })).toContainText("$0.00");
    await expect(discount.getByRole("row", { name: /In total/ })).toContainText("$18.00");
  });
});

test("a plan coupon for 2 payments of 12: the price per payment and what is saved", async ({ page, context }, testInfo) => {
  const code = uniqueCode("COACH20");
  const coaching = plan("Coaching Year");
  const spec = {
    percentOffRate: 20,
    appliesToSubscriptions: true,
    discountedCycleCount: 2,
    scope: { namespace: "pricingPlans", group: { name: "plan", entityId: coaching.id } },
  };
  await withCoupons(testInfo, [seed(code, spec)], async () => {
    await check(page, code, [], "Coaching Year");
    const prices = page.getByRole("region", { name: /price per payment/ });
    await expect(prices.getByRole("row", { name: /Payments 1–2/ })).toContainText(["$25.00", "$5.00", "$20.00"].join(""));
    await expect(prices.getByRole("row", { name: /Payments 3–12/ })).toContainText(["$25.00", "$0.00", "$25.00"].join(""));
    await expect(prices).toContainText("$10.00");
    // One click copies a short explanation for the customer.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy for the customer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(code);
  });
});

test("support reaches the checker with C from anywhere, and from a coupon's drawer", async ({ page }, testInfo) => {
  const code = uniqueCode("DRAWER");
  await withCoupons(testInfo, [seed(code, { percentOffRate: 10, scope: allProducts })], async () => {
    await page.goto(`/coupons?q=${code}`);
    await expect(page.getByRole("link", { name: "Check a code" })).toHaveAttribute("aria-keyshortcuts", "C");
    // The key works once the page's script is running: press until it has (as the "/" helper does).
    await expect(async () => {
      await page.keyboard.press("c");
      await expect(page).toHaveURL(/\/check$/, { timeout: 1_000 });
    }).toPass();
    await expect(page.getByRole("textbox", { name: "Code the customer typed" })).toBeFocused();

    await page.goto(`/coupons?q=${code}`);
    await page.getByRole("table").getByRole("link", { name: code }).click();
    await page.getByRole("dialog").getByRole("link", { name: "Check this code" }).click();
    await expect(page).toHaveURL(new RegExp(`/check\\?code=${code}`));
    await expect(page.getByTestId("check-sentence")).toContainText(code);
  });
});
