// `node e2e/support/with-postgres.mjs <command...>`: runs the command with a throwaway PostgreSQL
// server (postgres.mjs) and TEST_DATABASE_URL pointing at it, then stops the server. An existing
// TEST_DATABASE_URL is used as it is (the tests create and drop their own databases on it).

import { spawn } from "node:child_process";
import { constants } from "node:os";
import { startPostgres } from "./postgres.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node e2e/support/with-postgres.mjs <command> [args...]");
  process.exit(2);
}

let server;
if (!process.env.TEST_DATABASE_URL) {
  try {
    server = await startPostgres();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  process.env.TEST_DATABASE_URL = server.url;
  console.error(`PostgreSQL for the tests on port ${server.port} (stopped when they end)`);
}

const child = spawn(command, args, { stdio: "inherit", env: process.env, shell: false });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("error", async (error) => {
  console.error(`Could not start ${command}: ${error.message}`);
  await server?.stop();
  process.exit(1);
});
child.on("exit", async (code, signal) => {
  await server?.stop();
  process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
});
