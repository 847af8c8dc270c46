// Locates a Chromium binary for Playwright.
//
// Order:
//   1. $CHROMIUM_PATH (if it points at an executable file)
//   2. /usr/bin/chromium (Debian's `chromium` package)
//   3. Playwright's own bundled Chromium (`npx playwright install chromium`), if downloaded
//   4. As root on a Debian-like machine: `apt-get update && apt-get install -y chromium`,
//      then /usr/bin/chromium again
// Otherwise throws an Error with a one-line message saying what to install.
//
// CLI: `node e2e/support/chromium.mjs` prints the path (exit code 1 + message if none).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const NOT_FOUND_MESSAGE =
  "Chromium not found: install Debian's chromium (apt-get install -y chromium), run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable";

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

async function loadPlaywrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium;
  } catch {
    return undefined;
  }
}

// Top-level await keeps findChromium() synchronous for callers.
const playwrightChromium = await loadPlaywrightChromium();

function bundledChromium() {
  try {
    const file = playwrightChromium?.executablePath();
    return file && isExecutable(file) ? file : undefined;
  } catch {
    // executablePath() throws on platforms Playwright has no build for.
    return undefined;
  }
}

function onPath(command, env) {
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => isExecutable(path.join(dir, command)));
}

function aptInstallChromium(env) {
  console.error(`Chromium not found; installing Debian's chromium package with apt-get...`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
    if (result.status !== 0) {
      const reason = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
      throw new Error(`${NOT_FOUND_MESSAGE} (apt-get ${args[0]} failed: ${reason})`);
    }
  }
}

/**
 * @param {object} [options] Overrides, mainly for testing the lookup logic.
 * @param {NodeJS.ProcessEnv} [options.env] Environment to read CHROMIUM_PATH / PATH from.
 * @param {string} [options.systemPath] Where the OS package puts chromium.
 * @param {boolean} [options.bundled] Whether to consider Playwright's bundled browser.
 * @param {boolean} [options.install] Whether apt-get installation may be attempted.
 * @returns {string} Absolute path of a Chromium executable.
 */
export function findChromium({
  env = process.env,
  systemPath = SYSTEM_CHROMIUM,
  bundled = true,
  install = true,
} = {}) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.error(`CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }

  if (isExecutable(systemPath)) return systemPath;

  const fromPlaywright = bundled ? bundledChromium() : undefined;
  if (fromPlaywright) return fromPlaywright;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && onPath('apt-get', env)) {
    aptInstallChromium(env);
    if (isExecutable(systemPath)) return systemPath;
  }

  throw new Error(NOT_FOUND_MESSAGE);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
