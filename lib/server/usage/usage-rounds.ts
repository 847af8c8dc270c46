import "server-only";
// Who records which slot. A round is claimed with a lease the recording instance renews as it goes;
// a finished slot is never claimed again, and a slot whose owner stopped renewing (it crashed or
// restarted) is taken over by the next instance that looks.
import type { AuthDb } from "../auth/auth-db";

export interface RoundClaim {
  slot: number;
  owner: string;
  /** True when an earlier owner started this slot and stopped. */
  resumed: boolean;
}

export class UsageRounds {
  constructor(
    private readonly db: AuthDb,
    readonly site: string,
  ) {}

  /** Takes `slot` for `owner` until `now + leaseMs`, unless it is finished or someone else holds it. */
  claim(slot: number, owner: string, now: number, leaseMs: number): RoundClaim | null {
    return this.db
      .transaction((): RoundClaim | null => {
        const row = this.db
          .prepare("SELECT owner, lease_until AS leaseUntil, finished_at AS finishedAt FROM usage_rounds WHERE site = ? AND slot = ?")
          .get(this.site, slot) as { owner: string; leaseUntil: number; finishedAt: number | null } | undefined;
        if (!row) {
          this.db
            .prepare("INSERT INTO usage_rounds (site, slot, owner, lease_until, started_at) VALUES (?, ?, ?, ?, ?)")
            .run(this.site, slot, owner, now + leaseMs, now);
          return { slot, owner, resumed: false };
        }
        if (row.finishedAt !== null || (row.owner !== owner && row.leaseUntil > now)) return null;
        // A new owner reads every page again (what was recorded stays), so its count starts over.
        this.db.prepare("UPDATE usage_rounds SET owner = ?, lease_until = ?, coupons = 0 WHERE site = ? AND slot = ?").run(owner, now + leaseMs, this.site, slot);
        return { slot, owner, resumed: row.owner !== owner };
      })
      .immediate();
  }

  /** Extends the lease while the round runs; false when another instance has taken the slot over. */
  renew(claim: RoundClaim, now: number, leaseMs: number, progress: { coupons: number; recorded: number }): boolean {
    const { changes } = this.db
      .prepare(
        `UPDATE usage_rounds SET lease_until = ?, coupons = coupons + ?, recorded = recorded + ?
          WHERE site = ? AND slot = ? AND owner = ? AND finished_at IS NULL`,
      )
      .run(now + leaseMs, progress.coupons, progress.recorded, this.site, claim.slot, claim.owner);
    return changes === 1;
  }

  finish(claim: RoundClaim, now: number): void {
    this.db.prepare("UPDATE usage_rounds SET finished_at = ? WHERE site = ? AND slot = ? AND owner = ?").run(now, this.site, claim.slot, claim.owner);
  }

  /** The last finished round, for "last read at …". */
  lastFinished(): { slot: number; finishedAt: number; coupons: number } | undefined {
    return this.db
      .prepare(
        "SELECT slot, finished_at AS finishedAt, coupons FROM usage_rounds WHERE site = ? AND finished_at IS NOT NULL ORDER BY slot DESC LIMIT 1",
      )
      .get(this.site) as { slot: number; finishedAt: number; coupons: number } | undefined;
  }

  /** Every round of a slot, for tests and the benchmark: at most one row by construction. */
  round(slot: number): { owner: string; finishedAt: number | null; coupons: number; recorded: number } | undefined {
    return this.db
      .prepare("SELECT owner, finished_at AS finishedAt, coupons, recorded FROM usage_rounds WHERE site = ? AND slot = ?")
      .get(this.site, slot) as { owner: string; finishedAt: number | null; coupons: number; recorded: number } | undefined;
  }
}
