// Starts a throwaway PostgreSQL server for the tests, the way chromium.mjs finds a browser.
//
// Order:
//   1. The newest /usr/lib/postgresql/<version>/bin with initdb and postgres (Debian's packages)
//   2. As root on a Debian-like machine: `apt-get update && apt-get install -y postgresql`, then 1 again
// Otherwise throws an Error with a one-line message saying what to install.
//
// The server gets a new temporary data directory and a free port on 127.0.0.1, trusts local
// connections (no password: nothing outside this machine reaches it), runs without fsync (its data
// is thrown away), and is stopped and deleted by stop(). Postgres refuses to run as root, so as
// root it runs as the `postgres` user the package creates.

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const POSTGRES_ROOT = "/usr/lib/postgresql";
export const NOT_FOUND_MESSAGE =
  "PostgreSQL not found: install Debian's postgresql (apt-get install -y postgresql), or set TEST_DATABASE_URL to a server the tests may create databases on";

export function findPostgresBin() {
  if (!fs.existsSync(POSTGRES_ROOT)) return undefined;
  const versions = fs
    .readdirSync(POSTGRES_ROOT)
    .filter(
      (v) => fs.existsSync(path.join(POSTGRES_ROOT, v, "bin", "initdb")) && fs.existsSync(path.join(POSTGRES_ROOT, v, "bin", "postgres")),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(POSTGRES_ROOT, versions[0], "bin") : undefined;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

export function findOrInstallPostgres() {
  const found = findPostgresBin();
  if (found) return found;
  if (isRoot() && fs.existsSync("/usr/bin/apt-get")) {
    console.error("PostgreSQL not found: installing Debian's postgresql (apt-get install -y postgresql)...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [["update"], ["install", "-y", "--no-install-recommends", "postgresql"]]) {
      const result = spawnSync("apt-get", args, { stdio: ["ignore", "inherit", "inherit"], env });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed (exit ${result.status}). ${NOT_FOUND_MESSAGE}`);
    }
    const installed = findPostgresBin();
    if (installed) return installed;
  }
  throw new Error(NOT_FOUND_MESSAGE);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** argv run as the postgres user when we are root (Postgres refuses root), else as ourselves. */
function asServerUser(file, args) {
  return isRoot() ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
}

async function waitUntilReady(bin, port, dir, server) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`postgres exited with code ${server.exitCode} while starting`);
    const [file, args] = asServerUser(path.join(bin, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port), "-q"]);
    if (spawnSync(file, args).status === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`postgres did not accept connections on port ${port} within 30 s (log: ${path.join(dir, "server.log")})`);
}

/** Starts a server; resolves to { url, stop }. `url` names the `postgres` database as the superuser `postgres`. */
export async function startPostgres() {
  const bin = findOrInstallPostgres();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coupons-pg-"));
  const data = path.join(dir, "data");
  if (isRoot()) {
    const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
    const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
    if (!Number.isInteger(uid) || !Number.isInteger(gid))
      throw new Error("Running as root, but there is no postgres user to run PostgreSQL as.");
    fs.chownSync(dir, uid, gid);
  }
  const [initFile, initArgs] = asServerUser(path.join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "--no-sync",
    "-E",
    "UTF8",
    "--locale=C",
  ]);
  const init = spawnSync(initFile, initArgs, { encoding: "utf8" });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const port = await freePort();
  const log = fs.openSync(path.join(dir, "server.log"), "a");
  const [file, args] = asServerUser(path.join(bin, "postgres"), [
    "-D",
    data,
    "-p",
    String(port),
    "-k",
    dir,
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "fsync=off",
    "-c",
    "synchronous_commit=off",
    "-c",
    "full_page_writes=off",
    "-c",
    "max_connections=300",
  ]);
  const server = spawn(file, args, { stdio: ["ignore", log, log] });
  await waitUntilReady(bin, port, dir, server);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (server.exitCode === null) {
      // Fast shutdown (ends sessions, doesn't wait for clients), by pg_ctl: a signal to runuser
      // wouldn't reach the server.
      const exited = new Promise((resolve) => server.once("exit", resolve));
      const [ctl, ctlArgs] = asServerUser(path.join(bin, "pg_ctl"), ["stop", "-D", data, "-m", "fast", "-w", "-t", "20"]);
      spawnSync(ctl, ctlArgs, { stdio: "ignore" });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    fs.closeSync(log);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}
