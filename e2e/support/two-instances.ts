// Two app instances on one Postgres and one emulator, for the *.instances.spec.ts files.
import path from "node:path";
import { E2E_TIME_ZONE } from "./constants";
import { browser, dataDir, EMULATOR_KEY, HOST, type E2eMode } from "./run-settings";

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
export const TWO_INSTANCES: E2eMode = {
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
