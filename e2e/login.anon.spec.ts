// Signing in and out, signed out to begin with: the form, its errors, throttling, demo accounts,
// and that logging out really ends the session on the server.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { E2E_USERS, e2eDataDir } from "./support/constants";
import { signIn } from "./support/login";

test("a signed-out visitor is sent to the login page, and back after signing in", async ({ page }) => {
  await page.goto("/coupons?page=2");
  await expect(page).toHaveURL(/\/login\?next=%2Fcoupons%3Fpage%3D2$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Coupons" })).toBeVisible();
  await page.getByLabel("Email").fill(E2E_USERS.support.email);
  await page.getByLabel("Password").fill(E2E_USERS.support.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/coupons\?page=2$/);
  // Back on page 2 (the total depends on what earlier tests created).
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText(/26–50 of [\d,]+/);
});

test("a wrong password gets one clear message, wired to the fields", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_USERS.support.email);
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The email or password is incorrect." });
  await expect(alert).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-describedby", "login-error");
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  // The email stays; the password doesn't.
  await expect(page.getByLabel("Email")).toHaveValue(E2E_USERS.support.email);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page).toHaveURL(/\/login$/);
});

test("repeated failures lock the account for a while, with a message that says so", async ({ page }) => {
  const { email, password } = E2E_USERS.throttled;
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong guess number ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  // Even the right password is refused now, without being checked.
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(
    /^Too many failed sign-in attempts\. Wait \d+ minutes? and try again\.$/,
  );
  await expect(page).toHaveURL(/\/login$/);
});

test("the demo store created demo accounts and saved their passwords for the newcomer (mode 0600)", async ({ page }) => {
  const file = path.join(e2eDataDir(), "demo-credentials.txt");
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  const text = fs.readFileSync(file, "utf8");
  const password = text.match(/merchant@demo\.local\s+password: (\S+)/)?.[1];
  expect(password).toBeTruthy();
  await page.goto("/login");
  await expect(page.getByText("demo-credentials.txt")).toBeVisible();
  await signIn(page, { email: "merchant@demo.local", password: password! });
  await expect(page.getByText("merchant@demo.local")).toBeVisible();
});

test("logout ends the session on the server: the old cookie, replayed, gets nothing", async ({ page, browser, baseURL }) => {
  await signIn(page, "leaver");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "__Host-coupons-session");
  expect(session).toBeTruthy();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/coupons");
  await expect(page).toHaveURL(/\/login/);

  // Replay the cookie from before the logout in a fresh browser.
  const replay = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  await replay.addCookies([session!]);
  const api = await replay.request.get("/api/coupons?limit=1");
  expect(api.status()).toBe(401);
  const replayPage = await replay.newPage();
  await replayPage.goto("/coupons");
  await expect(replayPage).toHaveURL(/\/login$/);
  await replay.close();
});

test("the login page has no accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);
});
