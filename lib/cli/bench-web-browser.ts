// bench:web's measures in headless Chromium: first-load JS (gzip), LCP, and the INP of an
// interaction, on /coupons (sort, filter, page change) and on the bare page's counter click.
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "@playwright/test";

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : Number.NaN;
};

const OBSERVERS = `
  window.__lcp = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  window.__events = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.interactionId) window.__events.push(e.duration); })
    .observe({ type: "event", durationThreshold: 16, buffered: true });
`;

/** The signed-in browser state for the app (the dashboard needs a session); the bare page ignores it. */
let signedIn: Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>> | undefined;

export async function signIn(browser: Browser, app: string, user: { email: string; password: string }): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app}/login`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/coupons/);
  signedIn = await context.storageState();
  await context.close();
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...(signedIn ? { storageState: signedIn } : {}) });
  await context.addInitScript(OBSERVERS);
  return context.newPage();
}

/** Sum of the gzip sizes of every script the page loads (gzipped here, level 9, as served bytes vary). */
export async function firstLoadJs(browser: Browser, url: string): Promise<number> {
  const page = await freshPage(browser);
  const scripts = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.add(response.url());
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle").catch(() => undefined);
  let total = 0;
  for (const src of scripts) total += gzipSync(Buffer.from(await (await fetch(src)).arrayBuffer()), { level: 9 }).length;
  await page.context().close();
  return total / 1024;
}

export async function lcp(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>): Promise<number> {
  const page = await freshPage(browser);
  await page.goto(url, { waitUntil: "load" });
  await ready(page);
  await page.waitForTimeout(300);
  const value = (await page.evaluate("window.__lcp")) as number;
  await page.context().close();
  return value;
}

/** The longest event duration of one interaction (ms); 0 when every event took under 16 ms. */
async function inp(page: Page, act: () => Promise<unknown>, settled: () => Promise<unknown>): Promise<number> {
  await page.evaluate("window.__events = []");
  await act();
  await settled();
  await page.waitForTimeout(250);
  const durations = (await page.evaluate("window.__events")) as number[];
  return durations.length ? Math.max(...durations) : 0;
}

export async function measureInteractions(browser: Browser, base: string, runs: number) {
  const sort: number[] = [];
  const filter: number[] = [];
  const paging: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(browser);
    await page.goto(`${base}/coupons`, { waitUntil: "load" });
    const table = page.getByRole("table");
    await table.waitFor();
    await page.waitForLoadState("networkidle").catch(() => undefined);
    const idle = () => page.waitForFunction(() => !document.querySelector("table[aria-busy='true']") && document.querySelector("table"));
    sort.push(
      await inp(
        page,
        () => page.getByRole("button", { name: "Uses", exact: true }).click(),
        () => page.waitForURL(/sort=-numberOfUsages/).then(idle),
      ),
    );
    await page.getByRole("button", { name: /^Type filter/ }).click();
    filter.push(
      await inp(
        page,
        () => page.getByRole("checkbox", { name: "Percent off" }).click(),
        () => page.waitForURL(/type=PercentOff/).then(idle),
      ),
    );
    await page.keyboard.press("Escape");
    await page.waitForLoadState("networkidle").catch(() => undefined);
    paging.push(
      await inp(
        page,
        () => page.getByRole("link", { name: "Next page" }).click(),
        () => page.waitForURL(/page=2/).then(idle),
      ),
    );
    await page.context().close();
  }
  return { sort: median(sort), filter: median(filter), paging: median(paging) };
}

/** The bare page's click: what any interaction costs in Next.js and React on this machine. */
export async function bareClick(browser: Browser, bare: string, runs: number): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(browser);
    await page.goto(`${bare}/click`, { waitUntil: "load" });
    const button = page.getByRole("button", { name: "Clicked 0" });
    await button.waitFor();
    values.push(
      await inp(
        page,
        () => button.click(),
        () => page.getByRole("button", { name: "Clicked 1" }).waitFor(),
      ),
    );
    await page.context().close();
  }
  return median(values);
}
