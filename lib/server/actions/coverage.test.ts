// Every server action and route handler, found by reading the code, is called with no session and
// with a support session: each must refuse and write nothing. Nothing here lists the actions by
// hand, so a new "use server" export or route.ts is covered (or fails) the moment it exists.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { can } from "@/lib/auth/roles";
import { signInAs, signOut, makeTempDataDir } from "@/lib/testing/auth-harness";
import { fakeRequest } from "@/lib/testing/next-request-stub";
import { revisionOf } from "../coupons/revision";
import { familyStore } from "../families/families";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/lib/testing/next-request-stub")).nextCache);

const temp = makeTempDataDir("coverage-");
process.env.COUPON_SEED = "none";
afterAll(() => temp.cleanup());

const ROOT = path.resolve(__dirname, "../../..");
const SEARCHED = ["app", "lib", "components"];
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const USE_SERVER_FIRST = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(rel);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\./.test(entry.name) ? [rel] : [];
  });
}

const files = SEARCHED.flatMap(sourceFiles);
const serverModules = files.filter((f) => USE_SERVER_FIRST.test(readFileSync(path.join(ROOT, f), "utf8")));
const inlineServerFunctions = files.filter(
  (f) => !serverModules.includes(f) && /["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8").replace(/\/\/[^\n]*/g, "")),
);
const routeModules = files.filter((f) => /^app\/.*\/route\.(ts|tsx|js)$/.test(f.split(path.sep).join("/")));

const { actionMeta } = await import("./define-action");
type Endpoint = { file: string; name: string; fn: (...args: unknown[]) => Promise<unknown>; access: string };
const endpoints: Endpoint[] = [];
const unwrapped: string[] = [];
for (const file of serverModules) {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    const meta = actionMeta(value);
    if (!meta) unwrapped.push(`${file}: ${name}`);
    else endpoints.push({ file, name, fn: value as Endpoint["fn"], access: meta.access });
  }
}
const routes: Endpoint[] = [];
for (const file of routeModules) {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value !== "function") continue; // route segment config such as `dynamic`
    const meta = actionMeta(value);
    if (!HTTP_METHODS.includes(name) || !meta) unwrapped.push(`${file}: ${name}`);
    else routes.push({ file, name, fn: value as Endpoint["fn"], access: meta.access });
  }
}

// State the samples below point at, and a fingerprint of everything both databases hold.
const { backend } = await import("@/lib/server/backend");
const { appDb } = await import("@/lib/server/app-data/app-db");
const { authServices } = await import("@/lib/server/auth/services");
const VALID_SPEC = { name: "Ten off", code: "TENOFF", startTime: Date.UTC(2026, 0, 1), percentOffRate: 10, minimumSubtotal: 20 };
let codeSeq = 0;
/** These tests run on the embedded store (no Wix variables are set). */
function store() {
  const local = backend().store;
  if (!local) throw new Error("coverage.test.ts expects the embedded store backend");
  return local;
}
function freshCoupon(): string {
  return store().createSync({ ...VALID_SPEC, code: `SAMPLE${++codeSeq}` }).id;
}
async function freshFamily(): Promise<string> {
  const code = `FAM${++codeSeq}`;
  const { code: _code, ...template } = { ...VALID_SPEC, code };
  void _code;
  return (
    await familyStore().create({
      kind: "generated",
      name: "Sample",
      prefix: `${code}-`,
      pattern: null,
      template: template as never,
      codes: [{ code: `${code}-A` }],
      createdBy: "test",
    })
  ).id;
}
async function targetUser(): Promise<string> {
  const services = authServices();
  const email = `target${++codeSeq}@test.local`;
  return (await services.users.create({ email, role: "merchant", passwordHash: "x" })).id;
}

/** Valid inputs where we know them, so a refusal can't be a validation error in disguise. Optional: unknown actions still get undefined and {}. */
const SAMPLES: Record<string, () => unknown[] | Promise<unknown[]>> = {
  createCoupon: () => [{ specification: { ...VALID_SPEC, code: `NEW${++codeSeq}` } }],
  updateCoupon: () => [{ id: freshCoupon(), changes: { name: "Changed by an intruder" } }],
  deleteCoupon: () => [{ id: freshCoupon() }],
  setCouponActive: () => [{ id: freshCoupon(), active: false }],
  bulkSetActive: () => [{ ids: [freshCoupon(), freshCoupon()], active: false }],
  bulkDelete: () => [{ ids: [freshCoupon()] }],
  addUser: () => [{ email: `intruder${++codeSeq}@example.com`, role: "merchant", password: "violet staple cloud harbour" }],
  disableUser: async () => [{ id: await targetUser() }],
  enableUser: async () => [{ id: await targetUser() }],
  removeUser: async () => [{ id: await targetUser() }],
  startFamily: () => [
    { template: { ...VALID_SPEC, code: undefined }, pattern: { count: 2, prefix: `S${++codeSeq}-`, length: 6, alphabet: "mixed" } },
  ],
  runFamilyBatch: async () => [{ familyId: await freshFamily() }],
  startImport: () => [{ fileName: "coupons.csv", specifications: [{ ...VALID_SPEC, code: `IMPORT${++codeSeq}` }] }],
  setUsageLimit: () => {
    const id = freshCoupon();
    return [{ id, usageLimit: 77, expectedRevision: revisionOf(store().getSync(id).specification) }];
  },
};
const inputsFor = async (name: string) => [undefined, {}, ...((await SAMPLES[name]?.()) ?? [])];

