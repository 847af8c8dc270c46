// The HTTP client on a stub fetch and a fake clock: which failures are retried, how long it waits,
// the time budget, the headers Wix wants, and how a failure becomes a typed error.
import { describe, expect, it } from "vitest";
import { fakeClock } from "@/lib/testing/fake-clock";
import { WixCallFailure, WixHttp, type RetryMode, type WixHttpOptions } from "./http";
import { Throttle } from "./throttle";

type Step = number | "network" | "timeout" | { status: number; body?: unknown; headers?: Record<string, string> };

function stubFetch(steps: Step[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)]!;
    if (step === "network") throw new TypeError("fetch failed");
    if (step === "timeout") throw new DOMException("The operation timed out.", "TimeoutError");
    const {
      status,
      body = status < 300 ? { ok: true } : { message: `status ${status}` },
      headers = {},
    } = typeof step === "number" ? { status: step } : step;
    return new Response(JSON.stringify(body), { status, headers });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

function client(steps: Step[], options: Partial<WixHttpOptions> = {}) {
  const clock = fakeClock();
  const stub = stubFetch(steps);
  const http = new WixHttp({
    baseUrl: "https://wix.test/",
    apiKey: "KEY",
    siteId: "SITE",
    fetch: stub.fetch,
    clock,
    random: () => 0.5,
    throttle: new Throttle(Number.POSITIVE_INFINITY),
    ...options,
  });
  const call = (retry: RetryMode = "safe") => http.call({ method: "GET", path: "/stores/v2/coupons/x", retry });
  return { http, clock, calls: stub.calls, call };
}

async function failure(promise: Promise<unknown>): Promise<WixCallFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WixCallFailure);
    return error as WixCallFailure;
  }
  throw new Error("expected a failure");
}

describe("WixHttp", () => {
  it("sends the key as is, the site id, and JSON", async () => {
    const { http, calls } = client([200]);
    await http.call({ method: "POST", path: "/stores/v2/coupons/query", body: { query: {} }, retry: "safe" });
    expect(calls[0]!.url).toBe("https://wix.test/stores/v2/coupons/query");
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: "KEY", "wix-site-id": "SITE", "Content-Type": "application/json" });
    expect(calls[0]!.init.body).toBe('{"query":{}}');
    expect(calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
  });

  it.each<[string, Step]>([
    ["a 429", 429],
    ["a 500", 500],
    ["a 503", 503],
    ["a 504", 504],
    ["a lost connection", "network"],
    ["a timeout", "timeout"],
  ])("retries a read after %s", async (_label, step) => {
    const { call, calls } = client([step, step, 200]);
    await expect(call()).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 409, 428])("never retries a %i", async (status) => {
    const { call, calls } = client([status, 200]);
    const f = await failure(call());
    expect(f.status).toBe(status);
    expect(calls).toHaveLength(1);
  });

  it("retries a create only on 429, which Wix answers before doing anything", async () => {
    expect(await client([429, 200]).call("unprocessed-only")).toEqual({ ok: true });
    const unknown = client([503, 200]);
    const f = await failure(unknown.call("unprocessed-only"));
    expect(f.outcomeUnknown).toBe(true);
    expect(unknown.calls).toHaveLength(1);
  });

  it("waits a jittered, growing, capped backoff", async () => {
    const { call, clock } = client([503], { maxAttempts: 7, baseDelayMs: 100, maxDelayMs: 1_000, budgetMs: 60_000, random: () => 0.999 });
    await failure(call());
    expect(clock.sleeps).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it("waits at least what Retry-After asks", async () => {
    const { call, clock } = client([{ status: 429, headers: { "Retry-After": "2" } }, 200]);
    await call();
    expect(clock.sleeps).toEqual([2_000]);
  });

  it("gives up when the next wait would pass the time budget", async () => {
    const { call, calls, clock } = client([503], {
      maxAttempts: 100,
      baseDelayMs: 1_000,
      maxDelayMs: 8_000,
      budgetMs: 10_000,
      random: () => 0.999,
    });
    const start = clock.now();
    const f = await failure(call());
    expect(clock.now() - start).toBeLessThan(10_000);
    expect(calls.length).toBe(f.attempts);
    expect(f.toCouponError()).toMatchObject({ code: "UNAVAILABLE" });
  });

  it("gives up on an attempt that doesn't answer in time", async () => {
    let calls = 0;
    const hang = ((_url: string, init: RequestInit) => {
      calls++;
      return new Promise((_resolve, reject) => init.signal!.addEventListener("abort", () => reject(init.signal!.reason)));
    }) as unknown as typeof globalThis.fetch;
    const http = new WixHttp({
      baseUrl: "https://wix.test",
      apiKey: "k",
      siteId: "s",
      fetch: hang,
      timeoutMs: 20,
      maxAttempts: 2,
      baseDelayMs: 1,
      throttle: new Throttle(Infinity),
    });
    const f = await failure(http.call({ method: "GET", path: "/x", retry: "safe" }));
    expect(f).toMatchObject({ kind: "timeout", attempts: 2 });
    expect(calls).toBe(2);
    expect(f.toCouponError().message).toContain("did not answer in time");
  });

  it("turns failures into the store's typed errors", async () => {
    const notFound = await failure(
      client([
        { status: 404, body: { message: "Coupon not found", details: { applicationError: { code: "NOT_FOUND", description: "x" } } } },
      ]).call(),
    );
    expect(notFound.toCouponError()).toMatchObject({ code: "NOT_FOUND", message: "Coupon not found" });
    const lost = await failure(client(["network"], { maxAttempts: 2 }).call());
    expect(lost.toCouponError()).toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringContaining("could not be reached (2 attempts)"),
    });
    const key = await failure(client([401]).call());
    expect(key.toCouponError()).toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringContaining("WIX_API_KEY") });
  });

  it("remembers that an earlier attempt's outcome was unknown", async () => {
    const f = await failure(client(["network", 404]).call());
    expect(f).toMatchObject({ status: 404, afterUnknownOutcome: true });
    expect((await failure(client([404]).call())).afterUnknownOutcome).toBe(false);
  });

  it("refuses a 2xx that isn't JSON, clearly", async () => {
    const fetch = (async () => new Response("<html>", { status: 200 })) as unknown as typeof globalThis.fetch;
    const http = new WixHttp({ baseUrl: "https://wix.test", apiKey: "k", siteId: "s", fetch, throttle: new Throttle(Infinity) });
    await expect(http.call({ method: "GET", path: "/x", retry: "safe" })).rejects.toMatchObject({
      code: "INTERNAL",
      message: expect.stringContaining("not JSON"),
    });
  });

  it("passes every attempt through the throttle, within the budget", async () => {
    const clock = fakeClock();
    const { call, calls } = client([503, 503, 200], { throttle: new Throttle(2, 60_000, clock), clock, budgetMs: 120_000 });
    const start = clock.now();
    await call();
    expect(calls).toHaveLength(3);
    expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);

    const tight = fakeClock();
    const short = client([503, 503, 200], { throttle: new Throttle(2, 60_000, tight), clock: tight, budgetMs: 30_000 });
    expect((await failure(short.call())).status).toBe(503);
    expect(short.calls).toHaveLength(2);
  });
});
