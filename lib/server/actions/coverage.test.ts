// Every server action and route handler, found by reading the code, is called with no session and
// with a support session: each must refuse and write nothing. Nothing here lists the actions by
// hand, so a new "use server" export or route.ts is covered (or fails) the moment it exists.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { can } from "@/lib/auth/roles";
import { signInAs, signOut, makeTempDataDir } from "@/lib/testing/auth-harness";
import { fakeRequest } from "@/lib/testing/next-request-stub";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/lib/testing/next-request-stub")).nextCache);

const temp = makeTempDataDir("coverage-");
process.env.COUPON_SEED = "none";
afterAll(() => temp.cleanup());

// Loaded once the data directory is set up: the endpoints, and what they are called with.
const { serverModules, inlineServerFunctions, endpoints, routes, unwrapped } = await (
  await import("@/lib/testing/endpoint-discovery")
).discoverEndpoints();
const { backend } = await import("@/lib/server/backend");
const { freshCoupon, freshFamily, fingerprint, inputsFor, SAMPLES, settle } = await import("@/lib/testing/endpoint-samples");

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
