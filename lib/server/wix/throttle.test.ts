// The throttle: never more than the limit in any window, first come first served, on a fake clock.
import { describe, expect, it } from "vitest";
import { fakeClock } from "@/lib/testing/fake-clock";
import { siteThrottle, Throttle } from "./throttle";

/** True when no `windowMs` span holds more than `limit` of these times. */
function withinLimit(times: number[], limit: number, windowMs: number): boolean {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.every((t, i) => i + limit >= sorted.length || sorted[i + limit]! - t >= windowMs);
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

  it("is shared per site", () => {
    expect(siteThrottle("site-a")).toBe(siteThrottle("site-a"));
    expect(siteThrottle("site-a")).not.toBe(siteThrottle("site-b"));
  });
});
