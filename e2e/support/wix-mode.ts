// Wix mode: the smoke specs and more against an app server that talks to the Wix emulator.
import { E2E_TIME_ZONE } from "./constants";
import { browser, dataDir, EMULATOR_KEY, HOST, signedInAs, type E2eMode } from "./run-settings";
import { CHECKER_SPECS, FAMILY_SPECS, MADE_ELSEWHERE_SPECS, SMOKE_SPECS, USAGE_ALERT_SPECS, USAGE_CHART_SPECS } from "./spec-groups";

// The same smoke specs once more, against a second app server that talks to the Wix emulator
// through the Wix gateway. Both app servers `next start` the one build; web servers start in
// order, so the build is done before the second one starts. The specs read the header label
// they expect from the project's metadata.
// Ports: the emulator on 4012 and this app server on 4013 (E2E_EMULATOR_PORT / E2E_WIX_PORT), not
// next to E2E_PORT: neighbouring 31xx ports run other checkouts' apps on a shared machine. Neither
// server is reused: they start in seconds, and a busy port must fail loudly rather than test
// someone else's server.
const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4012);
const WIX_PORT = Number(process.env.E2E_WIX_PORT ?? EMULATOR_PORT + 1);
const EMULATOR_URL = `http://${HOST}:${EMULATOR_PORT}`;
const E2E_SITE_ID = "e2e5173-0000-4000-8000-000000000000";
const wixBaseURL = `http://${HOST}:${WIX_PORT}`;
export const WIX_MODE: E2eMode = {
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
