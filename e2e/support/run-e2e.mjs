// Entry point for `npm run test:e2e`: find Chromium, start a throwaway PostgreSQL (the two-instance
// project's app servers share it), then hand over to Playwright; PostgreSQL is stopped afterwards.
// Extra CLI args are forwarded: `npm run test:e2e -- --grep smoke`.

import { spawn } from "node:child_process";
import { constants } from "node:os";
import { fileURLToPath } from "node:url";
import { findChromium } from "./chromium.mjs";
import { startPostgres } from "./postgres.mjs";

let chromiumPath;
try {
  chromiumPath = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

process.env.CHROMIUM_PATH = chromiumPath;
console.error(`Using Chromium at ${chromiumPath}`);

let postgres;
if (!process.env.E2E_DATABASE_URL) {
  try {
    postgres = await startPostgres();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  process.env.E2E_DATABASE_URL = postgres.url;
  console.error(`PostgreSQL for the two-instance tests on port ${postgres.port}`);
}

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const child = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: "inherit",
  env: process.env,
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}

child.on("error", async (error) => {
  console.error(`Could not start Playwright: ${error.message}`);
  await postgres?.stop();
  process.exit(1);
});

child.on("exit", async (code, signal) => {
  await postgres?.stop();
  process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
});
