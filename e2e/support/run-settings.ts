// What every e2e project and app server of a run shares: the host and the store-mode port, the
// run's data directory (reset once per run), the signed-in states, the browser, and a mode's shape.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PlaywrightTestConfig, PlaywrightTestProject } from "@playwright/test";

// E2E_PORT lets two checkouts run their suites side by side.
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const HOST = "127.0.0.1";
export const baseURL = `http://${HOST}:${PORT}`;

// Data directory for the app server started by this run (COUPON_DATA_DIR), reset once
// per run. Playwright evaluates this file again in workers/loader processes; they
// inherit the marker variable from the runner, so only the first evaluation wipes.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const dataDir = path.join(repoRoot, ".data", "e2e");
if (process.env.COUPON_E2E_DATA_DIR_RESET !== dataDir) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.COUPON_E2E_DATA_DIR_RESET = dataDir;
}
process.env.E2E_DATA_DIR = dataDir;

export const isCI = Boolean(process.env.CI);
export const browser = { browserName: "chromium" as const };
/** Signed-in browser state the setup project saves per role; cookies are per host, not port. */
export const signedInAs = (role: "merchant" | "support") => path.join(dataDir, "auth", `${role}.json`);

/** One way the app runs under test: its projects and the servers they need. */
export interface E2eMode {
  projects: PlaywrightTestProject[];
  webServers: Extract<PlaywrightTestConfig["webServer"], unknown[]>;
}

/** The emulator's key in every mode that runs one. */
export const EMULATOR_KEY = "e2e-emulator-key";
