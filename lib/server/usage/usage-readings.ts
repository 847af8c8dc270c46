import "server-only";
// The usage history in the app database: each coupon's running count as the snapshot rounds saw
// it, stored only when it changed (see migration 4), and the rounds themselves with their leases.
import type { UsageReading } from "@/lib/coupons/usage/readings";
import { placeholders, type AppSql } from "../app-data/app-sql";

/** One coupon's count as a round read it. */
export interface CountSeen {
  couponId: string;
  uses: number;
  usageLimit: number | null;
}

export interface CouponHistory {
  readings: UsageReading[];
  /** The limit as last seen. */
  usageLimit: number | null;
}

const INSERT = "INSERT INTO usage_readings (site, coupon_id, slot, uses, usage_limit) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

export class UsageReadings {
  constructor(
    private readonly sql: AppSql,
    /** "store", or "wix:<site id>": whose coupons these are. */
    readonly site: string,
  ) {}

  /**
   * Keeps what a round saw in `slot`: a row for each coupon seen for the first time or whose count
   * or limit changed. A coupon already recorded in this slot (or a later one) is left as it is, so a
   * resumed or repeated round never records anything twice. Returns how many rows it wrote.
   */
  record(slot: number, seen: readonly CountSeen[]): Promise<number> {
    return this.sql.transaction(async (tx) => {
      const latest = new Map<string, { slot: number; uses: number; usageLimit: number | null }>();
      if (seen.length > 0) {
        const rows = await tx.all<{ couponId: string; slot: number; uses: number; usageLimit: number | null }>(
          `SELECT r.coupon_id AS "couponId", r.slot, r.uses, r.usage_limit AS "usageLimit" FROM usage_readings r
            WHERE r.site = ? AND r.coupon_id IN (${placeholders(seen.length)})
              AND r.slot = (SELECT max(slot) FROM usage_readings l WHERE l.site = r.site AND l.coupon_id = r.coupon_id)`,
          [this.site, ...seen.map((s) => s.couponId)],
        );
        for (const row of rows) latest.set(row.couponId, row);
      }
      let written = 0;
      for (const { couponId, uses, usageLimit } of seen) {
        const last = latest.get(couponId);
        if (last && (last.slot >= slot || (last.uses === uses && last.usageLimit === usageLimit))) continue;
        written += (await tx.run(INSERT, [this.site, couponId, slot, uses, usageLimit])).changes;
      }
      return written;
    });
  }

  /**
   * The readings of these coupons from `since` on, plus the last one before it (the count the
   * period started at), oldest first.
   */
  async history(couponIds: readonly string[], since: number): Promise<Map<string, CouponHistory>> {
    const out = new Map<string, CouponHistory>();
    if (couponIds.length === 0) return out;
    const rows = await this.sql.all<{ couponId: string; slot: number; uses: number; usageLimit: number | null }>(
      `SELECT r.coupon_id AS "couponId", r.slot, r.uses, r.usage_limit AS "usageLimit"
         FROM usage_readings r
        WHERE r.site = ? AND r.coupon_id IN (${placeholders(couponIds.length)})
          AND r.slot >= coalesce((SELECT max(slot) FROM usage_readings b WHERE b.site = r.site AND b.coupon_id = r.coupon_id AND b.slot <= ?), 0)
        ORDER BY r.coupon_id, r.slot`,
      [this.site, ...couponIds, since],
    );
    for (const row of rows) {
      let entry = out.get(row.couponId);
      if (!entry) out.set(row.couponId, (entry = { readings: [], usageLimit: null }));
      entry.readings.push({ at: row.slot, uses: row.uses });
      entry.usageLimit = row.usageLimit;
    }
    return out;
  }

  /** The coupons whose count changed since `since`: the only ones that can raise a usage alert. */
  async changedSince(since: number): Promise<string[]> {
    const rows = await this.sql.all<{ id: string }>("SELECT DISTINCT coupon_id AS id FROM usage_readings WHERE site = ? AND slot > ?", [
      this.site,
      since,
    ]);
    return rows.map((row) => row.id);
  }

  /** Files a history as it was (demo data, tests): readings at their own times; existing ones are kept. */
  async insertHistory(couponId: string, history: readonly UsageReading[], usageLimit: number | null): Promise<void> {
    await this.sql.transaction(async (tx) => {
      for (const reading of history) await tx.run(INSERT, [this.site, couponId, reading.at, reading.uses, usageLimit]);
    });
  }

  /** Whether anything was ever recorded for this site. */
  async isEmpty(): Promise<boolean> {
    return (await this.sql.get("SELECT 1 AS one FROM usage_readings WHERE site = ? LIMIT 1", [this.site])) === undefined;
  }

  /** Drops what is older than `before`, keeping each coupon's last reading before it. */
  async prune(before: number): Promise<number> {
    const { changes } = await this.sql.run(
      `DELETE FROM usage_readings AS r
        WHERE r.site = ? AND r.slot < ?
          AND EXISTS (SELECT 1 FROM usage_readings n WHERE n.site = r.site AND n.coupon_id = r.coupon_id AND n.slot > r.slot AND n.slot <= ?)`,
      [this.site, before, before],
    );
    return changes;
  }
}
