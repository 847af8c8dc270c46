// What merchants change from the table: row actions, bulk actions, CSV export. Every test works on
// coupons it creates itself (through the store the app reads), removed when it ends (fixtures.ts),
// so the demo data the other tests read stays as it was.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { E2E_TIME_ZONE } from "./support/constants";
import { parseCsv } from "./support/csv";
import { createCoupons, deleteCoupons, uniqueCode } from "./support/store";
import { bodyRows, columnValues, couponTable, settled } from "./support/table";

const DAY = 86_400_000;
/** This file's own codes: unique by construction, not by the clock. */
const RUN = uniqueCode("R");

interface Made {
  id: string;
  code: string;
  name: string;
}

function make(prefix: string, count: number, patch: (i: number) => Record<string, unknown> = () => ({})): Made[] {
  const specs = Array.from({ length: count }, (_, i) => ({
    name: `E2E ${prefix} ${String(i + 1).padStart(2, "0")}`,
    code: `${prefix}${RUN}${String(i).padStart(2, "0")}`,
    percentOffRate: 10,
    scope: { namespace: "stores" },
    startTime: Date.now() - DAY,
    ...patch(i),
  }));
  const ids = createCoupons(specs);
  return specs.map((spec, i) => ({ id: ids[i]!, code: spec.code, name: spec.name }));
}

async function search(page: Page, text: string) {
  await page.goto(`/coupons?q=${encodeURIComponent(text)}`);
  await expect(couponTable(page)).toBeVisible();
  await settled(page);
}

test("a row's menu deactivates a coupon and activates it again", async ({ page }) => {
  const [coupon] = make("E2EACT", 1);
  await search(page, coupon!.code);
  await expect.poll(() => columnValues(page, "Status")).toEqual(["Active"]);

  await page.getByRole("button", { name: `Actions for ${coupon!.code}` }).click();
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${coupon!.code} is inactive now.` })).toBeVisible();
  await expect.poll(() => columnValues(page, "Status")).toEqual(["Inactive"]);

  await page.getByRole("button", { name: `Actions for ${coupon!.code}` }).click();
  await page.getByRole("button", { name: "Activate" }).click();
  await expect.poll(() => columnValues(page, "Status")).toEqual(["Active"]);
});

test("deleting asks first and says what will be lost", async ({ page }) => {
  const [coupon] = make("E2EDEL", 1);
  await search(page, coupon!.code);
  const open = async () => {
    await page.getByRole("button", { name: `Actions for ${coupon!.code}` }).click();
    await page.getByRole("button", { name: "Delete…" }).click();
  };

  await open();
  const dialog = page.getByRole("alertdialog", { name: `Delete ${coupon!.code}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Customers will no longer be able to use ${coupon!.code}`);
  await expect(dialog).toContainText("usage history (0 uses so far)");
  await expect(dialog).toContainText("This can’t be undone.");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(bodyRows(page)).toHaveCount(1);

  await open();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete coupon" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${coupon!.code} was deleted.` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No coupons match" })).toBeVisible();
});

