// The app-data contract: whatever holds the app's own data, SQLite or Postgres, the repositories
// see the same tables and the same behaviour. Each test runs on both engines (a fresh database each).
import { afterEach, describe, expect, it } from "vitest";
import { ENGINES, openTestAppDb, type TestAppDb } from "@/lib/testing/app-db-engines";
import { AuditLog } from "../auth/audit-log";
import { EmailTakenError, UserRepository } from "../auth/users";
import type { AppSql } from "./app-sql";
import { APP_SCHEMA_VERSION } from "./app-migrations";

/** Every table and its columns, sorted; Postgres's explicit `rowid` stands for SQLite's implicit one. */
async function schemaOf(db: TestAppDb): Promise<Record<string, string[]>> {
  const rows =
    db.engine === "sqlite"
      ? await db.sql.all<{ table: string; column: string }>(
          `SELECT m.name AS "table", c.name AS "column" FROM sqlite_master m, pragma_table_info(m.name) c
           WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
        )
      : await db.sql.all<{ table: string; column: string }>(
          `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
           WHERE table_schema = 'public' AND table_name <> 'schema_version' AND column_name <> 'rowid'`,
        );
  const schema: Record<string, string[]> = {};
  for (const { table, column } of rows) (schema[table] ??= []).push(column);
  for (const columns of Object.values(schema)) columns.sort();
  return Object.fromEntries(Object.entries(schema).sort(([a], [b]) => a.localeCompare(b)));
}

async function schemaVersion(db: TestAppDb): Promise<number> {
  if (db.engine === "sqlite") return (await db.sql.get<{ user_version: number }>("PRAGMA user_version"))!.user_version;
  return (await db.sql.get<{ version: number }>("SELECT version FROM schema_version"))!.version;
}

const opened: TestAppDb[] = [];
async function open(engine: (typeof ENGINES)[number]): Promise<TestAppDb> {
  const db = await openTestAppDb(engine);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

const actor = { id: null, email: "owner@shop.test" };

describe("both engines hold the same schema", () => {
  it("has the same tables with the same columns at the same version", async () => {
    const [sqlite, postgres] = await Promise.all(ENGINES.map(open));
    await new UserRepository(sqlite!.sql).count();
    await new UserRepository(postgres!.sql).count();
    const [sqliteSchema, postgresSchema] = await Promise.all([schemaOf(sqlite!), schemaOf(postgres!)]);
    expect(Object.keys(sqliteSchema)).toEqual(expect.arrayContaining(["users", "sessions", "audit_log", "audit_coupons", "wix_calls"]));
    expect(postgresSchema).toEqual(sqliteSchema);
    expect(await schemaVersion(sqlite!)).toBe(APP_SCHEMA_VERSION);
    expect(await schemaVersion(postgres!)).toBe(APP_SCHEMA_VERSION);
  });
});

describe.each(ENGINES)("app data on %s", (engine) => {
  it("rolls a failed transaction back whole", async () => {
    const { sql } = await open(engine);
    const users = new UserRepository(sql);
    await expect(
      sql.transaction(async (tx) => {
        await users.create({ email: "half@shop.test", role: "merchant", passwordHash: "x" }, tx);
        throw new Error("the second half failed");
      }),
    ).rejects.toThrow("the second half failed");
    expect(await users.byEmail("half@shop.test")).toBeNull();
    expect(await users.count()).toBe(0);
  });

  it("refuses a second user with the same email in another case", async () => {
    const { sql } = await open(engine);
    const users = new UserRepository(sql);
    await users.create({ email: "Ana@Shop.test", role: "merchant", passwordHash: "x" });
    await expect(users.create({ email: "ana@shop.TEST", role: "support", passwordHash: "y" })).rejects.toBeInstanceOf(EmailTakenError);
    expect((await users.list()).map((u) => u.email)).toEqual(["ana@shop.test"]);
  });

  it("keeps 64-bit millisecond times as numbers", async () => {
    const { sql } = await open(engine);
    const at = Date.UTC(2026, 11, 4, 18, 30);
    const users = new UserRepository(sql, () => at);
    const user = await users.create({ email: "time@shop.test", role: "merchant", passwordHash: "x" });
    expect(user.createdAt).toBe(at);
    expect(typeof (await sql.now())).toBe("number");
  });

  it("lists the audit log newest first, pages it, and finds entries by coupon or by code in any case", async () => {
    const { sql } = await open(engine);
    let clock = 1_000;
    const log = new AuditLog(sql, () => clock++);
    await log.record({
      actor,
      action: "coupon.create",
      targetType: "coupon",
      targetId: "c1",
      summary: "Created SPRING",
      coupons: [{ id: "c1", code: "SPRING" }],
    });
    await log.record({
      actor,
      action: "coupon.create",
      targetType: "coupon",
      targetId: "c2",
      summary: "Created AUTUMN",
      coupons: [{ id: "c2", code: "AUTUMN" }],
    });
    await log.record({
      actor,
      action: "coupon.bulkSetActive",
      targetType: "coupon",
      summary: "Paused 2 coupons",
      details: { active: false },
      coupons: [
        { id: "c1", code: "SPRING" },
        { id: "c2", code: "AUTUMN" },
      ],
    });
    await log.record({ actor, action: "user.add", targetType: "user", targetId: "u1", summary: "Added support@shop.test" });

    const all = await log.list({ limit: 10, offset: 0 });
    expect(all.total).toBe(4);
    expect(all.entries.map((e) => e.summary)).toEqual(["Added support@shop.test", "Paused 2 coupons", "Created AUTUMN", "Created SPRING"]);
    expect(all.entries[1]).toMatchObject({
      details: { active: false },
      coupons: [
        { id: "c1", code: "SPRING" },
        { id: "c2", code: "AUTUMN" },
      ],
    });

    const second = await log.list({ limit: 2, offset: 2 });
    expect(second.total).toBe(4);
    expect(second.entries.map((e) => e.summary)).toEqual(["Created AUTUMN", "Created SPRING"]);

    expect((await log.list({ couponIds: ["c1"], limit: 10, offset: 0 })).entries.map((e) => e.summary)).toEqual([
      "Paused 2 coupons",
      "Created SPRING",
    ]);
    const byCode = await log.list({ code: "autumn", limit: 10, offset: 0 });
    expect(byCode.total).toBe(2);
    expect(byCode.entries.map((e) => e.summary)).toEqual(["Paused 2 coupons", "Created AUTUMN"]);
    expect((await log.list({ couponIds: ["c1"], code: "AUTUMN", limit: 10, offset: 0 })).total).toBe(3);
    expect((await log.list({ code: "WINTER", limit: 10, offset: 0 })).total).toBe(0);
  });

  it("lets two connections write at once without losing or mixing either one's transaction", async () => {
    const db = await open(engine);
    const first = db.sql;
    const second: AppSql = db.another();
    const writes = (sql: AppSql, prefix: string) =>
      Array.from({ length: 10 }, (_, i) =>
        sql
          .transaction(async (tx) => {
            await tx.run("INSERT INTO users (id, email, role, password_hash, created_at, is_demo) VALUES (?, ?, 'merchant', 'x', 0, 0)", [
              `${prefix}-${i}`,
              `${prefix}-${i}@shop.test`,
            ]);
            await new Promise((resolve) => setTimeout(resolve, 1));
            if (i % 3 === 0) throw new Error("rolled back");
          })
          .catch(() => undefined),
      );
    await Promise.all([...writes(first, "a"), ...writes(second, "b")]);
    const ids = (await first.all<{ id: string }>("SELECT id FROM users ORDER BY id")).map((row) => row.id);
    const kept = [1, 2, 4, 5, 7, 8];
    expect(ids).toEqual([...kept.map((i) => `a-${i}`), ...kept.map((i) => `b-${i}`)]);
  });
});
