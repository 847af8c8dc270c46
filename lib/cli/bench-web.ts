// npm run bench:web -- [--coupons 100000] [--runs 5] [--data <dir>] [--skip-build]
// Builds the app, seeds a large store, starts the app and a bare Next.js page built in the same run,
// and measures both in headless Chromium: first-load JS (gzip), LCP, and the INP of a sort click, a
// filter change and a page change on /coupons, next to a click on the bare app. A benchmark, not a
// test: it prints its figures and never fails on them (only when it can't measure).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { intFlag, parseFlags } from "./args";

const flags = parseFlags(process.argv.slice(2));
const COUPONS = intFlag(flags, "coupons", 100_000);
const RUNS = intFlag(flags, "runs", 5);
const ROOT = process.cwd();
const DATA = typeof flags.data === "string" ? path.resolve(flags.data) : path.join(ROOT, ".data", "bench-web");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const children: ChildProcess[] = [];

function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; quiet?: boolean } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: options.quiet ? "ignore" : "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function start(cwd: string, env: Record<string, string>, probe: string): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(base + probe)).ok) return base;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server in ${cwd} did not start`);
}

/** A minimal App Router page, built with the same Next.js in a throwaway directory outside the repo. */
async function buildBareApp(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-bare-"));
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench-bare", private: true }));
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    'export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  writeFileSync(path.join(dir, "app", "page.jsx"), "export default function Page() {\n  return <h1>Hello, world</h1>;\n}\n");
  // The INP floor: the smallest interaction a Next.js page can have, a click that re-renders a
  // counter. On its own route, so "/" stays the bare first-load JS.
  mkdirSync(path.join(dir, "app", "click"));
  writeFileSync(
    path.join(dir, "app", "click", "counter.jsx"),
    '"use client";\nimport { useState } from "react";\nexport function Counter() {\n  const [n, setN] = useState(0);\n  return <button onClick={() => setN(n + 1)}>{`Clicked ${n}`}</button>;\n}\n',
  );
  writeFileSync(
    path.join(dir, "app", "click", "page.jsx"),
    'import { Counter } from "./counter";\nexport default function Page() {\n  return <Counter />;\n}\n',
  );
  // node_modules is the repo's (symlinked), so Turbopack's root must contain both directories.
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(path.parse(dir).root)} } };\n`);
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  await run(process.execPath, [NEXT_BIN, "build"], { cwd: dir, quiet: true, env: { NEXT_TELEMETRY_DISABLED: "1" } });
  return dir;
}

const median = (values: number[]) => {
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

const BENCH_USER = { email: "bench@bench.local", password: "bench lantern orbit meadow" };

/** A merchant (the heavier page: selection and row menus) made with the user CLI; kept if it exists. */
async function ensureBenchUser(): Promise<void> {
  await run(
    "sh",
    [
      "-c",
      `printf '%s' '${BENCH_USER.password}' | npm run --silent user -- add ${BENCH_USER.email} --role merchant --data '${DATA}' || true`,
    ],
    { quiet: true },
  );
}

async function signIn(browser: Browser, app: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app}/login`);
  await page.getByLabel("Email").fill(BENCH_USER.email);
  await page.getByLabel("Password").fill(BENCH_USER.password);
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
async function firstLoadJs(browser: Browser, url: string): Promise<number> {
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

async function lcp(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>): Promise<number> {
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

async function measureInteractions(browser: Browser, base: string) {
  const sort: number[] = [];
  const filter: number[] = [];
  const paging: number[] = [];
  for (let i = 0; i < RUNS; i++) {
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
async function bareClick(browser: Browser, bare: string): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < RUNS; i++) {
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

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
}

async function main() {
  if (!flags["skip-build"]) {
    console.log("building the app (next build)…");
    await run(process.execPath, [NEXT_BIN, "build"], { quiet: true, env: { NEXT_TELEMETRY_DISABLED: "1" } });
  }
  console.log(`seeding ${COUPONS.toLocaleString("en-US")} coupons into ${DATA} (idempotent; reused by later runs)…`);
  await run("npm", ["run", "--silent", "seed", "--", "--coupons", String(COUPONS), "--data", DATA], { quiet: true });
  await ensureBenchUser();
  console.log("building a bare Next.js page for comparison…");
  const bareDir = await buildBareApp();
  try {
    // No usage snapshot round in the background: it would read all 100,000 coupons while the page
    // is being measured (bench:wix measures a round on its own).
    const app = await start(ROOT, { COUPON_DATA_DIR: DATA, COUPON_SEED: "none", USAGE_SNAPSHOT_MINUTES: "off" }, "/login");
    const bare = await start(bareDir, {}, "/");
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
    try {
      await signIn(browser, app);
      console.log(`measuring in headless Chromium (median of ${RUNS} runs)…`);
      // Warm both servers up so the first measured load isn't a cold start.
      await lcp(browser, `${app}/coupons`, (p) => p.getByRole("table").waitFor());
      await lcp(browser, `${bare}/`, (p) => p.getByRole("heading").waitFor());
      const appJs = await firstLoadJs(browser, `${app}/coupons`);
      const bareJs = await firstLoadJs(browser, `${bare}/`);
      const appLcp: number[] = [];
      const bareLcp: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        appLcp.push(await lcp(browser, `${app}/coupons`, (p) => p.getByRole("table").waitFor()));
        bareLcp.push(await lcp(browser, `${bare}/`, (p) => p.getByRole("heading").waitFor()));
      }
      const interactions = await measureInteractions(browser, app);
      const bareInp = await bareClick(browser, bare);
      const ms = (v: number) => (v === 0 ? "< 16 ms" : `${Math.round(v)} ms`);
      const budget = 1.3 * bareJs;
      const widths = [34, 12, 11, 26, 4];
      const lines = [
        ["figure", "/coupons", "bare page", "target", "ok?"],
        [
          "first-load JS (gzip KiB)",
          appJs.toFixed(1),
          bareJs.toFixed(1),
          `≤ 1.3 × bare = ${budget.toFixed(1)}`,
          appJs <= budget ? "yes" : "NO",
        ],
        [
          "LCP (ms)",
          `${Math.round(median(appLcp))} ms`,
          `${Math.round(median(bareLcp))} ms`,
          "≤ 1000 ms",
          median(appLcp) <= 1000 ? "yes" : "NO",
        ],
        ["INP, sort click (ms)", ms(interactions.sort), ms(bareInp), "≤ 100 ms", interactions.sort <= 100 ? "yes" : "NO"],
        ["INP, filter change (ms)", ms(interactions.filter), ms(bareInp), "≤ 100 ms", interactions.filter <= 100 ? "yes" : "NO"],
        ["INP, page change (ms)", ms(interactions.paging), ms(bareInp), "≤ 100 ms", interactions.paging <= 100 ? "yes" : "NO"],
      ];
      console.log(`\n/coupons on ${COUPONS.toLocaleString("en-US")} coupons vs a bare Next.js page, same build machine, headless Chromium`);
      console.log("(the bare page's INP is a click on a counter button: the floor for any interaction)");
      for (const [i, cells] of lines.entries()) {
        console.log(row(cells, widths));
        if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
      }
    } finally {
      await browser.close();
    }
  } finally {
    for (const child of children) child.kill();
    rmSync(bareDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:web could not finish: ${error instanceof Error ? error.message : String(error)}`);
  for (const child of children) child.kill();
  // Missed targets never fail it; not measuring at all does.
  process.exitCode = 1;
});
