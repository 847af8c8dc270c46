import { expect, type Page } from "@playwright/test";
import { E2E_USERS, type E2EUser } from "./constants";

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, user: E2EUser | { email: string; password: string }, next = "/coupons"): Promise<void> {
  const { email, password } = typeof user === "string" ? E2E_USERS[user] : user;
  await page.goto(next === "/coupons" ? "/login" : `/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
}
