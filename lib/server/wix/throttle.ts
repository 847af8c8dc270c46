import "server-only";
// The client-side rate limit: at most `limit` requests in any `windowMs` (Wix allows about 200 per
// minute per site). A sliding log, not a token bucket: a full bucket of 200 that refills at 200 a
// minute lets up to 400 through in one minute, which is exactly the burst Wix would answer with 429.
// Three lanes: interactive requests (a page, a drawer, an edit) always go first; bulk work a person
// started (a bulk action, an export, a family's batches) next; background work (the usage snapshot
// round) last. Bulk and background work together may only fill part of the window, so a page view
// never waits behind them. shared-throttle.ts is the same rule across instances (Postgres).

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export const WIX_REQUESTS_PER_MINUTE = 200;

export type Lane = "interactive" | "bulk" | "background";

/** Highest priority first. */
export const LANES: readonly Lane[] = ["interactive", "bulk", "background"];

/** The share of the window bulk and background work may fill; the rest is kept for people's page views. */
export const BACKGROUND_SHARE = 0.75;

/** How many of the window's `limit` calls a lane may have out: people all of them, other work its share. */
export function laneLimit(lane: Lane, limit: number): number {
  return lane === "interactive" ? limit : Math.max(1, Math.floor(limit * BACKGROUND_SHARE));
}

/** Whether a lane of higher priority than `lane` has requests waiting. */
export function higherLaneWaiting(lane: Lane, waiting: (lane: Lane) => number): boolean {
  return LANES.slice(0, LANES.indexOf(lane)).some((higher) => waiting(higher) > 0);
}

/** What the Wix HTTP client waits on before each request. */
export interface RequestThrottle {
  /** Resolves when one more request of this lane may go out. */
  acquire(lane?: Lane): Promise<void>;
}

/** A page's call that waited this long is worth a line in the log: the site is near Wix's limit. */
const SLOW_TURN_MS = 1_000;

/** Logs a page's call that waited a while for its turn (either throttle, in-memory or shared). */
export function noteSlowTurn(lane: Lane, waitedMs: number, limit: number): void {
  if (lane === "interactive" && waitedMs >= SLOW_TURN_MS) {
    console.warn(`[wix] a page's call waited ${(waitedMs / 1000).toFixed(1)} s for the ${limit}-a-minute limit`);
  }
}

export class Throttle implements RequestThrottle {
  /** Send times of the requests inside the current window, oldest first. */
  private readonly sent: number[] = [];
  private readonly waiting: Record<Lane, { resolve: () => void; since: number }[]> = { interactive: [], bulk: [], background: [] };
  private readonly pumping: Record<Lane, boolean> = { interactive: false, bulk: false, background: false };
  private readonly laneLimit: Record<Lane, number>;

  constructor(
    readonly limit: number = WIX_REQUESTS_PER_MINUTE,
    readonly windowMs: number = 60_000,
    private readonly clock: Clock = realClock,
  ) {
    this.laneLimit = {
      interactive: laneLimit("interactive", limit),
      bulk: laneLimit("bulk", limit),
      background: laneLimit("background", limit),
    };
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
      this.waiting[lane].push({ resolve, since: this.clock.now() });
      // Next turn, so whoever got in at once has gone before the pump waits (and a fake clock moves).
      queueMicrotask(() => void this.pump(lane));
    });
  }

  /** Interactive work goes whenever the window has room; other work only when no higher lane waits and its share has room. */
  private mayGo(lane: Lane): boolean {
    if (higherLaneWaiting(lane, (higher) => this.waiting[higher].length)) return false;
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
          const turn = this.waiting[lane].shift()!;
          noteSlowTurn(lane, now - turn.since, this.limit);
          turn.resolve();
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
