// Helpers for driving the coupon form as a merchant would: by role and label, never by CSS.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { e2eDataDir } from "./constants";

/** Matches COUPON_FAULT_DIR in playwright.config.ts. */
const faultDir = () => path.join(e2eDataDir(), "faults");

export type Fault = "save-unavailable" | "catalogue-unavailable";

export function armFault(fault: Fault): void {
  mkdirSync(faultDir(), { recursive: true });
  writeFileSync(path.join(faultDir(), fault), "");
}

export function disarmFault(fault: Fault): void {
  rmSync(path.join(faultDir(), fault), { force: true });
}

export async function openNewCoupon(page: Page, url = "/coupons/new"): Promise<void> {
  await page.goto(url);
  // The button is enabled once the form is interactive.
  await expect(page.getByRole("button", { name: /^(Create coupon|Save changes)$/ })).toBeEnabled();
}

export async function fillBasics(page: Page, { name, code }: { name: string; code: string }): Promise<void> {
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("textbox", { name: "Code", exact: true }).fill(code);
}

export const radio = (page: Page, name: string) => page.getByRole("radio", { name, exact: true });

export async function chooseType(page: Page, label: string): Promise<void> {
  await radio(page, label).check();
}

/** Specific items → namespace → group, then the item by searching its name. */
export async function chooseScope(
  page: Page,
  namespace: string,
  group: string,
  item?: { noun: string; search: string; name: string },
): Promise<void> {
  await radio(page, "Specific items").check();
  await radio(page, namespace).check();
  await radio(page, group).check();
  if (!item) return;
  // An optional item's label says so: "Ticket (optional)".
  await page.getByRole("combobox", { name: new RegExp(`^${item.noun}( \\(optional\\))?$`) }).fill(item.search);
  await page.getByRole("option", { name: new RegExp(item.name) }).click();
  await expect(page.getByText(item.name, { exact: true })).toBeVisible();
}

export const summary = (page: Page) => page.getByTestId("coupon-summary");

/** Saves and lands on the coupon list with the toast, returning the id from the toast's Edit link. */
export async function saveAndExpectToast(page: Page, toast: RegExp): Promise<string> {
  await page.getByRole("button", { name: /^(Create coupon|Save changes)$/ }).click();
  // Back on the list: the plain one after a create, the one the merchant left after an edit.
  await expect(page).toHaveURL(/\/coupons(\?[^/]*)?$/);
  const status = page.getByRole("status").filter({ hasText: toast });
  await expect(status).toBeVisible();
  const href = await status.getByRole("link", { name: /^Edit/ }).getAttribute("href");
  const id = /\/coupons\/([^/]+)\/edit/.exec(href ?? "")?.[1];
  expect(id, "the toast links to the saved coupon").toBeTruthy();
  return decodeURIComponent(id!);
}

/** The coupon list's row for a code. */
export const rowFor = (page: Page, code: string) =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name: code, exact: true }) });

/**
 * Types a date and a 24-hour time into a date-time field ("Starts", "End"), from one
 * "yyyy-MM-ddTHH:mm" text as the form keeps it.
 */
export async function fillDateTime(page: Page, label: string, value: string): Promise<void> {
  const [date = "", time = ""] = value.split("T");
  const group = page.getByRole("group", { name: label, exact: true });
  await group.getByLabel("Date").fill(date);
  await group.getByLabel("Time (24-hour)").fill(time);
}
