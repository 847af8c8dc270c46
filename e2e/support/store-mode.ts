// Store mode: the app on the embedded demo store, with the setup project, the merchant, support,
// first-look, first-run and anonymous projects, and the one app server that builds the app.
import path from "node:path";
import { E2E_TIME_ZONE, E2E_WIX_API_KEY } from "./constants";
import { baseURL, browser, dataDir, HOST, isCI, PORT, signedInAs, type E2eMode } from "./run-settings";
import {
  CHECKER_SPECS,
  FAMILY_SPECS,
  FIRST_LOOK_SPECS,
  MADE_ELSEWHERE_SPECS,
  SMOKE_SPECS,
  USAGE_ALERT_SPECS,
  USAGE_CHART_SPECS,
} from "./spec-groups";

// How the app under test is started: a production build, like CI/deploys.
// This is the one place to change if the start-up needs to change.
// The build sees a (fake) WIX_API_KEY so the client-bundle test can prove the value never ships;
// the server doesn't, so it runs on the embedded demo store.
const WEB_SERVER_COMMAND = `WIX_API_KEY=${E2E_WIX_API_KEY} npm run build && npx next start -p ${PORT} -H ${HOST}`;

export const STORE_LABEL = "Local store (demo data)";

export const STORE_MODE: E2eMode = {
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
  ],
  webServers: [
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
  ],
};
