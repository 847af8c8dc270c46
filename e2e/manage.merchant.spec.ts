// Signed in as a merchant: managing users, changing coupons with every change in the audit log,
// hostile values rendered as text, and the merchant pages' accessibility.
import { readFile } from "node:fs/promises";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { parseCsv } from "./support/csv";
import { signIn } from "./support/login";
import { createCoupons, uniqueCode } from "./support/store";
import { E2E_TIME_ZONE } from "./support/constants";
import { columnValues, settled } from "./support/table";

const HOSTILE_NAME = "<img src=x onerror=alert(1)>";
const HOSTILE_CODE = "<script>1</script>";

test("a merchant adds a user, who can sign in; disabling ends their session; removing deletes them", async ({ page, browser, baseURL }) => {
  await page.goto("/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  const form = page.getByRole("region", { name: "Add a user" });
  const email = `temp-${Date.now()}@e2e.local`;

  // A bad email and a common password are refused together, each next to its field; what was
  // typed in the email stays.
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Password").fill("Password2024!");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("too common")).toBeVisible();
  await expect(form.getByText("Enter a valid email address.")).toBeVisible();
  await expect(form.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Email")).toHaveValue("not-an-email");

  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("support");
  await form.getByLabel("Password").fill("tangerine lighthouse velvet");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText(`Added ${email} as support.`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Active");

  // The new user signs in elsewhere.
  // A context of its own: contexts from the fixture would inherit the merchant's storageState.
  const other = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const otherPage = await other.newPage();
  await signIn(otherPage, { email, password: "tangerine lighthouse velvet" });

  // Disable, with a confirmation: their session ends at once.
  await row.getByRole("button", { name: `Disable ${email}` }).click();
  const dialog = page.getByRole("dialog", { name: `Disable ${email}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Disable user" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Disabled");
  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  // Cancel leaves the user; confirming removes them.
  await row.getByRole("button", { name: `Remove ${email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: `Remove ${email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove user" }).click();
  await expect(row).toHaveCount(0);

  await page.goto("/audit");
  const log = page.getByRole("table");
  await expect(log.getByRole("row").filter({ hasText: `Removed support ${email}` })).toBeVisible();
  await expect(log.getByRole("row").filter({ hasText: `Disabled ${email}` })).toBeVisible();
  await expect(log.getByRole("row").filter({ hasText: `Added support ${email}` })).toBeVisible();
});

test("a merchant cannot disable or remove their own account", async ({ page }) => {
  await page.goto("/users");
  const me = page.getByRole("row").filter({ hasText: "e2e-merchant@e2e.local" });
  await expect(me).toContainText("You");
  await expect(me.getByRole("button")).toHaveCount(0);
});

test("hostile coupon values render as text, and changes are audited and filterable by coupon", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const [id] = createCoupons([
    { name: HOSTILE_NAME, code: HOSTILE_CODE, startTime: Date.now() - 60_000, percentOffRate: 5, minimumSubtotal: 10 },
  ]);

  // Found through the table's search, shown as text in its cells, then changed from its row menu.
  await page.goto(`/coupons?q=${encodeURIComponent(HOSTILE_CODE)}`);
  await settled(page);
  expect(await columnValues(page, "Code")).toEqual([HOSTILE_CODE]);
  expect(await columnValues(page, "Name")).toEqual([HOSTILE_NAME]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // The details drawer.
  await page.getByRole("table").getByRole("link", { name: HOSTILE_CODE }).click();
  const drawer = page.getByRole("dialog", { name: HOSTILE_CODE });
  await expect(drawer).toContainText(HOSTILE_NAME);
  await expect(drawer.locator('img[src="x"], script')).toHaveCount(0);
  await page.getByRole("button", { name: "Close details" }).click();

  // The CSV export: the same text, cell for cell.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const [, row] = parseCsv((await readFile((await download.path())!, "utf8")).slice(1));
  expect(row!.slice(0, 2)).toEqual([HOSTILE_CODE, HOSTILE_NAME]);

  // The edit form: the values in their inputs, the name in the heading, as text.
  await page.goto(`/coupons/${id}/edit`);
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(HOSTILE_NAME);
  await expect(page.getByRole("textbox", { name: "Code", exact: true })).toHaveValue(HOSTILE_CODE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit “${HOSTILE_NAME}”`);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);

  // The toast, after a change from the row menu.
  await page.goto(`/coupons?q=${encodeURIComponent(HOSTILE_CODE)}`);
  await settled(page);
  await page.getByRole("button", { name: `Actions for ${HOSTILE_CODE}` }).click();
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${HOSTILE_CODE} is inactive now.` })).toBeVisible();
  await expect.poll(() => columnValues(page, "Status")).toEqual(["Inactive"]);
  await page.getByRole("button", { name: `Actions for ${HOSTILE_CODE}` }).click();
  await page.getByRole("button", { name: "Delete…" }).click();
  await page
    .getByRole("alertdialog", { name: `Delete ${HOSTILE_CODE}?` })
    .getByRole("button", { name: "Delete coupon" })
    .click();
  await expect(page.getByRole("heading", { name: "No coupons match" })).toBeVisible();

  await page.goto(`/audit?coupon=${encodeURIComponent(id!)}`);
  const entries = page.getByRole("table").getByRole("row");
  await expect(entries).toHaveCount(3); // header + delete + deactivate, newest first
  await expect(entries.nth(1)).toContainText(`Deleted coupon ${HOSTILE_CODE} (${HOSTILE_NAME})`);
  await expect(entries.nth(1)).toContainText("e2e-merchant@e2e.local");
  await expect(entries.nth(2)).toContainText(`Deactivated coupon ${HOSTILE_CODE}`);
  await expect(entries.nth(2)).toContainText("active: true → false");
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);

  await page.getByRole("link", { name: "Clear filter" }).click();
  await expect(page).toHaveURL(/\/audit$/);
});

test("the users and audit pages have no accessibility violations", async ({ page }) => {
  await page.goto("/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the audit log names coupons by code, is filtered by code in any case, and names its time zone", async ({ page }) => {
  const prefix = uniqueCode("AUDQ");
  const codes = [`${prefix}A`, `${prefix}B`];
  createCoupons(
    codes.map((code) => ({ name: `Audit ${code}`, code, startTime: Date.now() - 60_000, percentOffRate: 5, minimumSubtotal: 10 })),
  );
  await page.goto(`/coupons?q=${prefix}`);
  await settled(page);
  await page.getByRole("checkbox", { name: "Select all coupons on this page" }).check();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: `2 coupons deactivated: ${codes[0]} and ${codes[1]}.` })).toBeVisible();

  await page.goto("/audit");
  await expect(page.getByRole("columnheader", { name: `When (${E2E_TIME_ZONE})` })).toBeVisible();
  const bulk = page.getByRole("row").filter({ hasText: `Deactivated 2 coupons: ${codes[0]} and ${codes[1]}` });
  await expect(bulk).toBeVisible();
  // Its coupons by code, each a link to its own history; no ids.
  await expect(bulk.getByRole("link")).toHaveText(codes);
  await expect(bulk).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);

  await page.getByRole("textbox", { name: "Coupon code" }).fill(codes[1]!.toLowerCase());
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`code=${codes[1]!.toLowerCase()}`));
  await expect(page.getByRole("row").filter({ hasText: `Deactivated 2 coupons` })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

  await bulk.getByRole("link", { name: `Show all entries for ${codes[0]}` }).click();
  await expect(page).toHaveURL(new RegExp(`code=${codes[0]}`));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

  await page.goto("/users");
  await expect(page.getByRole("columnheader", { name: `Last sign-in (${E2E_TIME_ZONE})` })).toBeVisible();
});
