// Runs the project's own command-line tools against the e2e data directory, like an operator would.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { E2E_USERS, e2eDataDir, type E2EUser } from "./constants";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function run(args: string[], input?: string): string {
  const result = spawnSync("npx", args, { cwd: repoRoot, input, encoding: "utf8", env: process.env });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/** `npm run user -- add <email> --role <role>` with the password on stdin. */
export function addUser(user: E2EUser): void {
  const { email, role, password } = E2E_USERS[user];
  run(["tsx", "--conditions=react-server", "lib/cli/user.ts", "add", email, "--role", role, "--data", e2eDataDir()], password);
}

/** The user CLI against another app database (DATABASE_URL), e.g. the two instances' Postgres. */
export function userCli(args: string[], env: Record<string, string>, input?: string): string {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/cli/user.ts", ...args], {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`user ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}
