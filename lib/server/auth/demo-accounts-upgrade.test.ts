// An app database from before the demo mark (schema v1), upgraded: the first start's accounts are
// marked as demo accounts, an owner's account is not; on SQLite and on Postgres.
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ENGINES } from "@/lib/testing/app-db-engines";
import { bootstrapRun } from "@/lib/testing/bootstrap-harness";
import { openSqliteAppDb } from "../app-data/app-db";
import { APP_SCHEMA_VERSION, migratePostgresAppDb, migrateSqliteAppDb } from "../app-data/app-migrations";
import type { SqlClient } from "../app-data/app-sql";
import { PostgresAppSql } from "../app-data/postgres-app-sql";
import { openSqlite } from "../store/database";
import { createAuthServices } from "./services";
import { authenticate } from "./login";
import { hashPassword } from "./passwords";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

describe.each(ENGINES)("on %s", (engine) => {
  const run = bootstrapRun(engine);

  describe("demo accounts after a switch to Wix", () => {
    it.runIf(engine === "sqlite")("an app.db from before the demo mark (schema v1) has its demo accounts marked on upgrade", async () => {
      const file = path.join(run.dir(), "old-app.db");
      // Build a v1 database the way the first start did, then upgrade it.
      const db = openSqlite(file);
      migrateSqliteAppDb(db, 1);
      const hash = await hashPassword("a test password that is long enough");
      const insert = db.prepare("INSERT INTO users (id, email, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)");
      insert.run("u-merchant", "merchant@demo.local", "merchant", hash, 1);
      insert.run("u-support", "support@demo.local", "support", hash, 1);
      insert.run("u-owner", "owner@example.com", "merchant", hash, 1);
      db.prepare("INSERT INTO meta (key, value) VALUES ('demo_accounts_created', '2026-01-01T00:00:00.000Z')").run();
      db.prepare(V1_AUDIT_ENTRY).run();
      db.close();

      const sql = openSqliteAppDb(file);
      expect(sql.db.pragma("user_version", { simple: true })).toBe(APP_SCHEMA_VERSION);
      await expectDemoMarked(createAuthServices(sql));
      await sql.close();
    });

    it.runIf(engine === "postgres")(
      "a Postgres app database from before the demo mark (schema v1) has its demo accounts marked on upgrade",
      async () => {
        // A bare pool (no migration on first use), so the database stays at v1 until asked.
        const sql = PostgresAppSql.connect(run.pgUrl(), { max: 2 });
        await migratePostgresAppDb(sql, 1);
        const hash = await hashPassword("a test password that is long enough");
        const insert = (tx: SqlClient, id: string, email: string, role: string) =>
          tx.run("INSERT INTO users (id, email, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)", [id, email, role, hash, 1]);
        await sql.transaction(async (tx) => {
          await insert(tx, "u-merchant", "merchant@demo.local", "merchant");
          await insert(tx, "u-support", "support@demo.local", "support");
          await insert(tx, "u-owner", "owner@example.com", "merchant");
          await tx.run("INSERT INTO meta (key, value) VALUES ('demo_accounts_created', '2026-01-01T00:00:00.000Z')");
          await tx.run(V1_AUDIT_ENTRY);
        });
        await migratePostgresAppDb(sql);
        expect(await sql.get("SELECT version FROM schema_version")).toEqual({ version: APP_SCHEMA_VERSION });
        await expectDemoMarked(createAuthServices(sql));
        await sql.close();
      },
    );
  });
});

const V1_AUDIT_ENTRY =
  "INSERT INTO audit_log (at, actor_id, actor_email, action, target_type, target_id, summary) VALUES (1, NULL, 'system (first start)', 'user.add', 'user', 'u-merchant', 'Added demo merchant')";

/** After the upgrade: the first start's accounts are marked, the owner is not, and a marked one is refused on Wix. */
async function expectDemoMarked(upgraded: ReturnType<typeof createAuthServices>): Promise<void> {
  expect((await upgraded.users.list()).map((u) => [u.email, u.isDemo])).toEqual([
    ["merchant@demo.local", true],
    ["owner@example.com", false],
    ["support@demo.local", true],
  ]);
  const outcome = await authenticate(
    upgraded,
    { email: "merchant@demo.local", password: "a test password that is long enough", ip: "127.0.0.1" },
    () => {},
    { backend: "wix" },
  );
  expect(outcome).toEqual({ ok: false, reason: "invalid" });
}
