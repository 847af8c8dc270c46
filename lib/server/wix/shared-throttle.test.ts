// The Wix throttle shared across instances, on both engines: two instances (two connections to one
// database) together never exceed the limit in any window, and bulk or background work leaves page
// views their share. Real time, with a one-second window so the tests stay short.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENGINES, openTestAppDb, type TestAppDb } from "@/lib/testing/app-db-engines";
import { SharedThrottle } from "./shared-throttle";
import { laneLimit, type Lane } from "./throttle";

const WINDOW_MS = 1_000;

/** Grants reach the caller a few ms after the database counted them, some later than others. */
const TOLERANCE_MS = 50;

/** The most grants inside any one window (less the tolerance). */
function busiestWindow(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.max(0, ...sorted.map((t, i) => sorted.filter((u, j) => j >= i && u - t < WINDOW_MS - TOLERANCE_MS).length));
}

describe.each(ENGINES)("the shared Wix throttle on %s", (engine) => {
  let db: TestAppDb;
  beforeEach(async () => {
    db = await openTestAppDb(engine);
  });
  afterEach(async () => {
    await db.close();
  });

  it("holds two instances together to the limit in any window", async () => {
    const limit = 10;
    const a = new SharedThrottle(db.sql, "wix:site-1", limit, WINDOW_MS, undefined, 0);
    const b = new SharedThrottle(db.another(), "wix:site-1", limit, WINDOW_MS, undefined, 0);
    const start = Date.now();
    const granted: number[] = [];
    await Promise.all(Array.from({ length: 25 }, (_, i) => (i % 2 ? a : b).acquire().then(() => granted.push(Date.now()))));
    expect(granted).toHaveLength(25);
    expect(busiestWindow(granted)).toBeLessThanOrEqual(limit);
    // 25 calls at 10 a window need the start of a third window.
    expect(Math.max(...granted) - start).toBeGreaterThanOrEqual(2 * WINDOW_MS - TOLERANCE_MS);
  });

  it("keeps sites apart", async () => {
    const one = new SharedThrottle(db.sql, "wix:site-1", 3, WINDOW_MS);
    const two = new SharedThrottle(db.another(), "wix:site-2", 3, WINDOW_MS);
    const start = Date.now();
    await Promise.all([...Array.from({ length: 3 }, () => one.acquire()), ...Array.from({ length: 3 }, () => two.acquire())]);
    expect(Date.now() - start).toBeLessThan(WINDOW_MS / 2);
    expect(await one.inWindow()).toEqual({ interactive: 3, bulk: 0, background: 0 });
  });

  it.each<Lane>(["bulk", "background"])(
    "lets %s work fill only its share, so a page view on another instance goes at once",
    async (lane) => {
      const limit = 8;
      const worker = new SharedThrottle(db.sql, "wix:site-1", limit, WINDOW_MS, undefined, 0);
      const pages = new SharedThrottle(db.another(), "wix:site-1", limit, WINDOW_MS, undefined, 0);
      const share = laneLimit(lane, limit);
      expect(share).toBe(6);
      let done = 0;
      const work = Array.from({ length: share + 3 }, () => worker.acquire(lane).then(() => done++));
      await expect.poll(() => done).toBe(share);
      const asked = Date.now();
      await pages.acquire("interactive");
      expect(Date.now() - asked).toBeLessThan(WINDOW_MS / 2);
      expect(done).toBe(share);
      await Promise.all(work);
      expect(done).toBe(share + 3);
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
