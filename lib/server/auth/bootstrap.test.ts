// The first start's accounts and the demo accounts' rules, on the process's own app database: an
// app.db in a temporary data directory, or (DATABASE_URL) a fresh Postgres database.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeRequest } from "@/lib/testing/next-request-stub";
import { ENGINES, openTestAppDb, type TestAppDb } from "@/lib/testing/app-db-engines";
import { makeTempDataDir } from "@/lib/testing/auth-harness";
import { appDb, openSqliteAppDb } from "../app-data/app-db";
import { APP_SCHEMA_VERSION, migratePostgresAppDb, migrateSqliteAppDb } from "../app-data/app-migrations";
import type { SqlClient } from "../app-data/app-sql";
import { PostgresAppSql } from "../app-data/postgres-app-sql";
import { openSqlite } from "../store/database";
import { SECURE_COOKIE_NAME } from "./cookie";
import { authServices, createAuthServices } from "./services";
import { bootstrapAuth, demoAccountsHint, demoCredentialsPath, generatePassword } from "./bootstrap";
import { authenticate, type AuthLogger } from "./login";
import { hashPassword } from "./passwords";
import { passwordProblem } from "./password-policy";
import { currentUser } from "./request";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

describe.each(ENGINES)("on %s", (engine) => {
  let temp: ReturnType<typeof makeTempDataDir>;
  let pg: TestAppDb | undefined;
  let logs: string[];
  let warnings: string[];
  beforeEach(async () => {
    temp = makeTempDataDir("bootstrap-");
    if (engine === "postgres") {
      pg = await openTestAppDb("postgres");
      process.env.DATABASE_URL = pg.url!;
    }
    logs = [];
    warnings = [];
    vi.spyOn(console, "info").mockImplementation((...args) => void logs.push(args.join(" ")));
    vi.spyOn(console, "warn").mockImplementation((...args) => void warnings.push(args.join(" ")));
    delete process.env.WIX_API_KEY;
    delete process.env.WIX_SITE_ID;
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    fakeRequest.reset();
    delete process.env.WIX_API_KEY;
    delete process.env.WIX_SITE_ID;
    if (pg) {
      await appDb().close();
      delete process.env.DATABASE_URL;
      await pg.close();
      pg = undefined;
    }
    temp.cleanup();
  });

  function useWix(): void {
    process.env.WIX_API_KEY = "key";
    process.env.WIX_SITE_ID = "site";
  }

  function useStore(): void {
    delete process.env.WIX_API_KEY;
    delete process.env.WIX_SITE_ID;
  }

  function demoPassword(email: string): string {
    const file = readFileSync(demoCredentialsPath(), "utf8");
    return file.match(new RegExp(`${email.replace(/[.]/g, "\\.")}\\s+password: (\\S+)`))![1]!;
  }

  function collect(): { log: AuthLogger; lines: string[] } {
    const lines: string[] = [];
    return { lines, log: (level, message, fields) => lines.push(`${level} ${message} ${JSON.stringify(fields)}`) };
  }

  describe("first start", () => {
    it("on the demo store creates a merchant and a support account once, prints and saves their passwords (0600)", async () => {
      await bootstrapAuth();
      const users = await authServices().users.list();
      expect(users.map((u) => [u.email, u.role])).toEqual([
        ["merchant@demo.local", "merchant"],
        ["support@demo.local", "support"],
      ]);
      const file = readFileSync(demoCredentialsPath(), "utf8");
      expect(statSync(demoCredentialsPath()).mode & 0o777).toBe(0o600);
      const password = file.match(/merchant@demo\.local\s+password: (\S+)/)![1]!;
      expect(logs.join("\n")).toContain(password);
      const login = await authenticate(authServices(), { email: "merchant@demo.local", password, ip: "127.0.0.1" }, () => {});
      expect(login.ok).toBe(true);

      // A second start, even after the demo accounts were removed, creates nothing.
      for (const u of users) await authServices().users.remove(u.id);
      await bootstrapAuth();
      expect(await authServices().users.count()).toBe(0);
      expect(logs.at(-1)).toContain("npm run user -- add");
    });

    it("with Wix configured creates no account and says how to create the first", async () => {
      process.env.WIX_API_KEY = "key";
      process.env.WIX_SITE_ID = "site";
      await bootstrapAuth();
      expect(await authServices().users.count()).toBe(0);
      expect(logs.join("\n")).toMatch(/No users exist yet.*npm run user -- add you@example\.com --role merchant/);
    });

    it("generates strong passwords the policy accepts", () => {
      const passwords = Array.from({ length: 50 }, generatePassword);
      expect(new Set(passwords).size).toBe(50);
      for (const p of passwords) {
        expect(p).toMatch(/^[A-Za-z0-9]{6}(-[A-Za-z0-9]{6}){3}$/);
        expect(passwordProblem(p)).toBeNull();
      }
    });
  });

  describe("demo accounts after a switch to Wix", () => {
    it("sign in on the demo store, are refused (and logged) when the same data directory runs against Wix", async () => {
      await bootstrapAuth();
      const services = authServices();
      expect((await services.users.demoAccounts()).map((u) => u.email)).toEqual(["merchant@demo.local", "support@demo.local"]);
      const merchant = { email: "merchant@demo.local", password: demoPassword("merchant@demo.local"), ip: "127.0.0.1" };
      const support = { email: "support@demo.local", password: demoPassword("support@demo.local"), ip: "127.0.0.1" };

      // The store backend: both demo accounts work.
      expect((await authenticate(services, merchant, () => {})).ok).toBe(true);
      expect((await authenticate(services, support, () => {}, { backend: "store" })).ok).toBe(true);

      // The same app.db, now with Wix configured.
      useWix();
      const { log, lines } = collect();
      expect(await authenticate(services, merchant, log)).toEqual({ ok: false, reason: "invalid" });
      expect(await authenticate(services, support, log, { backend: "wix" })).toEqual({ ok: false, reason: "invalid" });
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^warn login refused .*merchant@demo\.local.*demo account.*backend is Wix/);
      expect(lines.join("\n")).not.toContain(merchant.password);
      // The accounts are left alone: a second instance still on the demo store can use them.
      useStore();
      expect((await authenticate(services, merchant, () => {})).ok).toBe(true);
      expect((await services.users.byEmail("merchant@demo.local"))!.disabledAt).toBeNull();
    });

    it("a real user still signs in on Wix, and the demo flag is only set for the first-start accounts", async () => {
      await bootstrapAuth();
      const services = authServices();
      const real = await services.users.create({
        email: "owner@example.com",
        role: "merchant",
        passwordHash: await hashPassword("a real owner's long password"),
      });
      expect(real.isDemo).toBe(false);
      useWix();
      expect(
        (await authenticate(services, { email: "owner@example.com", password: "a real owner's long password", ip: "127.0.0.1" }, () => {}))
          .ok,
      ).toBe(true);
    });

    it("a demo account's session is not honoured while the backend is Wix", async () => {
      await bootstrapAuth();
      const services = authServices();
      const user = (await services.users.byEmail("support@demo.local"))!;
      const { id } = await services.sessions.create(user.id);
      fakeRequest.headers.set("x-forwarded-proto", "https");
      fakeRequest.cookies.set(SECURE_COOKIE_NAME, { name: SECURE_COOKIE_NAME, value: id });
      expect(await currentUser()).toMatchObject({ email: "support@demo.local" });
      useWix();
      // currentUser is React-cached per request; outside a request each call reads afresh.
      expect(await currentUser()).toBeNull();
    });

    it("the Wix start warns that demo accounts exist and are refused, and says no one can sign in yet", async () => {
      await bootstrapAuth();
      useWix();
      await bootstrapAuth();
      expect(warnings.join("\n")).toMatch(/Demo accounts .*merchant@demo\.local, support@demo\.local.*refused while the backend is Wix/);
      expect(logs.at(-1)).toMatch(/No user can sign in to the Wix site yet.*npm run user -- add/);
      expect(demoAccountsHint()).toBe(false);
    });

    it.runIf(engine === "sqlite")("an app.db from before the demo mark (schema v1) has its demo accounts marked on upgrade", async () => {
      const file = path.join(temp.dir, "old-app.db");
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
        const sql = PostgresAppSql.connect(pg!.url!, { max: 2 });
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

    it("an operator's own user named like a demo account is not a demo account on a fresh app.db", async () => {
      useWix();
      await bootstrapAuth();
      const services = authServices();
      const user = await services.users.create({
        email: "merchant@demo.local",
        role: "merchant",
        passwordHash: await hashPassword("an operator's chosen password"),
      });
      expect(user.isDemo).toBe(false);
      expect(
        (
          await authenticate(
            services,
            { email: "merchant@demo.local", password: "an operator's chosen password", ip: "127.0.0.1" },
            () => {},
          )
        ).ok,
      ).toBe(true);
    });
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
