// Entry point for `npm run test:e2e`: find Chromium, then hand over to Playwright.
// Extra CLI args are forwarded: `npm run test:e2e -- --grep smoke`.

import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

let chromiumPath;
try {
  chromiumPath = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

process.env.CHROMIUM_PATH = chromiumPath;
console.error(`Using Chromium at ${chromiumPath}`);

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: process.env,
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  console.error(`Could not start Playwright: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
});
