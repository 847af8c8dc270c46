// The e2e run: Playwright's settings, and the projects and app servers of each mode the app is
// tested in (e2e/support/store-mode.ts, wix-mode.ts, two-instances.ts; run-settings.ts is shared).
import { defineConfig } from "@playwright/test";
import { baseURL, isCI } from "./e2e/support/run-settings";
import { STORE_MODE } from "./e2e/support/store-mode";
import { TWO_INSTANCES } from "./e2e/support/two-instances";
import { WIX_MODE } from "./e2e/support/wix-mode";

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
  projects: [...STORE_MODE.projects, ...WIX_MODE.projects, ...TWO_INSTANCES.projects],
  webServer: [...STORE_MODE.webServers, ...WIX_MODE.webServers, ...TWO_INSTANCES.webServers],
});
