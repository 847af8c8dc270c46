// The Wix throttle shared across instances, on both engines: two instances (two connections to one
// database) together never exceed the limit in any window, and bulk or background work leaves page
// views their share. Limits are counted with a window no test outlives, and a clock that records
// the waits asked for instead of sleeping, so a slow machine cannot change an outcome; only the
// lane order within one instance runs in real time (one-second window).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENGINES, openTestAppDb, type TestAppDb } from "@/lib/testing/app-db-engines";
import { SharedThrottle } from "./shared-throttle";
import { laneLimit, type Lane } from "./throttle";

const WINDOW_MS = 1_000;
/** Long enough that a call made in a test never leaves the window while the test runs, however slow the machine. */
const LONG_WINDOW_MS = 60_000;

/** A clock for throttles that must not wait: asking to wait is the failure. */
const neverWaits = {
  sleep: async (ms: number): Promise<void> => {
    throw new Error(`would wait ${ms} ms`);
  },
};

/** A clock whose sleeps never end: each wait asked for is recorded, and that caller stays parked. */
function parkingClock() {
  const waits: number[] = [];
  return { waits, clock: { sleep: (ms: number) => (waits.push(ms), new Promise<void>(() => undefined)) } };
}

describe.each(ENGINES)("the shared Wix throttle on %s", (engine) => {
  let db: TestAppDb;
  let parking: ReturnType<typeof parkingClock>;
  beforeEach(async () => {
    db = await openTestAppDb(engine);
    parking = parkingClock();
  });
  afterEach(async () => {
    await db.close();
  });

  it("holds two instances together to the limit in a window, and has the rest wait until the first call leaves it", async () => {
    const limit = 10;
    const a = new SharedThrottle(db.sql, "wix:site-1", limit, LONG_WINDOW_MS, parking.clock, 0);
    const b = new SharedThrottle(db.another(), "wix:site-1", limit, LONG_WINDOW_MS, parking.clock, 0);
    let granted = 0;
    for (let i = 0; i < 25; i++) void (i % 2 ? a : b).acquire().then(() => granted++);
    await expect.poll(() => parking.waits.length).toBe(15);
    expect(granted).toBe(limit);
    expect(await a.inWindow()).toEqual({ interactive: limit, bulk: 0, background: 0 });
    // Each waiting call sleeps until the first call leaves the window (less what has passed since).
    for (const wait of parking.waits) {
      expect(wait).toBeGreaterThan(LONG_WINDOW_MS - 30_000);
      expect(wait).toBeLessThanOrEqual(LONG_WINDOW_MS + 20);
    }
  });

  it("keeps sites apart", async () => {
    const one = new SharedThrottle(db.sql, "wix:site-1", 3, LONG_WINDOW_MS, neverWaits);
    const two = new SharedThrottle(db.another(), "wix:site-2", 3, LONG_WINDOW_MS, neverWaits);
    await Promise.all([...Array.from({ length: 3 }, () => one.acquire()), ...Array.from({ length: 3 }, () => two.acquire())]);
    expect(await one.inWindow()).toEqual({ interactive: 3, bulk: 0, background: 0 });
    expect(await two.inWindow()).toEqual({ interactive: 3, bulk: 0, background: 0 });
  });

  it.each<Lane>(["bulk", "background"])(
    "lets %s work fill only its share, so a page view on another instance goes at once",
    async (lane) => {
      const limit = 8;
      const worker = new SharedThrottle(db.sql, "wix:site-1", limit, LONG_WINDOW_MS, parking.clock, 0);
      const pages = new SharedThrottle(db.another(), "wix:site-1", limit, LONG_WINDOW_MS, neverWaits, 0);
      const share = laneLimit(lane, limit);
      expect(share).toBe(6);
      let done = 0;
      for (let i = 0; i < share + 3; i++) void worker.acquire(lane).then(() => done++);
      await expect.poll(() => parking.waits.length).toBe(3);
      expect(done).toBe(share);
      await pages.acquire("interactive");
      await pages.acquire("interactive");
      expect(await pages.inWindow()).toEqual({
        interactive: 2,
        bulk: lane === "bulk" ? share : 0,
        background: lane === "background" ? share : 0,
      });
      await expect(pages.acquire("interactive")).rejects.toThrow(/would wait/);
    },
  );

  it("within one instance, serves a waiting page view before waiting bulk work", async () => {
    const throttle = new SharedThrottle(db.sql, "wix:site-1", 4, WINDOW_MS);
    await Promise.all(Array.from({ length: 4 }, () => throttle.acquire()));
    const order: string[] = [];
    const bulk = throttle.acquire("bulk").then(() => order.push("bulk"));
    const page = throttle.acquire("interactive").then(() => order.push("page"));
    await Promise.all([bulk, page]);
    expect(order).toEqual(["page", "bulk"]);
  });
});
