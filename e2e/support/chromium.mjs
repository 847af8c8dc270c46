// Locates a Chromium binary for Playwright.
//
// Order:
//   1. $CHROMIUM_PATH: when set, it must be an executable file (a wrong path is an error, not
//      a reason to install something else)
//   2. /usr/bin/chromium (Debian's `chromium` package)
//   3. Playwright's own bundled Chromium (`npx playwright install chromium`), if downloaded
//   4. As root on a Debian-like machine: `apt-get update && apt-get install -y chromium`,
//      then /usr/bin/chromium again
// Otherwise throws an Error with a one-line message saying what to install.
//
// CLI: `node e2e/support/chromium.mjs` prints the path (exit code 1 + message if none).

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

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
    const { chromium } = await import("playwright-core");
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
  return (env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => isExecutable(path.join(dir, command)));
}

/** Runs `apt-get <args>`; returns null on success, else why it failed. */
function runAptGet(args, env) {
  const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...env, DEBIAN_FRONTEND: "noninteractive" } });
  if (result.status === 0) return null;
  return result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
}

function aptInstallChromium(env, aptGet) {
  console.error(`Chromium not found; installing Debian's chromium package with apt-get...`);
  for (const args of [["update"], ["install", "-y", "chromium"]]) {
    const failure = aptGet(args, env);
    if (failure) throw new Error(`${NOT_FOUND_MESSAGE} (apt-get ${args[0]} failed: ${failure})`);
  }
}

const runningAsRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * @param {object} [options] Overrides, mainly for testing the lookup logic.
 * @param {NodeJS.ProcessEnv} [options.env] Environment to read CHROMIUM_PATH / PATH from.
 * @param {string} [options.systemPath] Where the OS package puts chromium.
 * @param {boolean} [options.bundled] Whether to consider Playwright's bundled browser.
 * @param {boolean} [options.install] Whether apt-get installation may be attempted.
 * @param {boolean} [options.isRoot] Whether this process runs as root (apt-get needs it).
 * @param {(args: string[], env: NodeJS.ProcessEnv) => string | null} [options.aptGet] Runs apt-get; null on success.
 * @returns {string} Absolute path of a Chromium executable.
 */
export function findChromium({
  env = process.env,
  systemPath = SYSTEM_CHROMIUM,
  bundled = true,
  install = true,
  isRoot = runningAsRoot(),
  aptGet = runAptGet,
} = {}) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file: point it at Chromium, or unset it to use ${systemPath}`);
  }

  if (isExecutable(systemPath)) return systemPath;

  const fromPlaywright = bundled ? bundledChromium() : undefined;
  if (fromPlaywright) return fromPlaywright;

  if (install && isRoot && onPath("apt-get", env)) {
    aptInstallChromium(env, aptGet);
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
