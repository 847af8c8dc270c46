import "server-only";
// Versioned schema of the app's own database (users, sessions, login throttle, audit log, usage
// snapshots, code families, the shared Wix call log). One history for both engines: step N makes
// the same tables on SQLite (sqlite-steps.ts; version in PRAGMA user_version) and on Postgres
// (postgres-steps.ts; version in schema_version), each in its engine's words. It lives apart from
// the coupon store because with the Wix backend there is no coupon store, yet users, sessions and
// the audit log still need a home.
import type Database from "better-sqlite3";
import type { AppSql } from "./app-sql";
import { POSTGRES_STEPS } from "./postgres-steps";
import { SQLITE_STEPS } from "./sqlite-steps";

const MIGRATIONS = SQLITE_STEPS.map((sqlite, i) => ({ sqlite, postgres: POSTGRES_STEPS[i]! }));
if (POSTGRES_STEPS.length !== SQLITE_STEPS.length)
  throw new Error("app-data: the SQLite and Postgres schema histories have different lengths.");

export const APP_SCHEMA_VERSION = MIGRATIONS.length;

function tooNew(current: number): Error {
  return new Error(`The app database's schema (v${current}) is newer than this app (v${MIGRATIONS.length}); update the app.`);
}

/** Brings app.db up to this app's schema; `target` (tests only) stops at an older version. */
export function migrateSqliteAppDb(db: Database.Database, target: number = MIGRATIONS.length): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) throw tooNew(current);
  for (let version = current; version < Math.min(target, MIGRATIONS.length); version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!.sqlite);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

/** The same for Postgres: each step in its own transaction, under a lock, so instances starting together migrate once. */
export async function migratePostgresAppDb(sql: AppSql, target: number = MIGRATIONS.length): Promise<void> {
  await sql.transaction(
    async (tx) => {
      await tx.run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      if (!(await tx.get("SELECT version FROM schema_version"))) await tx.run("INSERT INTO schema_version (version) VALUES (0)");
    },
    { lock: "app-schema" },
  );
  for (;;) {
    const done = await sql.transaction(
      async (tx) => {
        const { version } = (await tx.get<{ version: number }>("SELECT version FROM schema_version"))!;
        if (version > MIGRATIONS.length) throw tooNew(version);
        if (version >= Math.min(target, MIGRATIONS.length)) return true;
        for (const statement of splitStatements(MIGRATIONS[version]!.postgres)) await tx.run(statement);
        await tx.run("UPDATE schema_version SET version = ?", [version + 1]);
        return false;
      },
      { lock: "app-schema" },
    );
    if (done) return;
  }
}

/** A step's statements, one by one (a parameterless multi-statement query would do, but one at a time names the failing one). */
function splitStatements(step: string): string[] {
  return step
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
