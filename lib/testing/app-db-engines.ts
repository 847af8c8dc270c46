// The app database on both engines, for the repository contract suites: a fresh SQLite file or a
// fresh Postgres database per test (created on TEST_DATABASE_URL's server, dropped afterwards), so
// tests never see each other's rows. `npm run test:unit` starts that server (e2e/support/with-postgres.mjs).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openPostgresAppDb, openSqliteAppDb } from "@/lib/server/app-data/app-db";
import type { AppSql, Dialect } from "@/lib/server/app-data/app-sql";

export const ENGINES: readonly Dialect[] = ["sqlite", "postgres"];

export interface TestAppDb {
  engine: Dialect;
  sql: AppSql;
  /** Postgres only: where it is, for code that opens the app database itself (DATABASE_URL). */
  url?: string;
  /** Another connection (pool) to the same database, as a second instance would have. */
  another(): AppSql;
  close(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "TEST_DATABASE_URL is not set: run the unit tests with `npm run test:unit`, which starts a PostgreSQL server for them.",
    );
  }
  return url;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function openTestAppDb(engine: Dialect): Promise<TestAppDb> {
  const opened: AppSql[] = [];
  const track = (sql: AppSql) => (opened.push(sql), sql);
  if (engine === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "app-db-"));
    const file = path.join(dir, "app.db");
    return {
      engine,
      sql: track(openSqliteAppDb(file)),
      another: () => track(openSqliteAppDb(file)),
      close: async () => {
        for (const sql of opened) await sql.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `app_test_${randomBytes(8).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    sql: track(openPostgresAppDb(url.toString(), { max: 4 })),
    another: () => track(openPostgresAppDb(url.toString(), { max: 4 })),
    close: async () => {
      for (const sql of opened) await sql.close().catch(() => undefined);
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
