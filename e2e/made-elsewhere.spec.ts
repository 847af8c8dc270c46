// Coupons made elsewhere (Wix's own dashboard, another app, an older API), as the demo store and the
// emulator hold them: each opens in the form, says what is set outside this dashboard, and an edit
// sends only what the merchant changed. Runs as a merchant on both backends (playwright.config.ts);
// every change is undone at the end, so the demo set stays as seeded for the other specs.
import AxeBuilder from "@axe-core/playwright";
import type { Page, Request } from "@playwright/test";
import { MADE_ELSEWHERE } from "../lib/server/store/made-elsewhere";
import { expect, test } from "./support/fixtures";
import { openNewCoupon, radio, rowFor, saveAndExpectToast, fillDateTime } from "./support/coupon-form";

/** What the form lists read-only for each demo coupon, by the catalogue's label. */
const KEPT: Record<string, string[]> = {
  YOGA1ST: ["Limit per customer"],
  B2G1ONCE: ["Once per order"],
  OLDALL10: ["Applies to"],
};

async function openEdit(page: Page, code: string) {
  await page.goto(`/coupons?q=${encodeURIComponent(code)}`);
  await expect(rowFor(page, code)).toBeVisible();
  await page.getByRole("button", { name: `Actions for ${code}` }).click();
  await page.getByRole("link", { name: "Edit" }).click();
  // The edit page reads the coupon and its item's name from the backend before it renders. On the
  // Wix emulator the full suite has by now sent over 200 calls in a minute to its one site, so the
  // throttle holds page calls for a second or two ("[wix] a page's call waited" in the log); once
  // in six full runs that came to more than the default 5 s.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Edit “/, { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Save changes" })).toBeEnabled();
}

const nameBox = (page: Page) => page.getByRole("textbox", { name: "Name", exact: true });
const actionPost = (page: Page) => page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));

/** The `changes` an update action was sent, read off the request (its one argument, as JSON). */
function sentChanges(request: Request): unknown {
  const body = request.postData() ?? "";
  // React's action encoding escapes text that starts with "$" as "$$".
  const [input] = JSON.parse(body, (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("$$") ? value.slice(1) : value,
  ) as [{ changes?: unknown }];
  expect(input?.changes, body).toBeDefined();
  return input.changes;
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the new-coupon form has no serious or critical axe violations", async ({ page }) => {
  await openNewCoupon(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

for (const coupon of MADE_ELSEWHERE) {
  const code = String(coupon.specification.code);
  const name = String(coupon.specification.name);

  test(`${code}: opens in the form, lists what is set elsewhere, and a rename sends only the name`, async ({ page }) => {
    await openEdit(page, code);
    await expect(nameBox(page)).toHaveValue(name);
    const kept = page.getByRole("region", { name: "Set outside this dashboard" });
    if (KEPT[code]) {
      for (const label of KEPT[code]!) await expect(kept.getByRole("term").filter({ hasText: label })).toBeVisible();
    } else {
      await expect(kept).toHaveCount(0);
    }
    if (coupon.specification.appliesToSubscriptions === true && code !== "YOGA1ST") {
      await expect(page.getByRole("checkbox", { name: "Include subscriptions" })).toBeChecked();
    }
    expect(await seriousAxeViolations(page)).toEqual([]);

    const renamed = `${name} · edited`.slice(0, 80);
    await nameBox(page).fill(renamed);
    const save = actionPost(page);
    await saveAndExpectToast(page, new RegExp(`Coupon “${renamed.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")}” saved`));
    expect(sentChanges(await save)).toEqual({ name: renamed });

    // Read back: the rename, and what was set elsewhere still there.
    await openEdit(page, code);
    await expect(nameBox(page)).toHaveValue(renamed);
    for (const label of KEPT[code] ?? []) await expect(kept.getByRole("term").filter({ hasText: label })).toBeVisible();

    await nameBox(page).fill(name);
    const restore = actionPost(page);
    await saveAndExpectToast(page, /saved/);
    expect(sentChanges(await restore)).toEqual({ name });
  });
}

test("an older product coupon with no product and a bookings coupon with a per-customer limit can be switched off and re-dated", async ({
  page,
}) => {
  for (const code of ["OLDALL10", "YOGA1ST"]) {
    await openEdit(page, code);
    await page.getByRole("checkbox", { name: "Active" }).uncheck();
    await radio(page, "Ends on a date").check();
    await fillDateTime(page, "End", "2031-03-31T23:59");
    const save = actionPost(page);
    await saveAndExpectToast(page, /saved/);
    expect(Object.keys(sentChanges(await save) as object).sort()).toEqual(["active", "expirationTime"]);
    await page.goto(`/coupons?q=${code}`);
    await expect(rowFor(page, code)).toContainText("31 Mar 2031, 23:59");
    await expect(rowFor(page, code)).toContainText("Inactive");

    // Back as it was: on, no end date.
    await openEdit(page, code);
    await page.getByRole("checkbox", { name: "Active" }).check();
    await radio(page, "No end date").check();
    const restore = actionPost(page);
    await saveAndExpectToast(page, /saved/);
    expect(sentChanges(await restore)).toEqual({ active: true, expirationTime: null });
  }
});
