// The throttle: never more than the limit in any window, first come first served, on a fake clock.
import { describe, expect, it } from "vitest";
import { fakeClock } from "@/lib/testing/fake-clock";
import { siteThrottle, Throttle } from "./throttle";

/** True when no `windowMs` span holds more than `limit` of these times. */
function withinLimit(times: number[], limit: number, windowMs: number): boolean {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.every((t, i) => i + limit >= sorted.length || sorted[i + limit]! - t >= windowMs);
}

/** A clock whose time moves only when the test says so, with sleepers woken in time order. */
function manualClock() {
  let t = 1_700_000_000_000;
  const sleepers: { at: number; wake: () => void }[] = [];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    now: () => t,
    sleep: (ms: number) => new Promise<void>((wake) => void sleepers.push({ at: t + ms, wake })),
    /** Moves time on by `ms`, waking each sleeper at its time and letting it run before the next. */
    async advance(ms: number) {
      const end = t + ms;
      await settle();
      for (;;) {
        sleepers.sort((a, b) => a.at - b.at);
        const next = sleepers[0];
        if (!next || next.at > end) break;
        sleepers.shift();
        t = Math.max(t, next.at);
        next.wake();
        await settle();
      }
      t = end;
    },
  };
}

describe("Throttle", () => {
  it("lets 200 through at once, then one more each time one leaves the minute", async () => {
    const clock = fakeClock();
    const throttle = new Throttle(200, 60_000, clock);
    const start = clock.now();
    const times: number[] = [];
    await Promise.all(Array.from({ length: 450 }, () => throttle.acquire().then(() => times.push(clock.now()))));
    expect(times).toHaveLength(450);
    expect(times.filter((t) => t === start)).toHaveLength(200);
    expect(withinLimit(times, 200, 60_000)).toBe(true);
    expect(Math.max(...times) - start).toBe(120_000);
  });

  it("serves waiting callers in order", async () => {
    const clock = fakeClock();
    const throttle = new Throttle(2, 1_000, clock);
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4, 5].map((n) => throttle.acquire().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it("without a limit, never waits", async () => {
    const clock = fakeClock();
    const throttle = new Throttle(Number.POSITIVE_INFINITY, 60_000, clock);
    await Promise.all(Array.from({ length: 1000 }, () => throttle.acquire()));
    expect(clock.sleeps).toEqual([]);
  });

  it("serves people first: a page view waiting behind a full window goes before the background round", async () => {
    const clock = manualClock();
    const throttle = new Throttle(4, 1_000, clock);
    const order: string[] = [];
    const take = (lane: "interactive" | "background", name: string) => throttle.acquire(lane).then(() => order.push(name));
    const all = Promise.all([
      take("background", "b1"),
      take("background", "b2"),
      take("background", "b3"),
      take("background", "b4"),
      take("background", "b5"),
      take("interactive", "page"),
    ]);
    await clock.advance(5_000);
    await all;
    // Background may fill 3 of 4 (75 %), so the page found room at once; b4 and b5 waited for the window.
    expect(order.slice(0, 4)).toEqual(["b1", "b2", "b3", "page"]);
    expect(order).toEqual(["b1", "b2", "b3", "page", "b4", "b5"]);
  });

  it("keeps a quarter of the window for people while a long background run is going", async () => {
    const clock = manualClock();
    const throttle = new Throttle(200, 60_000, clock);
    const start = clock.now();
    const background: number[] = [];
    const round = Promise.all(Array.from({ length: 300 }, () => throttle.acquire("background").then(() => background.push(clock.now()))));
    // 150 went at once; 50 people still get in immediately.
    const people: number[] = [];
    await Promise.all(Array.from({ length: 50 }, () => throttle.acquire("interactive").then(() => people.push(clock.now()))));
    expect(people.every((t) => t === start)).toBe(true);
    await clock.advance(180_000);
    await round;
    expect(background.filter((t) => t === start)).toHaveLength(150);
    expect(withinLimit([...background, ...people], 200, 60_000)).toBe(true);
  });

  it("is shared per site", () => {
    expect(siteThrottle("site-a")).toBe(siteThrottle("site-a"));
    expect(siteThrottle("site-a")).not.toBe(siteThrottle("site-b"));
  });
});
