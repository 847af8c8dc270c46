import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type PlaywrightTestConfig, type PlaywrightTestProject } from "@playwright/test";
import { E2E_TIME_ZONE, E2E_WIX_API_KEY } from "./e2e/support/constants";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOST = "127.0.0.1";
const baseURL = `http://${HOST}:${PORT}`;

// How the app under test is started: a production build, like CI/deploys.
// This is the one place to change if the start-up needs to change.
// The build sees a (fake) WIX_API_KEY so the client-bundle test can prove the value never ships;
// the server doesn't, so it runs on the embedded demo store.
const WEB_SERVER_COMMAND = `WIX_API_KEY=${E2E_WIX_API_KEY} npm run build && npx next start -p ${PORT} -H ${HOST}`;

// Data directory for the app server started by this run (COUPON_DATA_DIR), reset once
// per run. Playwright evaluates this file again in workers/loader processes; they
// inherit the marker variable from the runner, so only the first evaluation wipes.
const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(repoRoot, ".data", "e2e");
if (process.env.COUPON_E2E_DATA_DIR_RESET !== dataDir) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.COUPON_E2E_DATA_DIR_RESET = dataDir;
}
process.env.E2E_DATA_DIR = dataDir;

const isCI = Boolean(process.env.CI);
const browser = { browserName: "chromium" as const };
/** Signed-in browser state the setup project saves per role; cookies are per host, not port. */
const signedInAs = (role: "merchant" | "support") => path.join(dataDir, "auth", `${role}.json`);
/** The smoke spec runs in both modes, as a support user. */
const SMOKE_SPECS = [/smoke\.spec\.ts/];
/** The first-look checks, at 1440×900 and at 390×844. */
const FIRST_LOOK_SPECS = [/first-look\.spec\.ts/];
/** The code checker, as support: in both modes. */
const CHECKER_SPECS = [/checker\.spec\.ts/];
/** Usage over time: charts as support, alerts acted on as a merchant; in both modes. */
const USAGE_CHART_SPECS = [/usage-charts\.spec\.ts/];
const USAGE_ALERT_SPECS = [/usage-alerts\.spec\.ts/];
/** Code families, made and managed as a merchant; in both modes. */
const FAMILY_SPECS = [/families\.spec\.ts/, /import\.spec\.ts/];
/** Coupons made elsewhere, opened and edited as a merchant: in both modes too. */
const MADE_ELSEWHERE_SPECS = [/made-elsewhere\.spec\.ts/];