function fingerprint(): string {
  const dump = (db: { prepare: (sql: string) => { all: () => unknown[] } }, tables: string[]) =>
    tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
  // The embedded app database (SQLite) of these tests, read synchronously.
  const app = (appDb() as unknown as { db: Parameters<typeof dump>[0] }).db;
  const state = [
    dump(store()["db" as never], ["coupons", "catalogue_items", "meta"]),
    dump(app, ["users", "audit_log", "audit_coupons", "login_failures", "meta", "code_families", "family_codes"]),
    // Validating a session may touch last_seen_at; which sessions exist is what counts.
    app.prepare("SELECT id_hash, user_id, created_at, expires_at FROM sessions ORDER BY id_hash").all(),
  ];
  return createHash("sha256").update(JSON.stringify(state)).digest("hex");
}

async function settle(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    return await fn();
  } catch (error) {
    return { thrown: (error as { digest?: string }).digest ?? String(error) };
  }
}

beforeAll(() => {
  backend();
  freshCoupon();
});
beforeEach(() => signOut());

describe("discovery", () => {
  it("finds the server actions and route handlers", () => {
    expect(serverModules.length).toBeGreaterThanOrEqual(3);
    expect(endpoints.map((e) => e.name)).toEqual(expect.arrayContaining(["login", "logout", "createCoupon", "addUser"]));
    expect(routes.map((r) => `${r.file}:${r.name}`).join()).toMatch(/api\/coupons\/route\.ts:GET/);
  });

  it("every export of a 'use server' module and every route handler goes through the wrappers", () => {
    expect(unwrapped).toEqual([]);
  });

  it("has no inline 'use server' functions, which this test could not reach", () => {
    expect(inlineServerFunctions).toEqual([]);
  });
});

describe.each(endpoints.filter((e) => e.access !== "public").map((e) => [`${e.file} ${e.name}`, e] as const))(
  "server action %s",
  (_label, endpoint) => {
    it("refuses a call with no session and writes nothing", async () => {
      for (const input of await inputsFor(endpoint.name)) {
        const before = fingerprint();
        expect(await settle(() => endpoint.fn(input))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        expect(fingerprint()).toBe(before);
      }
    });

    it("refuses a support user when support may not do it, and writes nothing", async () => {
      await signInAs("support");
      const supportMay = endpoint.access === "signed-in" || can("support", endpoint.access as never);
      if (supportMay) return; // a read-only action; nothing to refuse
      for (const input of await inputsFor(endpoint.name)) {
        const before = fingerprint();
        expect(await settle(() => endpoint.fn(input))).toMatchObject({ ok: false, code: "FORBIDDEN" });
        expect(fingerprint()).toBe(before);
      }
    });

    it("ignores a forged x-middleware-subrequest header", async () => {
      fakeRequest.headers.set("x-middleware-subrequest", "proxy:proxy:proxy:proxy:proxy");
      const input = (await inputsFor(endpoint.name)).at(-1);
      const before = fingerprint();
      expect(await settle(() => endpoint.fn(input))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      expect(fingerprint()).toBe(before);
    });

    it.runIf(SAMPLES[endpoint.name])(
      "does write for a merchant with the same input (so the checks above would notice a write)",
      async () => {
        await signInAs("merchant");
        const input = (await SAMPLES[endpoint.name]!())[0];
        const before = fingerprint();
        expect(await endpoint.fn(input)).toMatchObject({ ok: true });
        expect(fingerprint()).not.toBe(before);
      },
    );
  },
);

describe.each(endpoints.filter((e) => e.access === "public").map((e) => [`${e.file} ${e.name}`, e] as const))(
  "public action %s",
  (_label, endpoint) => {
    it("writes nothing when called without credentials", async () => {
      for (const input of [undefined, {}]) {
        const before = fingerprint();
        await settle(() => endpoint.fn(input));
        expect(fingerprint()).toBe(before);
        expect(fakeRequest.cookieWrites.filter((w) => w.op === "set")).toEqual([]);
      }
    });
  },
);

describe.each(routes.map((r) => [`${r.name} ${r.file}`, r] as const))("route handler %s", (_label, route) => {
  // Dynamic segments get real values, so an allowed call can succeed (a made-up id would be a 404).
  // Made before any fingerprint is taken, so making it is not counted as the call's write.
  let params: Record<string, string> = {};
  beforeAll(async () => {
    if (route.file.includes("[id]")) params = { id: route.file.includes("families") ? await freshFamily() : freshCoupon() };
  });
  const call = (headers: Record<string, string> = {}) =>
    // Parameters any GET handler may need to answer (a page size; the catalogue's kind of item); the rest ignore them.
    route.fn(new NextRequest("http://localhost/api/coupons?limit=5&namespace=stores&group=product", { method: route.name, headers }), {
      params: Promise.resolve(params),
    }) as Promise<Response>;

  it("answers 401 JSON with no session, also with a forged x-middleware-subrequest header", async () => {
    for (const headers of [{}, { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }] as Record<string, string>[]) {
      const before = fingerprint();
      const response = await call(headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
      expect(fingerprint()).toBe(before);
    }
  });

  it("answers a support user per the role table, and writes nothing", async () => {
    await signInAs("support");
    const before = fingerprint();
    const response = await call();
    const supportMay = route.access === "signed-in" || can("support", route.access as never);
    expect(response.status).toBe(supportMay ? 200 : 403);
    if (route.name !== "GET" && route.name !== "HEAD") expect(supportMay).toBe(false);
    expect(fingerprint()).toBe(before);
  });
});
