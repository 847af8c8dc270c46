import "server-only";
// The process's app database: Postgres when DATABASE_URL is set (every instance shares it), else
// app.db in the data directory (SQLite: WAL so two instances on one host can share it, a busy
// timeout so concurrent writers queue). Either is migrated to the one schema history before use.
import { chmodSync } from "node:fs";
import path from "node:path";
import { dataDirectory, openSqlite } from "../store/database";
import type { AppSql } from "./app-sql";
import { migratePostgresAppDb, migrateSqliteAppDb } from "./app-migrations";
import { PostgresAppSql } from "./postgres-app-sql";
import { SqliteAppSql } from "./sqlite-app-sql";

/** Written into the meta table; the client-bundle test looks for it to prove this module never ships. */
export const APP_DB_MARKER = "coupons-server-only:auth-db";
const MARK = "INSERT INTO meta (key, value) VALUES ('marker', ?) ON CONFLICT DO NOTHING";

export function appDbPath(): string {
  return path.join(dataDirectory(), "app.db");
}

export function openSqliteAppDb(file: string = appDbPath()): SqliteAppSql {
  const db = openSqlite(file);
  migrateSqliteAppDb(db);
  // Password hashes and session hashes: readable by the app's own user only.
  if (file !== ":memory:") chmodSync(file, 0o600);
  db.prepare(MARK).run(APP_DB_MARKER);
  return new SqliteAppSql(db);
}

/** A pool on `url`, migrated before its first statement. */
export function openPostgresAppDb(url: string, options: { max?: number } = {}): PostgresAppSql {
  return PostgresAppSql.connect(url, {
    ...options,
    prepare: async (sql) => {
      await migratePostgresAppDb(sql);
      await sql.run(MARK, [APP_DB_MARKER]);
    },
  });
}

/** Where the app's data lives, for the start-up log (never the password). */
export function appDbLabel(env: Record<string, string | undefined> = process.env): string {
  if (!env.DATABASE_URL) return `SQLite at ${appDbPath()}`;
  try {
    const url = new URL(env.DATABASE_URL);
    return `Postgres at ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "Postgres (DATABASE_URL)";
  }
}

const globalForAppDb = globalThis as unknown as { appDb?: AppSql; appDbWhere?: string };

/** The process-wide connection, reopened when DATABASE_URL or the data directory changes (tests switch them). */
export function appDb(): AppSql {
  const where = process.env.DATABASE_URL || appDbPath();
  if (!globalForAppDb.appDb || globalForAppDb.appDbWhere !== where) {
    globalForAppDb.appDb = process.env.DATABASE_URL ? openPostgresAppDb(process.env.DATABASE_URL) : openSqliteAppDb(where);
    globalForAppDb.appDbWhere = where;
    console.info(`[app-data] ${appDbLabel()}`);
  }
  return globalForAppDb.appDb;
}
