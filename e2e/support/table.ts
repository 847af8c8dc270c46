// Reading the coupon table as a user sees it: columns by header text, rows by role.
import { expect, type Locator, type Page } from "@playwright/test";

export const couponTable = (page: Page): Locator => page.getByRole("table");

/** The column headers a merchant sees before choosing columns ("" is the select-all column). */
export const DEFAULT_HEADERS = ["", "Code", "Name", "Type", "Applies to", "Status", "Uses", "Starts", "Ends", "Actions"];

/** Opens /coupons (with `query`) and waits for the table to be at rest. */
export async function openTable(page: Page, query = ""): Promise<void> {
  await page.goto(`/coupons${query}`);
  await expect(couponTable(page)).toBeVisible();
  await settled(page);
}

/** The data rows (the header row has no cells). */
export const bodyRows = (page: Page): Locator =>
  couponTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });

/** The text of every cell in the column whose header reads `header`. */
export async function columnValues(page: Page, header: string): Promise<string[]> {
  const headers = (await couponTable(page).getByRole("columnheader").allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(header);
  expect(index, `column "${header}" among ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
  return bodyRows(page).evaluateAll(
    (rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]?.textContent?.trim() ?? ""),
    index,
  );
}

/** "1–25 of 250" → 250. */
export async function totalCount(page: Page): Promise<number> {
  const text = await page
    .getByRole("navigation", { name: "Pagination" })
    .getByText(/–[\d,]+ of [\d,]+$/)
    .textContent();
  return Number(text!.split(" of ")[1]!.replace(/,/g, ""));
}

/** Waits until the table shows the answer to the current URL (no placeholder page, no request running). */
export async function settled(page: Page): Promise<void> {
  await expect(couponTable(page)).not.toHaveAttribute("aria-busy", "true");
  await expect(page.getByText("Loading coupons…")).toHaveCount(0);
}

/** Uses as the table shows them: "37 of 100" → 37. */
export const usesOf = (cell: string): number => Number(cell.split(" of ")[0]!.replace(/,/g, ""));

/**
 * Once the table is at rest, the rows on screen are in `order` by the column `header` (values
 * mapped by `value`). No polling: the table is busy from the click until the new rows are shown.
 */
export async function expectSortedColumn(
  page: Page,
  header: string,
  order: "asc" | "desc",
  value: (cell: string) => number,
): Promise<void> {
  await settled(page);
  const values = (await columnValues(page, header)).map(value);
  expect(values, `${header}, ${order === "desc" ? "descending" : "ascending"}`).toEqual(
    [...values].sort((a, b) => (order === "desc" ? b - a : a - b)),
  );
}

/**
 * Presses "/" until the search box has focus. The shortcut is the page's script: pressed before
 * the script has loaded, "/" does nothing, for a person as for a test, and they press it again.
 */
export async function focusSearchWithSlash(page: Page): Promise<Locator> {
  const search = page.getByRole("searchbox", { name: "Search coupons by code or name" });
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(search).toBeFocused({ timeout: 1_000 });
  }).toPass();
  return search;
}
