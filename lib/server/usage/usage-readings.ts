import "server-only";
// The usage history in app.db: each coupon's running count as the snapshot rounds saw it, stored
// only when it changed (see migration 4), and the rounds themselves with their leases.
import type { UsageReading } from "@/lib/coupons/usage/readings";
import type { AuthDb } from "../auth/auth-db";

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

export class UsageReadings {
  constructor(
    private readonly db: AuthDb,
    /** "store", or "wix:<site id>": whose coupons these are. */
    readonly site: string,
  ) {}

  /**
   * Keeps what a round saw in `slot`: a row for each coupon seen for the first time or whose count
   * or limit changed. A coupon already recorded in this slot (or a later one) is left as it is, so a
   * resumed or repeated round never records anything twice. Returns how many rows it wrote.
   */
  record(slot: number, seen: readonly CountSeen[]): number {
    const latest = this.db.prepare(
      "SELECT slot, uses, usage_limit AS usageLimit FROM usage_readings WHERE site = ? AND coupon_id = ? ORDER BY slot DESC LIMIT 1",
    );
    const insert = this.db.prepare("INSERT OR IGNORE INTO usage_readings (site, coupon_id, slot, uses, usage_limit) VALUES (?, ?, ?, ?, ?)");
    return this.db
      .transaction(() => {
        let written = 0;
        for (const { couponId, uses, usageLimit } of seen) {
          const last = latest.get(this.site, couponId) as { slot: number; uses: number; usageLimit: number | null } | undefined;
          if (last && (last.slot >= slot || (last.uses === uses && last.usageLimit === usageLimit))) continue;
          written += insert.run(this.site, couponId, slot, uses, usageLimit).changes;
        }
        return written;
      })
      .immediate();
  }

  /**
   * The readings of these coupons from `since` on, plus the last one before it (the count the
   * period started at), oldest first.
   */
  history(couponIds: readonly string[], since: number): Map<string, CouponHistory> {
    const out = new Map<string, CouponHistory>();
    if (couponIds.length === 0) return out;
    const rows = this.db
      .prepare(
        `WITH wanted(id) AS (SELECT value FROM json_each(?))
         SELECT r.coupon_id AS couponId, r.slot, r.uses, r.usage_limit AS usageLimit
           FROM usage_readings r JOIN wanted ON r.coupon_id = wanted.id
          WHERE r.site = ?
            AND r.slot >= coalesce((SELECT max(slot) FROM usage_readings b WHERE b.site = r.site AND b.coupon_id = r.coupon_id AND b.slot <= ?), 0)
          ORDER BY r.coupon_id, r.slot`,
      )
      .all(JSON.stringify(couponIds), this.site, since) as { couponId: string; slot: number; uses: number; usageLimit: number | null }[];
    for (const row of rows) {
      let entry = out.get(row.couponId);
      if (!entry) out.set(row.couponId, (entry = { readings: [], usageLimit: null }));
      entry.readings.push({ at: row.slot, uses: row.uses });
      entry.usageLimit = row.usageLimit;
    }
    return out;
  }

  /** The coupons whose count changed since `since`: the only ones that can raise a usage alert. */
  changedSince(since: number): string[] {
    const rows = this.db
      .prepare("SELECT DISTINCT coupon_id AS id FROM usage_readings WHERE site = ? AND slot > ?")
      .all(this.site, since) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** Files a history as it was (demo data, tests): readings at their own times; existing ones are kept. */
  insertHistory(couponId: string, history: readonly UsageReading[], usageLimit: number | null): void {
    const insert = this.db.prepare("INSERT OR IGNORE INTO usage_readings (site, coupon_id, slot, uses, usage_limit) VALUES (?, ?, ?, ?, ?)");
    this.db.transaction(() => history.forEach((reading) => insert.run(this.site, couponId, reading.at, reading.uses, usageLimit))).immediate();
  }

  /** Whether anything was ever recorded for this site. */
  isEmpty(): boolean {
    return this.db.prepare("SELECT 1 FROM usage_readings WHERE site = ? LIMIT 1").get(this.site) === undefined;
  }

  /** Drops what is older than `before`, keeping each coupon's last reading before it. */
  prune(before: number): number {
    return this.db
      .prepare(
        `DELETE FROM usage_readings AS r
          WHERE r.site = ? AND r.slot < ?
            AND EXISTS (SELECT 1 FROM usage_readings n WHERE n.site = r.site AND n.coupon_id = r.coupon_id AND n.slot > r.slot AND n.slot <= ?)`,
      )
      .run(this.site, before, before).changes;
  }
}