// ---- Wix mode ------------------------------------------------------------------------------
// The same smoke specs once more, against a second app server that talks to the Wix emulator
// through the Wix gateway. Both app servers `next start` the one build; web servers start in
// order, so the build is done before the second one starts. The specs read the header label
// they expect from the project's metadata.
// Ports: the emulator on 4012 and this app server on 4013 (E2E_EMULATOR_PORT / E2E_WIX_PORT), not
// next to E2E_PORT: neighbouring 31xx ports run other checkouts' apps on a shared machine. Neither
// server is reused: they start in seconds, and a busy port must fail loudly rather than test
// someone else's server.
const STORE_LABEL = "Local store (demo data)";
const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4012);
const WIX_PORT = Number(process.env.E2E_WIX_PORT ?? EMULATOR_PORT + 1);
const EMULATOR_URL = `http://${HOST}:${EMULATOR_PORT}`;
const EMULATOR_KEY = "e2e-emulator-key";
const E2E_SITE_ID = "e2e5173-0000-4000-8000-000000000000";
const wixBaseURL = `http://${HOST}:${WIX_PORT}`;
const WIX_MODE: { projects: PlaywrightTestProject[]; webServers: Extract<PlaywrightTestConfig["webServer"], unknown[]> } = {
  projects: [
    {
      name: "support-wix-emulator",
      testMatch: [...SMOKE_SPECS, ...CHECKER_SPECS, ...USAGE_CHART_SPECS],
      dependencies: ["setup"],
      use: { ...browser, baseURL: wixBaseURL, storageState: signedInAs("support") },
      // The checker spec makes its coupons at the emulator, as another app with the key would.
      metadata: {
        backendLabel: `Wix site ${E2E_SITE_ID.slice(0, 4)}… (emulator at ${EMULATOR_URL})`,
        emulatorUrl: EMULATOR_URL,
        emulatorKey: EMULATOR_KEY,
        siteId: E2E_SITE_ID,
      },
    },
    {
      name: "merchant-wix-emulator",
      // Coupons made elsewhere, and the Wix catalogues (picker, names, "Needs attention").
      testMatch: [...MADE_ELSEWHERE_SPECS, ...USAGE_ALERT_SPECS, ...FAMILY_SPECS, /\.wix\.spec\.ts/],
      dependencies: ["setup"],
      use: { ...browser, baseURL: wixBaseURL, storageState: signedInAs("merchant") },
      // The catalogue spec changes the shop through the emulator, as Wix's dashboard would.
      metadata: { emulatorUrl: EMULATOR_URL, emulatorKey: EMULATOR_KEY, siteId: E2E_SITE_ID },
    },
  ],
  webServers: [
    {
      // A Catalog V3 site: the newer Stores APIs (the contract suite covers V1 and V3 both).
      command: `npm run emulator -- --port ${EMULATOR_PORT} --memory --seed demo --catalog-version v3`,
      // Answers 401 without a key: up and checking keys.
      url: `${EMULATOR_URL}/stores/v2/coupons/query`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      env: { EMULATOR_API_KEY: EMULATOR_KEY },
    },
    {
      command: `npx next start -p ${WIX_PORT} -H ${HOST}`,
      url: wixBaseURL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        // The coupons come from Wix (the emulator); users and sessions live in app.db, shared
        // with the store-mode server: one sign-in works on both, as it would behind a load balancer.
        COUPON_DATA_DIR: dataDir,
        WIX_API_KEY: EMULATOR_KEY,
        WIX_SITE_ID: E2E_SITE_ID,
        WIX_API_BASE_URL: EMULATOR_URL,
        MERCHANT_TIME_ZONE: E2E_TIME_ZONE,
      },
    },
  ],
};

// ---- Two instances on one Postgres -----------------------------------------------------------
// Two app servers behind no load balancer, as an agency would run them: the same build, each with
// its own data directory (nothing shared on disk), one Postgres for the app's own data (users,
// sessions, audit log, snapshots, the Wix call log) and one Wix site (a third emulator). The spec
// signs in on one and uses the other, and counts at the emulator what both sent together.
// Ports 4015-4017 (E2E_MULTI_PORT...). E2E_DATABASE_URL comes from e2e/support/run-e2e.mjs, which
// starts a throwaway PostgreSQL for the run.
const MULTI_EMULATOR_PORT = Number(process.env.E2E_MULTI_PORT ?? 4015);
const MULTI_EMULATOR_URL = `http://${HOST}:${MULTI_EMULATOR_PORT}`;
const MULTI_SITE_ID = "e2e2b1a-0000-4000-8000-0000000000aa";
const instanceURL = (i: 0 | 1) => `http://${HOST}:${MULTI_EMULATOR_PORT + 1 + i}`;
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl)
  throw new Error("E2E_DATABASE_URL is not set: run the e2e suite with `npm run test:e2e`, which starts PostgreSQL for it.");
