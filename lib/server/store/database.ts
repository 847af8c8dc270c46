import "server-only";
// Opens the SQLite file behind the embedded store: WAL, a busy timeout so parallel writers queue
// instead of failing, and versioned migrations.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { migrate } from "./migrations";

export type Db = Database.Database;

/** `COUPON_DATA_DIR` (default `.data/`) holds the store; `:memory:` keeps it in memory. */
export function dataDirectory(): string {
  return process.env.COUPON_DATA_DIR || path.join(process.cwd(), ".data");
}

/** Opens a SQLite file the way every database of this app is opened: WAL, busy timeout, foreign keys. */
export function openSqlite(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return db;
}

export function openDatabase(file: string = path.join(dataDirectory(), "coupons.db")): Db {
  const db = openSqlite(file);
  migrate(db);
  return db;
}
