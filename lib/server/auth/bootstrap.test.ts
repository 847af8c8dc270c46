import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeRequest } from "@/lib/testing/next-request-stub";
import { makeTempDataDir } from "@/lib/testing/auth-harness";
import { openSqlite } from "../store/database";
import { openAuthDb } from "./auth-db";
import { SECURE_COOKIE_NAME } from "./cookie";
import { migrateAuthDb, AUTH_SCHEMA_VERSION } from "./migrations";
import { authServices, createAuthServices } from "./services";
import { bootstrapAuth, demoAccountsHint, demoCredentialsPath, generatePassword } from "./bootstrap";
import { authenticate, type AuthLogger } from "./login";
import { hashPassword } from "./passwords";
import { passwordProblem } from "./password-policy";
import { currentUser } from "./request";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

let temp: ReturnType<typeof makeTempDataDir>;
let logs: string[];
let warnings: string[];
beforeEach(() => {
  temp = makeTempDataDir("bootstrap-");
  logs = [];
  warnings = [];
  vi.spyOn(console, "info").mockImplementation((...args) => void logs.push(args.join(" ")));
  vi.spyOn(console, "warn").mockImplementation((...args) => void warnings.push(args.join(" ")));
  delete process.env.WIX_API_KEY;
  delete process.env.WIX_SITE_ID;
});
afterEach(() => {
  vi.restoreAllMocks();
  fakeRequest.reset();
  delete process.env.WIX_API_KEY;
  delete process.env.WIX_SITE_ID;
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
    const users = authServices().users.list();
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
    for (const u of users) authServices().users.remove(u.id);
    await bootstrapAuth();
    expect(authServices().users.count()).toBe(0);
    expect(logs.at(-1)).toContain("npm run user -- add");
  });

  it("with Wix configured creates no account and says how to create the first", async () => {
    process.env.WIX_API_KEY = "key";
    process.env.WIX_SITE_ID = "site";
    await bootstrapAuth();
    expect(authServices().users.count()).toBe(0);
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
    expect(services.users.demoAccounts().map((u) => u.email)).toEqual(["merchant@demo.local", "support@demo.local"]);
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
    expect(services.users.byEmail("merchant@demo.local")!.disabledAt).toBeNull();
  });

  it("a real user still signs in on Wix, and the demo flag is only set for the first-start accounts", async () => {
    await bootstrapAuth();
    const services = authServices();
    const real = services.users.create({ email: "owner@example.com", role: "merchant", passwordHash: await hashPassword("a real owner's long password") });
    expect(real.isDemo).toBe(false);
    useWix();
    expect((await authenticate(services, { email: "owner@example.com", password: "a real owner's long password", ip: "127.0.0.1" }, () => {})).ok).toBe(true);
  });

  it("a demo account's session is not honoured while the backend is Wix", async () => {
    await bootstrapAuth();
    const services = authServices();
    const user = services.users.byEmail("support@demo.local")!;
    const { id } = services.sessions.create(user.id);
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

  it("an app.db from before the demo mark (schema v1) has its demo accounts marked on upgrade", async () => {
    const file = path.join(temp.dir, "old-app.db");
    // Build a v1 database the way the first start did, then upgrade it.
    const db = openSqlite(file);
    migrateAuthDb(db, 1);
    const hash = await hashPassword("a test password that is long enough");
    const insert = db.prepare("INSERT INTO users (id, email, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)");
    insert.run("u-merchant", "merchant@demo.local", "merchant", hash, 1);
    insert.run("u-support", "support@demo.local", "support", hash, 1);
    insert.run("u-owner", "owner@example.com", "merchant", hash, 1);
    db.prepare("INSERT INTO meta (key, value) VALUES ('demo_accounts_created', '2026-01-01T00:00:00.000Z')").run();
    db.prepare(
      "INSERT INTO audit_log (at, actor_id, actor_email, action, target_type, target_id, summary) VALUES (1, NULL, 'system (first start)', 'user.add', 'user', 'u-merchant', 'Added demo merchant')",
    ).run();
    db.close();

    const upgraded = createAuthServices(openAuthDb(file));
    expect(upgraded.db.pragma("user_version", { simple: true })).toBe(AUTH_SCHEMA_VERSION);
    expect(upgraded.users.list().map((u) => [u.email, u.isDemo])).toEqual([
      ["merchant@demo.local", true],
      ["owner@example.com", false],
      ["support@demo.local", true],
    ]);
    const outcome = await authenticate(upgraded, { email: "merchant@demo.local", password: "a test password that is long enough", ip: "127.0.0.1" }, () => {}, { backend: "wix" });
    expect(outcome).toEqual({ ok: false, reason: "invalid" });
    upgraded.db.close();
  });

  it("an operator's own user named like a demo account is not a demo account on a fresh app.db", async () => {
    useWix();
    await bootstrapAuth();
    const services = authServices();
    const user = services.users.create({ email: "merchant@demo.local", role: "merchant", passwordHash: await hashPassword("an operator's chosen password") });
    expect(user.isDemo).toBe(false);
    expect((await authenticate(services, { email: "merchant@demo.local", password: "an operator's chosen password", ip: "127.0.0.1" }, () => {})).ok).toBe(true);
  });
});