const TWO_INSTANCES: { projects: PlaywrightTestProject[]; webServers: Extract<PlaywrightTestConfig["webServer"], unknown[]> } = {
  projects: [
    {
      name: "two-instances",
      testMatch: /\.instances\.spec\.ts/,
      use: { ...browser, baseURL: instanceURL(0) },
      metadata: {
        instances: [instanceURL(0), instanceURL(1)],
        emulatorUrl: MULTI_EMULATOR_URL,
        emulatorKey: EMULATOR_KEY,
        siteId: MULTI_SITE_ID,
        databaseUrl,
      },
    },
  ],
  webServers: [
    {
      command: `npm run emulator -- --port ${MULTI_EMULATOR_PORT} --memory --seed demo`,
      url: `${MULTI_EMULATOR_URL}/stores/v2/coupons/query`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      env: { EMULATOR_API_KEY: EMULATOR_KEY },
    },
    ...([0, 1] as const).map((i) => ({
      command: `npx next start -p ${MULTI_EMULATOR_PORT + 1 + i} -H ${HOST}`,
      url: `${instanceURL(i)}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe" as const,
      env: {
        COUPON_DATA_DIR: path.join(dataDir, `instance-${i}`),
        DATABASE_URL: databaseUrl,
        WIX_API_KEY: EMULATOR_KEY,
        WIX_SITE_ID: MULTI_SITE_ID,
        WIX_API_BASE_URL: MULTI_EMULATOR_URL,
        MERCHANT_TIME_ZONE: E2E_TIME_ZONE,
        // One slot an hour: both instances start inside it, and only one of them may record it.
        USAGE_SNAPSHOT_MINUTES: "60",
      },
    })),
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  // Each mode shares one app server and one data set, so tests run one at a time.
  workers: 1,
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // No retries (a test that fails sometimes is a failing test), so keep what a failure shows:
    // the trace and a screenshot of every failed test, in test-results/.
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // CHROMIUM_PATH is set by e2e/support/run-e2e.mjs (`npm run test:e2e`).
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    // Creates the e2e users with the user CLI and signs each role in once through the UI.
    { name: "setup", testMatch: /auth\.setup\.ts/, use: browser },
    {
      name: "merchant",
      // Every test that adds coupons removes them when it ends (e2e/support/fixtures.ts), so the
      // table's spec reads the untouched demo set whatever order the files run in.
      testMatch: [
        /coupon-table\.spec\.ts/,
        /form-.*\.spec\.ts/,
        /\.merchant\.spec\.ts/,
        /table-actions\.spec\.ts/,
        ...MADE_ELSEWHERE_SPECS,
        ...USAGE_ALERT_SPECS,
        ...FAMILY_SPECS,
      ],
      dependencies: ["setup"],
      use: { ...browser, storageState: signedInAs("merchant") },
      metadata: { backendLabel: STORE_LABEL },
    },
    {
      name: "support",
      testMatch: [/\.support\.spec\.ts/, ...SMOKE_SPECS, ...CHECKER_SPECS, ...USAGE_CHART_SPECS],
      dependencies: ["setup"],
      use: { ...browser, storageState: signedInAs("support") },
      metadata: { backendLabel: STORE_LABEL },
    },
    // What a merchant notices first, at a desktop's width and a phone's (e2e/first-look.spec.ts).
    {
      name: "first-look-wide",
      testMatch: FIRST_LOOK_SPECS,
      dependencies: ["setup"],
      use: { ...browser, viewport: { width: 1440, height: 900 }, storageState: signedInAs("merchant") },
    },
    {
      name: "first-look-phone",
      testMatch: FIRST_LOOK_SPECS,
      dependencies: ["setup"],
      use: { ...browser, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, storageState: signedInAs("merchant") },
    },
    // The README's `npm run dev` on an empty data directory, as a newcomer's first run: its own dev
    // server (e2e/first-run.dev.spec.ts starts and stops it), with no hydration or console error.
    { name: "first-run-dev", testMatch: /\.dev\.spec\.ts/, use: browser },
    // Signed out: the login page, throttling, headers, and the client-bundle scan.
    { name: "anonymous", testMatch: /\.anon\.spec\.ts/, dependencies: ["setup"], use: browser },
    ...WIX_MODE.projects,
    ...TWO_INSTANCES.projects,
  ],
  webServer: [
    {
      command: WEB_SERVER_COMMAND,
      url: `${baseURL}/login`,
      reuseExistingServer: !isCI,
      timeout: 300_000,
      stdout: "pipe",
      env: {
        COUPON_DATA_DIR: dataDir,
        // This server is the embedded-store mode, whatever the shell exports.
        WIX_API_KEY: "",
        WIX_SITE_ID: "",
        // A fixed zone, so date assertions don't depend on the machine's.
        MERCHANT_TIME_ZONE: E2E_TIME_ZONE,
        // Opt-in failures (lib/server/test-faults.ts); e2e/support/faults.ts arms them.
        COUPON_FAULT_DIR: path.join(dataDir, "faults"),
      },
    },
    ...WIX_MODE.webServers,
    ...TWO_INSTANCES.webServers,
  ],
});
