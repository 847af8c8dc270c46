import "server-only";
// The client-side rate limit: at most `limit` requests in any `windowMs` (Wix allows about 200 per
// minute per site). A sliding log, not a token bucket: a full bucket of 200 that refills at 200 a
// minute lets up to 400 through in one minute, which is exactly the burst Wix would answer with 429.
// Two lanes: interactive requests (a page, a drawer, an edit) always go first, and background work
// (the usage snapshot round) may only use part of the window, so a page view never waits behind it.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export const WIX_REQUESTS_PER_MINUTE = 200;

export type Lane = "interactive" | "background";

/** The share of the window background work may fill; the rest is kept for people. */
export const BACKGROUND_SHARE = 0.75;

export class Throttle {
  /** Send times of the requests inside the current window, oldest first. */
  private readonly sent: number[] = [];
  private readonly waiting: Record<Lane, (() => void)[]> = { interactive: [], background: [] };
  private readonly pumping: Record<Lane, boolean> = { interactive: false, background: false };
  private readonly laneLimit: Record<Lane, number>;

  constructor(
    readonly limit: number = WIX_REQUESTS_PER_MINUTE,
    readonly windowMs: number = 60_000,
    private readonly clock: Clock = realClock,
  ) {
    this.laneLimit = { interactive: limit, background: Math.max(1, Math.floor(limit * BACKGROUND_SHARE)) };
  }

  /** Resolves when one more request may go out; within a lane, first come, first served. */
  acquire(lane: Lane = "interactive"): Promise<void> {
    if (!Number.isFinite(this.limit)) return Promise.resolve();
    this.forgetOld(this.clock.now());
    if (this.mayGo(lane) && this.waiting[lane].length === 0) {
      this.sent.push(this.clock.now());
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting[lane].push(resolve);
      // Next turn, so whoever got in at once has gone before the pump waits (and a fake clock moves).
      queueMicrotask(() => void this.pump(lane));
    });
  }

  /** Interactive work goes whenever the window has room; background only when no one waits and its share has room. */
  private mayGo(lane: Lane): boolean {
    if (lane === "background" && this.waiting.interactive.length > 0) return false;
    return this.sent.length < this.laneLimit[lane];
  }

  private forgetOld(now: number): void {
    while (this.sent.length > 0 && this.sent[0]! <= now - this.windowMs) this.sent.shift();
  }

  /** Hands out one lane's turns as the window frees up; one pump per lane runs at a time. */
  private async pump(lane: Lane): Promise<void> {
    if (this.pumping[lane]) return;
    this.pumping[lane] = true;
    try {
      while (this.waiting[lane].length > 0) {
        const now = this.clock.now();
        this.forgetOld(now);
        if (this.mayGo(lane)) {
          this.sent.push(now);
          this.waiting[lane].shift()!();
          continue;
        }
        // Full for this lane: wait until enough requests leave the window (or, for background work
        // that only yields to people waiting, until they have had their turn).
        const over = this.sent.length - this.laneLimit[lane];
        await Promise.resolve(); // let those just let through start first
        await this.clock.sleep(over >= 0 ? this.sent[over]! + this.windowMs - now : 0);
      }
    } finally {
      this.pumping[lane] = false;
    }
  }
}

/** One throttle per site and process, shared by every gateway that talks to that site. */
const bySite = new Map<string, Throttle>();

export function siteThrottle(siteId: string, limit = WIX_REQUESTS_PER_MINUTE): Throttle {
  const key = `${siteId}\u0000${limit}`;
  let throttle = bySite.get(key);
  if (!throttle) bySite.set(key, (throttle = new Throttle(limit)));
  return throttle;
}
