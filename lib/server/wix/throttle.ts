import "server-only";
// The client-side rate limit: at most `limit` requests in any `windowMs` (Wix allows about 200 per
// minute per site). A sliding log, not a token bucket: a full bucket of 200 that refills at 200 a
// minute lets up to 400 through in one minute, which is exactly the burst Wix would answer with 429.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export const WIX_REQUESTS_PER_MINUTE = 200;

export class Throttle {
  /** Send times of the requests inside the current window, oldest first. */
  private readonly sent: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly limit: number = WIX_REQUESTS_PER_MINUTE,
    readonly windowMs: number = 60_000,
    private readonly clock: Clock = realClock,
  ) {}

  /** Resolves when one more request may go out; callers are served first come, first served. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    if (!Number.isFinite(this.limit)) return;
    for (;;) {
      const now = this.clock.now();
      while (this.sent.length > 0 && this.sent[0]! <= now - this.windowMs) this.sent.shift();
      if (this.sent.length < this.limit) {
        this.sent.push(now);
        return;
      }
      await this.clock.sleep(this.sent[0]! + this.windowMs - now);
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
