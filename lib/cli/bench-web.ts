// npm run bench:web -- [--coupons 100000] [--runs 5] [--data <dir>] [--skip-build]
// Builds the app, seeds a large store, starts the app and a bare Next.js page built in the same run,
// and measures both in headless Chromium: first-load JS (gzip), LCP, and the INP of a sort click, a
// filter change and a page change on /coupons, next to a click on the bare app. A benchmark, not a
// test: it prints its figures and never fails on them (only when it can't measure).
import { rmSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { intFlag, parseFlags } from "./args";
import { bareClick, firstLoadJs, lcp, measureInteractions, median, signIn } from "./bench-web-browser";
import { buildBareApp, children, NEXT_BIN, ROOT, run, start } from "./bench-web-servers";

const flags = parseFlags(process.argv.slice(2));
const COUPONS = intFlag(flags, "coupons", 100_000);
const RUNS = intFlag(flags, "runs", 5);
const DATA = typeof flags.data === "string" ? path.resolve(flags.data) : path.join(ROOT, ".data", "bench-web");
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

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
      await signIn(browser, app, BENCH_USER);
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
      const interactions = await measureInteractions(browser, app, RUNS);
      const bareInp = await bareClick(browser, bare, RUNS);
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
