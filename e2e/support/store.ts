// Test-side access to the e2e app's store: writes go through store-cli.ts (the store's own code),
// reads of what exists open the file read-only. fixtures.ts uses them to delete every coupon a
// test added, so each spec finds the demo data as it was seeded and file order doesn't matter.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { randomInt } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { e2eDataDir } from "./constants";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

function cli(command: "create" | "insert-as-stored" | "delete" | "redeem" | "usage-history", payload: unknown): string[] {
  const out = execFileSync(
    process.execPath,
    [
      path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"),
      "--conditions=react-server",
      path.join(repoRoot, "e2e", "support", "store-cli.ts"),
      command,
      JSON.stringify(payload),
    ],
    { cwd: repoRoot, env: { ...process.env, COUPON_DATA_DIR: e2eDataDir() }, encoding: "utf8" },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!) as string[];
}

/** Creates coupons straight in the store, through its own code; returns their ids. */
export const createCoupons = (specifications: Record<string, unknown>[]): string[] => cli("create", specifications);

/** Puts coupons made elsewhere into the store as Wix holds them (shapes Wix no longer creates included). */
export const insertAsStored = (specifications: Record<string, unknown>[]): string[] => cli("insert-as-stored", specifications);

/** Customers used these coupons at checkout: `uses` each. */
export const redeemCoupons = (uses: [id: string, uses: number][]): void => void cli("redeem", uses);

/** Files past usage snapshots of a coupon in app.db, under `site` ("store" or "wix:<site id>"). */
export const recordUsageHistory = (history: {
  site: string;
  couponId: string;
  usageLimit: number | null;
  readings: { at: number; uses: number }[];
}): void => void cli("usage-history", history);

/** Deletes these coupons, where they still exist, behind the app's back. */
export const deleteCoupons = (ids: string[]): void => void cli("delete", ids);

function readStore<T>(read: (db: Database.Database) => T, file = "coupons.db"): T {
  const db = new Database(path.join(e2eDataDir(), file), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Where the store's newest coupon stands (its AUTOINCREMENT seq, never reused). */
export const storeMark = (): number =>
  readStore((db) => (db.prepare("SELECT coalesce(max(seq), 0) AS seq FROM coupons").get() as { seq: number }).seq);

/** The ids of every coupon added since `mark`, by a test or through the app. */
export const couponsSince = (mark: number): string[] =>
  readStore((db) => (db.prepare("SELECT id FROM coupons WHERE seq > ?").all(mark) as { id: string }[]).map((row) => row.id));

/** Whether the app's user table holds this email (read-only, from app.db). */
export const userExists = (email: string): boolean =>
  readStore((db) => db.prepare("SELECT 1 FROM users WHERE email = ? COLLATE NOCASE").get(email) !== undefined, "app.db");

let counter = 0;
const LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/**
 * A code no other test uses, by construction: this process's next number and five random letters
 * from the crypto source (a retried worker starts its count again). At most 20 characters.
 */
export function uniqueCode(prefix: string): string {
  counter += 1;
  const random = Array.from({ length: 5 }, () => LETTERS[randomInt(LETTERS.length)]).join("");
  return `${prefix.slice(0, 12)}${counter.toString(36).toUpperCase()}${random}`.slice(0, 20);
}
