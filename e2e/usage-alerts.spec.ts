// Unusual use, as a merchant sees it on "Needs attention", on both backends (`merchant` on the
// embedded store, `merchant-wix-emulator` on the Wix gateway and the emulator). Each test makes its
// own coupon with a code no other test uses and files its past usage snapshots, then acts on the
// alert in one click: a leaked code is switched off, a coupon running out gets a new limit.
import type { Page } from "@playwright/test";
import { makeCoupons, pastUsage, type MadeCoupon } from "./support/backend-data";
import { expect, test } from "./support/fixtures";
import { uniqueCode } from "./support/store";

const DAY = 86_400_000;

const alertFor = (page: Page, code: string) =>
  page.getByRole("list", { name: "Coupons whose use needs attention" }).getByRole("listitem").filter({ hasText: code });

async function openTableRow(page: Page, coupon: MadeCoupon) {
  await page.goto(`/coupons?q=${coupon.code}`);
  return page.getByRole("row").filter({ hasText: coupon.code });
}

test("a code used far above its own pace shows as a possible leak, and one click switches it off", async ({ page }, testInfo) => {
  const code = uniqueCode("LEAK");
  const { coupons, cleanup } = await makeCoupons(testInfo, [
    {
      specification: { name: `Leak ${code}`, code, startTime: Date.now() - 12 * DAY, percentOffRate: 10, scope: { namespace: "stores" } },
      uses: 150,
    },
  ]);
  try {
    const coupon = coupons[0]!;
    // Three a day for ten days, then 120 in the last few hours: a code posted on a deal site.
    pastUsage(testInfo, coupon, null, [
      [240, 0],
      ...Array.from({ length: 9 }, (_, i): [number, number] => [216 - i * 24, 3 * (i + 1)]),
      [0.2, 150],
    ]);

    await page.goto("/attention");
    const alert = alertFor(page, code);
    await expect(alert).toContainText("Possible leak");
    await expect(alert).toContainText(
      /Used 1[12]\d times in the last 6 hours; at its usual pace it would have had about \d+\. The code may have leaked\./,
    );
    await testInfo.attach("unusual use", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

    await alert.getByRole("button", { name: `Switch off ${code}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `${code} is switched off` })).toBeVisible();
    await expect(alert).toHaveCount(0);

    const row = await openTableRow(page, coupon);
    await expect(row).toContainText("Inactive");
  } finally {
    await cleanup();
  }
});

test("a coupon that will reach its limit within a day gets a new limit from the alert", async ({ page }, testInfo) => {
  const code = uniqueCode("RUNOUT");
  const { coupons, cleanup } = await makeCoupons(testInfo, [
    {
      specification: {
        name: `Run out ${code}`,
        code,
        startTime: Date.now() - 5 * DAY,
        moneyOffAmount: 5,
        scope: { namespace: "stores" },
        usageLimit: 100,
      },
      uses: 90,
    },
  ]);
  try {
    const coupon = coupons[0]!;
    // Fifteen a day for three days: 10 left, about 16 hours at this pace.
    pastUsage(testInfo, coupon, 100, [
      [96, 30],
      [72, 45],
      [48, 60],
      [24, 75],
      [1, 90],
    ]);

    await page.goto("/attention");
    const alert = alertFor(page, code);
    await expect(alert).toContainText("Running out");
    await expect(alert).toContainText(
      /10 uses left of 100: at its recent pace they run out in about 1[5-7] hours, around \d{1,2} \w{3} at \d\d:\d\d \(Europe\/Berlin\)\./,
    );

    const limit = alert.getByRole("spinbutton", { name: `Usage limit for ${code}` });
    await expect(limit).not.toHaveValue("");
    await limit.fill("250");
    await alert.getByRole("button", { name: "Set limit" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${code} now allows 250 uses in total.` })).toBeVisible();
    await expect(alert).toHaveCount(0);

    // The drawer shows the new limit and forecasts against it.
    const row = await openTableRow(page, coupon);
    await expect(row).toContainText("90 of 250");
    await row.getByRole("link", { name: code }).click();
    const drawer = page.getByRole("dialog");
    await expect(
      drawer.getByText(
        /At the last 3 days' pace \(about 15 a day\), the limit of 250 is reached in about 1[01] days, on \d{1,2} \w{3}( \d{4})? \(Europe\/Berlin\)\./,
      ),
    ).toBeVisible();
  } finally {
    await cleanup();
  }
});
