// Usage over time, as support sees it, on both backends (`support`, `support-wix-emulator`): the
// table's sparkline of the last 7 days, the drawer's chart with the forecast in words and the time
// zone named, and "Needs attention" listing a leak without anything support could change.
import { makeCoupons, pastUsage } from "./support/backend-data";
import { expect, test } from "./support/fixtures";
import { uniqueCode } from "./support/store";

const DAY = 86_400_000;

test("the table draws the last 7 days and the drawer charts two weeks with a forecast", async ({ page }, testInfo) => {
  const code = uniqueCode("PACE");
  const { coupons, cleanup } = await makeCoupons(testInfo, [
    {
      specification: {
        name: `Pace ${code}`,
        code,
        startTime: Date.now() - 20 * DAY,
        percentOffRate: 15,
        scope: { namespace: "stores" },
        usageLimit: 500,
      },
      uses: 60,
    },
  ]);
  try {
    // Ten a day for the last six days.
    pastUsage(testInfo, coupons[0]!, 500, [
      [144, 0],
      [120, 10],
      [96, 20],
      [72, 30],
      [48, 40],
      [24, 50],
      [1, 60],
    ]);

    await page.goto(`/coupons?q=${code}`);
    const row = page.getByRole("row").filter({ hasText: code });
    await expect(row.getByRole("img", { name: "60 uses in the last 7 days" })).toBeVisible();

    await row.getByRole("link", { name: code }).click();
    const drawer = page.getByRole("dialog");
    const usage = drawer.getByRole("region", { name: "Use over time" });
    await expect(
      usage.getByText(
        /^At the last 3 days' pace \(about 10 a day\), the limit of 500 is reached in about 6 weeks, on \d{1,2} \w{3}( \d{4})? \(Europe\/Berlin\)\.$/,
      ),
    ).toBeVisible();
    await expect(
      usage.getByRole("img", { name: "Uses a day over the last 14 days, and the running total against the limit of 500" }),
    ).toBeVisible();
    await expect(usage).toContainText("Days in Europe/Berlin");

    // The same numbers as a table, for screen readers and keyboards.
    await usage.getByText("Uses a day as a table").click();
    const days = usage.getByRole("table", { name: "Uses a day and running total" }).getByRole("row");
    await expect(days).toHaveCount(15);
    await expect(days.last()).toContainText("60");
    await testInfo.attach("drawer usage", { body: await page.screenshot(), contentType: "image/png" });
  } finally {
    await cleanup();
  }
});

test("support sees a leak on Needs attention, with no button to act on it", async ({ page }, testInfo) => {
  const code = uniqueCode("SEELEAK");
  const { coupons, cleanup } = await makeCoupons(testInfo, [
    {
      specification: { name: `Leak ${code}`, code, startTime: Date.now() - 12 * DAY, percentOffRate: 10, scope: { namespace: "stores" } },
      uses: 100,
    },
  ]);
  try {
    pastUsage(testInfo, coupons[0]!, null, [
      [240, 0],
      [120, 5],
      [24, 10],
      [0.5, 100],
    ]);
    await page.goto("/attention");
    const alert = page.getByRole("list", { name: "Coupons whose use needs attention" }).getByRole("listitem").filter({ hasText: code });
    await expect(alert).toContainText("Possible leak");
    await expect(alert.getByRole("button")).toHaveCount(0);
    await expect(alert.getByRole("spinbutton")).toHaveCount(0);
  } finally {
    await cleanup();
  }
});
