import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOST = '127.0.0.1';
const baseURL = `http://${HOST}:${PORT}`;

// How the app under test is started: a production build, like CI/deploys.
// This is the one place to change if the start-up needs to change.
const WEB_SERVER_COMMAND = `npm run build && npx next start -p ${PORT} -H ${HOST}`;

// Data directory for the app server started by this run (COUPON_DATA_DIR), reset once
// per run. Playwright evaluates this file again in workers/loader processes; they
// inherit the marker variable from the runner, so only the first evaluation wipes.
const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(repoRoot, '.data', 'e2e');
if (process.env.COUPON_E2E_DATA_DIR_RESET !== dataDir) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.COUPON_E2E_DATA_DIR_RESET = dataDir;
}

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  // One app server and one data directory are shared, so tests run one at a time.
  workers: 1,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'on-first-retry',
    // CHROMIUM_PATH is set by e2e/support/run-e2e.mjs (`npm run test:e2e`).
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium' },
    },
  ],
  webServer: {
    command: WEB_SERVER_COMMAND,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 300_000,
    stdout: 'pipe',
    env: {
      COUPON_DATA_DIR: dataDir,
      // A fixed zone, so date assertions don't depend on the machine's.
      MERCHANT_TIME_ZONE: 'Europe/Berlin',
      // Opt-in failures (lib/server/test-faults.ts); e2e/support/faults.ts arms them.
      COUPON_FAULT_DIR: path.join(dataDir, 'faults'),
    },
  },
});
