import "server-only";
// Who records which slot. A round is claimed with a lease the recording instance renews as it goes;
// a finished slot is never claimed again, and a slot whose owner stopped renewing (it crashed or
// restarted) is taken over by the next instance that looks. The claim reads and then writes under
// one lock per slot, so two instances (on one Postgres, or one app.db) never both take it.
import type { AppSql } from "../app-data/app-sql";

export interface RoundClaim {
  slot: number;
  owner: string;
  /** True when an earlier owner started this slot and stopped. */
  resumed: boolean;
}

export class UsageRounds {
  constructor(
    private readonly sql: AppSql,
    readonly site: string,
  ) {}

  /** Takes `slot` for `owner` until `now + leaseMs`, unless it is finished or someone else holds it. */
  claim(slot: number, owner: string, now: number, leaseMs: number): Promise<RoundClaim | null> {
    return this.sql.transaction(
      async (tx): Promise<RoundClaim | null> => {
        const row = await tx.get<{ owner: string; leaseUntil: number; finishedAt: number | null }>(
          `SELECT owner, lease_until AS "leaseUntil", finished_at AS "finishedAt" FROM usage_rounds WHERE site = ? AND slot = ?`,
          [this.site, slot],
        );
        if (!row) {
          await tx.run("INSERT INTO usage_rounds (site, slot, owner, lease_until, started_at) VALUES (?, ?, ?, ?, ?)", [
            this.site,
            slot,
            owner,
            now + leaseMs,
            now,
          ]);
          return { slot, owner, resumed: false };
        }
        if (row.finishedAt !== null || (row.owner !== owner && row.leaseUntil > now)) return null;
        // A new owner reads every page again (what was recorded stays), so its count starts over.
        await tx.run("UPDATE usage_rounds SET owner = ?, lease_until = ?, coupons = 0 WHERE site = ? AND slot = ?", [
          owner,
          now + leaseMs,
          this.site,
          slot,
        ]);
        return { slot, owner, resumed: row.owner !== owner };
      },
      { lock: `usage-round:${this.site}:${slot}` },
    );
  }

  /** Extends the lease while the round runs; false when another instance has taken the slot over. */
  async renew(claim: RoundClaim, now: number, leaseMs: number, progress: { coupons: number; recorded: number }): Promise<boolean> {
    const { changes } = await this.sql.run(
      `UPDATE usage_rounds SET lease_until = ?, coupons = coupons + ?, recorded = recorded + ?
        WHERE site = ? AND slot = ? AND owner = ? AND finished_at IS NULL`,
      [now + leaseMs, progress.coupons, progress.recorded, this.site, claim.slot, claim.owner],
    );
    return changes === 1;
  }

  async finish(claim: RoundClaim, now: number): Promise<void> {
    await this.sql.run("UPDATE usage_rounds SET finished_at = ? WHERE site = ? AND slot = ? AND owner = ?", [
      now,
      this.site,
      claim.slot,
      claim.owner,
    ]);
  }

  /** The last finished round, for "last read at …". */
  lastFinished(): Promise<{ slot: number; finishedAt: number; coupons: number } | undefined> {
    return this.sql.get(
      `SELECT slot, finished_at AS "finishedAt", coupons FROM usage_rounds WHERE site = ? AND finished_at IS NOT NULL ORDER BY slot DESC LIMIT 1`,
      [this.site],
    );
  }

  /** Every round of a slot, for tests and the benchmark: at most one row by construction. */
  round(slot: number): Promise<{ owner: string; finishedAt: number | null; coupons: number; recorded: number } | undefined> {
    return this.sql.get(`SELECT owner, finished_at AS "finishedAt", coupons, recorded FROM usage_rounds WHERE site = ? AND slot = ?`, [
      this.site,
      slot,
    ]);
  }
}
