// The Wix gateway against the emulator with faults switched on: reads survive a 30 % 503 rate, a
// create whose answer is lost makes exactly one coupon, errors of the request itself are never
// retried, and the throttle holds under a burst. Seeded faults and a clock whose sleeps take no
// time keep it deterministic and fast.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { WixGatewayOptions } from "@/lib/server/wix/gateway";
import { Throttle, type Clock } from "@/lib/server/wix/throttle";
import { parseQuery } from "@/lib/coupons/query/query";
import { fakeClock } from "@/lib/testing/fake-clock";
import { rejection } from "@/lib/testing/coupon-contract";
import { startTestEmulator, type RunningEmulator } from "./harness";

let running: RunningEmulator;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(async () => running.close());
beforeEach(() => {
  running.emulator.faults.set({});
  running.emulator.requests.length = 0;
});

const DAY = 86_400_000;
/** Real time, but retries don't wait: the backoff itself is tested on its own. */
const noWait: Clock = { now: () => Date.now(), sleep: async () => undefined };
const gateway = (options: Partial<WixGatewayOptions> = {}) => running.gateway({ clock: noWait, random: () => 0.5, ...options });
let n = 0;
const spec = (overrides: Record<string, unknown> = {}) => ({
  name: "Resilient",
  code: `RES${++n}X${Date.now() % 1e5}`,
  percentOffRate: 10,
  minimumSubtotal: 20,
  startTime: Date.now() - DAY,
  ...overrides,
});
const seen = (method: string, path: string | RegExp) =>
  running.emulator.requests.filter((r) => r.method === method && (typeof path === "string" ? r.path === path : path.test(r.path)));
const byCode = async (code: string) => (await running.emulator.store.query(parseQuery({ filter: { code } }))).items;

describe("reads", () => {
  it("survive a 30 % 503 rate", async () => {
    const g = gateway();
    const { id } = await g.create(spec());
    for (let i = 0; i < 5; i++) await g.create(spec());
    const mostUsed = parseQuery({ sort: [{ numberOfUsages: "desc" }], paging: { limit: 5 } });
    const expected = await running.emulator.store.query(mostUsed);
    running.emulator.faults.set({ rate503: 0.3, seed: 7 });
    for (let i = 0; i < 30; i++) {
      expect((await g.get(id)).id).toBe(id);
      expect(await g.query(mostUsed)).toEqual(expected);
    }
    expect(running.emulator.faults.counts[503]).toBeGreaterThan(10);
  });

  it("honour Retry-After on a 429", async () => {
    const clock = fakeClock();
    const g = gateway({ clock, budgetMs: 60_000 });
    const { id } = await g.create(spec());
    running.emulator.faults.set({ rate429: 1, limit: 2, retryAfterSeconds: 2 });
    await g.get(id);
    expect(clock.sleeps).toEqual([2_000, 2_000]);
  });

  it("give up with UNAVAILABLE when Wix doesn't answer in time", async () => {
    const g = gateway({ timeoutMs: 50, maxAttempts: 2 });
    running.emulator.faults.set({ latencyMs: 300 });
    const error = await rejection(g.get("anything"));
    expect(error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("did not answer in time") });
  });
});

describe("create", () => {
  it.each([
    ["after Wix created it", false],
    ["before Wix saw it", true],
  ])("whose connection drops %s leaves exactly one coupon", async (_label, dropBefore) => {
    const g = gateway();
    const s = spec();
    running.emulator.faults.set({ dropRate: 1, dropBefore, match: "POST /stores/v2/coupons", limit: 1 });
    const { id } = await g.create(s);
    const found = await byCode(s.code as string);
    expect(found.map((c) => c.id)).toEqual([id]);
    expect(seen("POST", "/stores/v2/coupons")).toHaveLength(dropBefore ? 2 : 1);
  });

  it("answered 503 is looked up, never sent blindly again", async () => {
    const g = gateway();
    const s = spec();
    running.emulator.faults.set({ rate503: 1, match: "POST /stores/v2/coupons", limit: 1 });
    const { id } = await g.create(s);
    expect((await byCode(s.code as string)).map((c) => c.id)).toEqual([id]);
    expect(seen("POST", "/stores/v2/coupons/query").length).toBeGreaterThan(0);
  });

  it("in bulk, whose answer is lost, creates each coupon once", async () => {
    const g = gateway();
    const specs = [spec(), spec(), spec()];
    running.emulator.faults.set({ dropRate: 1, match: "POST /stores/v2/bulk/coupons/create", limit: 1 });
    const result = await g.bulkCreate(specs);
    expect(result).toMatchObject({ totalSuccesses: 3, totalFailures: 0 });
    for (const s of specs) expect(await byCode(s.code as string)).toHaveLength(1);
    expect(seen("POST", "/stores/v2/bulk/coupons/create")).toHaveLength(1);
  });
});

describe("delete", () => {
  it("whose answer is lost still ends with the coupon gone, and no error", async () => {
    const g = gateway();
    const { id } = await g.create(spec());
    running.emulator.faults.set({ dropRate: 1, match: /^DELETE /, limit: 1 });
    await g.delete(id);
    expect((await rejection(g.get(id))).code).toBe("NOT_FOUND");
    expect(seen("DELETE", /coupons\//)).toHaveLength(2);
  });
});

describe("errors of the request itself", () => {
  it.each([
    [
      "400: a type change",
      async (g: ReturnType<typeof gateway>, id: string) => g.update(id, { moneyOffAmount: 5 }),
      "PATCH",
      "INVALID_ARGUMENT",
    ],
    [
      "409: a taken code",
      async (g: ReturnType<typeof gateway>, id: string) => g.create(spec({ code: (await g.get(id)).specification.code })),
      "POST",
      "ALREADY_EXISTS",
    ],
    [
      "401: a wrong key",
      async (_g: ReturnType<typeof gateway>, id: string) => gateway({ apiKey: "wrong" }).get(id),
      "GET",
      "UNAUTHENTICATED",
    ],
  ] as const)("are never retried (%s)", async (_label, act, method, code) => {
    const g = gateway();
    const { id } = await g.create(spec());
    running.emulator.requests.length = 0;
    expect((await rejection(act(g, id))).code).toBe(code);
    expect(running.emulator.requests.filter((r) => r.method === method && r.outcome !== 200)).toHaveLength(1);
  });
});

describe("the throttle", () => {
  it("holds 200 a minute under a burst of 450 reads", async () => {
    const clock = fakeClock();
    const sentAt: number[] = [];
    const fetchAndLog: typeof fetch = (input, init) => {
      sentAt.push(clock.now());
      return fetch(input, init);
    };
    const seed = await gateway().create(spec());
    const g = gateway({ clock, fetch: fetchAndLog, throttle: new Throttle(200, 60_000, clock) });
    const results = await Promise.all(Array.from({ length: 450 }, () => g.get(seed.id)));
    expect(results.every((c) => c.id === seed.id)).toBe(true);
    const times = [...sentAt].sort((a, b) => a - b);
    expect(times).toHaveLength(450);
    for (let i = 0; i + 200 < times.length; i++) expect(times[i + 200]! - times[i]!).toBeGreaterThanOrEqual(60_000);
    expect(times.at(-1)! - times[0]!).toBe(120_000);
  });
});