test("bulk actions show progress and the outcome for each coupon that failed", async ({ page }) => {
  const coupons = make("E2EBLK", 12);
  await search(page, `E2EBLK${RUN}`);
  await expect(bodyRows(page)).toHaveCount(12);

  await page.getByRole("checkbox", { name: "Select all coupons on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar).toContainText("12 coupons selected");
  await bar.getByRole("button", { name: "Deactivate" }).click();
  // Named: the first five codes inline, then all of them one click away.
  const deactivated = page.getByRole("status").filter({ hasText: "12 coupons deactivated: " });
  const sortedCodes = coupons.map((c) => c.code).sort();
  await expect(deactivated).toContainText(`${sortedCodes.slice(0, 5).join(", ")} and 7 more`);
  await deactivated.getByText("Show all 12").click();
  await expect(deactivated.getByRole("list", { name: "Coupons changed" }).getByRole("listitem")).toHaveText(sortedCodes);
  await expect.poll(async () => new Set(await columnValues(page, "Status"))).toEqual(new Set(["Inactive"]));
  await page.getByRole("button", { name: "Dismiss" }).click();

  // Two of them disappear behind the table's back (another tab, another person), then a bulk delete.
  await page.getByRole("checkbox", { name: "Select all coupons on this page" }).check();
  deleteCoupons([coupons[3]!.id, coupons[7]!.id]);
  // Slow each batch down a little, so the progress can be seen.
  await page.route("**/coupons**", async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Delete…" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete 12 coupons?" });
  await expect(dialog).toContainText(coupons[11]!.code);
  await expect(dialog).toContainText("and 4 more");
  await dialog.getByRole("button", { name: "Delete 12 coupons" }).click();

  await expect(page.getByRole("progressbar", { name: "Deleting coupons" })).toBeVisible();
  await expect(page.getByText(/^Deleting \d+ of 12 coupons…$/)).toBeVisible();
  const outcome = page.getByRole("alert").filter({ hasText: /^10 coupons deleted: .+ and 5 more; 2 coupons could not be deleted:/ });
  await expect(outcome).toBeVisible();
  await expect(outcome.getByRole("list", { name: "Coupons that failed" }).getByRole("listitem")).toHaveText([
    new RegExp(`^${coupons[3]!.code} — No coupon has the id`),
    new RegExp(`^${coupons[7]!.code} — No coupon has the id`),
  ]);
  await page.unroute("**/coupons**");
  await expect(page.getByRole("heading", { name: "No coupons match" })).toBeVisible();
});

test("bulk activate; a selection belongs to its list, so another search starts over", async ({ page }) => {
  const coupons = make("E2ESEL", 3, () => ({ active: false }));
  await search(page, `E2ESEL${RUN}`);
  await expect.poll(async () => new Set(await columnValues(page, "Status"))).toEqual(new Set(["Inactive"]));

  await page.getByRole("checkbox", { name: "Select all coupons on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await bar.getByRole("button", { name: "Activate", exact: true }).click();
  const codes = coupons.map((c) => c.code).sort();
  const activated = page.getByRole("status").filter({ hasText: `3 coupons activated: ${codes[0]}, ${codes[1]} and ${codes[2]}.` });
  await expect(activated).toBeVisible();
  await expect.poll(async () => new Set(await columnValues(page, "Status"))).toEqual(new Set(["Active"]));

  // Undo switches exactly those back, and says so by name.
  await activated.getByRole("button", { name: "Undo" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `3 coupons deactivated: ${codes[0]}, ${codes[1]} and ${codes[2]}.` }),
  ).toBeVisible();
  await expect.poll(async () => new Set(await columnValues(page, "Status"))).toEqual(new Set(["Inactive"]));
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => new Set(await columnValues(page, "Status"))).toEqual(new Set(["Active"]));
  await page.getByRole("button", { name: "Dismiss" }).click();

  await page.getByRole("checkbox", { name: `Select ${coupons[0]!.code}` }).check();
  await expect(bar).toContainText("1 coupon selected");
  const box = page.getByRole("searchbox", { name: "Search coupons by code or name" });
  await box.fill(coupons[1]!.code);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bar).toBeHidden();
  await box.fill(`E2ESEL${RUN}`);
  await expect(bodyRows(page)).toHaveCount(3);
  await expect(page.getByRole("checkbox", { name: `Select ${coupons[0]!.code}` })).not.toBeChecked();
});

test("exports the whole filtered view as CSV, every page, with formulas defused", async ({ page }) => {
  const coupons = make("E2ECSV", 30, (i) =>
    i === 0
      ? { name: '=HYPERLINK("http://evil.example","Click")' }
      : i === 1
        ? { name: 'Spring, 2024 — the "big" one' }
        : i === 2
          ? { name: "@SUM(A1)" }
          : {},
  );
  await page.goto(`/coupons?q=E2ECSV${RUN}&sort=code`);
  await settled(page);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("1–25 of 30");

  // Held until the progress has been seen: the export says how far it is, in the page.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/coupons/export**", async (route) => {
    await held;
    await route.continue();
  });
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Exporting 0 of 30 coupons…" })).toBeVisible();
  release();
  const download = await downloading;
  await expect(page.getByRole("status").filter({ hasText: /^Exporting/ })).toHaveCount(0);
  await page.unroute("**/api/coupons/export**");
  expect(download.suggestedFilename()).toMatch(/^coupons-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  // Uses come with their limit as a column of its own (the table reads "0 of 100").
  expect(header).toEqual([
    "Code",
    "Name",
    "Type",
    "Applies to",
    "Status",
    "Uses",
    "Usage limit",
    `Starts (${E2E_TIME_ZONE})`,
    `Ends (${E2E_TIME_ZONE})`,
  ]);
  expect(rows).toHaveLength(30);
  expect(rows.map((r) => r[0])).toEqual(coupons.map((c) => c.code));
  expect(rows[0]![1]).toBe(`'=HYPERLINK("http://evil.example","Click")`);
  expect(rows[1]![1]).toBe('Spring, 2024 — the "big" one');
  expect(rows[2]![1]).toBe("'@SUM(A1)");
  expect(rows[3]).toEqual([
    coupons[3]!.code,
    coupons[3]!.name,
    "10 % off",
    "All store products",
    "Active",
    "0",
    "",
    expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
    "",
  ]);
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
});

test("an export that fails says why in the page, and downloads nothing", async ({ page }) => {
  await page.goto("/coupons?q=SPRING");
  await settled(page);
  await page.route("**/api/coupons/export**", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "UNAVAILABLE", message: "Wix is not answering right now." } }),
    }),
  );
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.getByRole("link", { name: "Export CSV" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The export failed; nothing was downloaded." });
  await expect(alert).toContainText("Wix is not answering right now.");
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(alert).toBeHidden();
  expect(downloads).toBe(0);
});
