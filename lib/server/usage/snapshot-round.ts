import "server-only";
// One snapshot round: reads every coupon that is switched on and not over, 100 a page (10,000 live
// coupons cost 100 calls), and records each one's running count for the round's slot. What a page
// saw is written before the next page is asked for, so a round cut short keeps what it read, and
// the instance that resumes it (the same one after a restart, or another) finishes the rest.
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import type { Coupon } from "@/lib/coupons/domain/model";
import { MAX_LIMIT, parseQuery } from "@/lib/coupons/query/query";
import type { UsageReadings } from "./usage-readings";
import type { UsageRounds } from "./usage-rounds";

/** Switched on and not expired; oldest first, so coupons made during the round join at the end. */
const LIVE_QUERY = parseQuery({ filter: { active: { $eq: true }, expired: { $eq: false } }, sort: [{ _dateCreated: "asc" }] });

/** How long a claim holds without renewal; a page renews it. */
export const ROUND_LEASE_MS = 2 * 60_000;

export interface RoundDeps {
  gateway: CouponGateway;
  readings: UsageReadings;
  rounds: UsageRounds;
  /** This instance: host, process and a random part. */
  owner: string;
  now?: () => number;
}

export interface RoundOutcome {
  slot: number;
  coupons: number;
  recorded: number;
  calls: number;
  resumed: boolean;
}

/** Every coupon that is switched on and not over, a page (one call) at a time. */
export async function* livePages(gateway: CouponGateway): AsyncGenerator<Coupon[]> {
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const { items, totalResults } = await gateway.query({ ...LIVE_QUERY, limit: MAX_LIMIT, offset });
    yield items;
    if (items.length < MAX_LIMIT || offset + items.length >= totalResults) return;
    // The embedded store answers synchronously: let requests in between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Records `slot` if no one else is or has; null when the slot is done or taken. */
export async function runSnapshotRound(
  slot: number,
  { gateway, readings, rounds, owner, now = Date.now }: RoundDeps,
): Promise<RoundOutcome | null> {
  const claim = await rounds.claim(slot, owner, now(), ROUND_LEASE_MS);
  if (!claim) return null;
  const outcome: RoundOutcome = { slot, coupons: 0, recorded: 0, calls: 0, resumed: claim.resumed };
  for await (const items of livePages(gateway)) {
    outcome.calls++;
    const recorded = await readings.record(
      slot,
      items.map((coupon) => ({ couponId: coupon.id, uses: coupon.numberOfUsages, usageLimit: coupon.specification.usageLimit ?? null })),
    );
    outcome.coupons += items.length;
    outcome.recorded += recorded;
    // Someone took the slot over (this instance stalled past its lease): let them finish it.
    if (!(await rounds.renew(claim, now(), ROUND_LEASE_MS, { coupons: items.length, recorded }))) return null;
  }
  await rounds.finish(claim, now());
  return outcome;
}
