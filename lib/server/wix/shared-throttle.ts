import "server-only";
// The Wix throttle shared by every instance on one Postgres: the same rule as throttle.ts (at most
// `limit` calls in any window per site; bulk and background work only up to their share), counted
// in the wix_calls table, so two instances behind a load balancer together stay within what Wix
// allows. Each turn is taken in one transaction under the site's lock, against the database's
// clock (instances on different hosts agree on it). Within this instance a lane waits while a
// higher one does, as in the in-memory throttle; across instances the share keeps a quarter of
// every window for page views whatever the other instances' bulk and background work does.
import type { AppSql } from "../app-data/app-sql";
import { higherLaneWaiting, laneLimit, LANES, noteSlowTurn, realClock, type Clock, type Lane, type RequestThrottle } from "./throttle";

/** How long a lane waits before looking again while a higher lane of this instance waits. */
const YIELD_MS = 20;
/**
 * A call leaves the window this much later than its turn was taken: calls from different
 * instances reach Wix a little sooner or later after their turn, and a call that arrived late must
 * not let the next one in early by Wix's clock. A second covers a busy instance (the e2e burst
 * through two loaded servers) for under 2 % of the rate.
 */
export const ARRIVAL_MARGIN_MS = 1_000;

export class SharedThrottle implements RequestThrottle {
  private readonly waiting: Record<Lane, number> = { interactive: 0, bulk: 0, background: 0 };

  constructor(
    private readonly sql: AppSql,
    readonly site: string,
    readonly limit: number,
    readonly windowMs: number = 60_000,
    private readonly clock: Pick<Clock, "sleep"> = realClock,
    private readonly marginMs: number = ARRIVAL_MARGIN_MS,
  ) {}

  async acquire(lane: Lane = "interactive"): Promise<void> {
    if (!Number.isFinite(this.limit)) return;
    this.waiting[lane]++;
    const asked = Date.now();
    try {
      for (;;) {
        if (higherLaneWaiting(lane, (higher) => this.waiting[higher])) {
          await this.clock.sleep(YIELD_MS);
          continue;
        }
        const wait = await this.take(lane);
        if (wait === 0) return noteSlowTurn(lane, Date.now() - asked, this.limit);
        // Until the call that holds our place leaves the window; a little jitter so instances don't look in step.
        await this.clock.sleep(wait + Math.floor(Math.random() * YIELD_MS));
      }
    } finally {
      this.waiting[lane]--;
    }
  }

  /** Takes a turn if the window has room for this lane (0), or says how long until it may (ms). */
  private async take(lane: Lane): Promise<number> {
    const allowed = laneLimit(lane, this.limit);
    return this.sql.transaction(
      async (tx) => {
        // Read once the lock is ours: a time read before the wait would be stale.
        const now = await tx.now();
        const span = this.windowMs + this.marginMs;
        await tx.run("DELETE FROM wix_calls WHERE site = ? AND at <= ?", [this.site, now - span]);
        const { n } = (await tx.get<{ n: number }>("SELECT count(*) AS n FROM wix_calls WHERE site = ?", [this.site]))!;
        if (n < allowed) {
          await tx.run("INSERT INTO wix_calls (site, at, lane) VALUES (?, ?, ?)", [this.site, now, lane]);
          return 0;
        }
        const holder = await tx.get<{ at: number }>("SELECT at FROM wix_calls WHERE site = ? ORDER BY at LIMIT 1 OFFSET ?", [
          this.site,
          n - allowed,
        ]);
        return Math.max(1, (holder?.at ?? now) + span - now);
      },
      { lock: `wix-throttle:${this.site}` },
    );
  }

  /** Calls in the current window per lane, for the benchmark and tests. */
  async inWindow(): Promise<Record<Lane, number>> {
    const now = await this.sql.now();
    const rows = await this.sql.all<{ lane: Lane; n: number }>(
      "SELECT lane, count(*) AS n FROM wix_calls WHERE site = ? AND at > ? GROUP BY lane",
      [this.site, now - this.windowMs - this.marginMs],
    );
    return Object.fromEntries(LANES.map((lane) => [lane, rows.find((row) => row.lane === lane)?.n ?? 0])) as Record<Lane, number>;
  }
}
