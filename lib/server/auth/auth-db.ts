import "server-only";
// Opens app.db in the data directory: WAL so two app instances can share it, a busy timeout so
// concurrent writers queue, versioned migrations. Sessions and throttle counters live here, never in
// memory, so any instance can answer any request.
import Database from "better-sqlite3";
import { chmodSync } from "node:fs";
import path from "node:path";
import { dataDirectory, openSqlite } from "../store/database";
import { migrateAuthDb } from "./migrations";

export type AuthDb = Database.Database;

/** Written into app.db's meta table; the client-bundle test looks for it to prove this module never ships. */
export const AUTH_DB_MARKER = "coupons-server-only:auth-db";

export function authDbPath(): string {
  return path.join(dataDirectory(), "app.db");
}

export function openAuthDb(file: string = authDbPath()): AuthDb {
  const db = openSqlite(file);
  migrateAuthDb(db);
  // Password hashes and session hashes: readable by the app's own user only.
  if (file !== ":memory:") chmodSync(file, 0o600);
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('marker', ?)").run(AUTH_DB_MARKER);
  return db;
}

const globalForAuth = globalThis as unknown as { authDb?: AuthDb; authDbFile?: string };

/** The process-wide connection, reopened when the data directory changes (tests switch it). */
export function authDb(): AuthDb {
  const file = authDbPath();
  if (!globalForAuth.authDb || globalForAuth.authDbFile !== file) {
    globalForAuth.authDb = openAuthDb(file);
    globalForAuth.authDbFile = file;
  }
  return globalForAuth.authDb;
}
