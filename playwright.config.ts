import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { E2E_WIX_API_KEY } from './e2e/support/constants';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOST = '127.0.0.1';
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
const dataDir = path.join(repoRoot, '.data', 'e2e');
if (process.env.COUPON_E2E_DATA_DIR_RESET !== dataDir) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.COUPON_E2E_DATA_DIR_RESET = dataDir;
}
process.env.E2E_DATA_DIR = dataDir;

const isCI = Boolean(process.env.CI);
const browser = { browserName: 'chromium' as const };

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
    // Creates the e2e users with the user CLI and signs each role in once through the UI.
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: browser },
    {
      name: 'merchant',
      testMatch: /\.merchant\.spec\.ts/,
      dependencies: ['setup'],
      use: { ...browser, storageState: path.join(dataDir, 'auth', 'merchant.json') },
    },
    {
      name: 'support',
      testMatch: [/\.support\.spec\.ts/, /coupon-list\.spec\.ts/],
      dependencies: ['setup'],
      use: { ...browser, storageState: path.join(dataDir, 'auth', 'support.json') },
    },
    // Signed out: the login page, throttling, headers, and the client-bundle scan.
    { name: 'anonymous', testMatch: /\.anon\.spec\.ts/, dependencies: ['setup'], use: browser },
  ],
  webServer: {
    command: WEB_SERVER_COMMAND,
    url: `${baseURL}/login`,
    reuseExistingServer: !isCI,
    timeout: 300_000,
    stdout: 'pipe',
    env: {
      COUPON_DATA_DIR: dataDir,
    },
  },
});
