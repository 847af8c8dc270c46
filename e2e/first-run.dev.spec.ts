// The README's first command, as a newcomer runs it: `next dev` on an empty data directory (its
// first start seeds the demo and writes the demo accounts), signed in with those accounts from a
// browser whose zone and language differ from the server's. Every page must render with no React
// error or warning in the console and no issue badge on the dev overlay (hydration mismatches
// show there, and only in development).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

const PORT = Number(process.env.E2E_DEV_PORT ?? 4014);
const DEV_URL = `http://127.0.0.1:${PORT}`;
const PAGES = ["/coupons", "/attention", "/coupons?sort=expirationTime.desc&status=active", "/coupons/new", "/audit", "/users"];

/** For a page's first compile on a fresh dev server (slower on a fresh clone, with no cache). */
const COLD = { timeout: 90_000 };

let dataDir = "";
let server: ChildProcess | undefined;
let serverLog = "";

test.describe.configure({ timeout: 300_000, mode: "serial" });

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coupons-first-run-"));
  server = spawn("npx", ["next", "dev", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      COUPON_DATA_DIR: dataDir,
      WIX_API_KEY: "",
      WIX_SITE_ID: "",
      MERCHANT_TIME_ZONE: "Europe/Berlin",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout?.on("data", (chunk) => (serverLog += chunk));
  server.stderr?.on("data", (chunk) => (serverLog += chunk));
  const answers = async () => (await fetch(`${DEV_URL}/login`).catch(() => undefined))?.status;
  await expect
    .poll(answers, { timeout: 120_000, message: "the dev server answers /login" })
    .toBe(200)
    .catch((error: Error) => {
      throw new Error(`${error.message}\n--- next dev said ---\n${serverLog}`);
    });
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The demo merchant's password, as the first start printed and saved it. */
function demoMerchant(): { email: string; password: string } {
  const text = fs.readFileSync(path.join(dataDir, "demo-credentials.txt"), "utf8");
  const match = /merchant\s+(\S+@\S+)\s+password:\s+(\S+)/.exec(text);
  if (!match) throw new Error(`No merchant in demo-credentials.txt:\n${text}`);
  const [, email = "", password = ""] = match;
  return { email, password };
}

/** What the console said that a developer would have to look into: errors and warnings. */
function listenForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") trouble.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => trouble.push(`uncaught: ${error.message}`));
  return trouble;
}

/** The dev overlay's issue count, in its shadow root ("1 Issue" beside the Next.js mark). */
const issueBadges = (page: Page) => page.locator("nextjs-portal").locator("[data-issues]");

for (const screen of [
  { name: "at 1440×900", viewport: { width: 1440, height: 900 } },
  { name: "at 390×844", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
]) {
  test(`the first dev start renders every page with no hydration or console error, ${screen.name}`, async ({ browser }) => {
    const { name: _name, ...options } = screen;
    const context = await browser.newContext({ ...options, locale: "de-DE", timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(120_000);
    const trouble = listenForTrouble(page);
    await page.goto(`${DEV_URL}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Coupons" })).toBeVisible(COLD);
    const { email, password } = demoMerchant();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // A cold dev server compiles the sign-in action and each page on first use: seconds, not ms.
    await expect(page).toHaveURL(/\/coupons$/, COLD);

    for (const url of PAGES) {
      await page.goto(`${DEV_URL}${url}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible(COLD);
      // Hydration is done when the page's client code answers: the header's menu is interactive.
      await expect(page.getByRole("button", { name: "Sign out" })).toBeEnabled(COLD);
      await expect(page.getByRole("button", { name: "Open Next.js Dev Tools" })).toBeVisible(COLD);
    }
    // React reports a hydration mismatch on the console (the overlay's badge follows from it).
    expect(trouble).toEqual([]);
    await expect(issueBadges(page)).toHaveCount(0);
    await context.close();
  });
}
