// Test-side access to the e2e app's store (see store-cli.ts): create coupons a test owns, delete them after.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
/** The app server's COUPON_DATA_DIR, as playwright.config.ts sets it. */
export const E2E_DATA_DIR = path.join(repoRoot, ".data", "e2e");

function cli(command: "create" | "delete", payload: unknown): string[] {
  const out = execFileSync(
    process.execPath,
    [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", path.join(repoRoot, "e2e", "support", "store-cli.ts"), command, JSON.stringify(payload)],
    { cwd: repoRoot, env: { ...process.env, COUPON_DATA_DIR: E2E_DATA_DIR }, encoding: "utf8" },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!) as string[];
}

export const createCoupons = (specifications: Record<string, unknown>[]): string[] => cli("create", specifications);
export const deleteCoupons = (ids: string[]): void => void cli("delete", ids);

/** A code no other run or test uses: at most 20 characters, as Wix allows. */
export function uniqueCode(prefix: string): string {
  return `${prefix}${Date.now().toString(36).toUpperCase().slice(-5)}${Math.floor(Math.random() * 36 ** 2).toString(36).toUpperCase()}`.slice(0, 20);
}
