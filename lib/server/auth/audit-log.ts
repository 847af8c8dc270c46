import "server-only";
// The audit log: every change (coupon create/update/delete, bulk actions, user changes) with who,
// when and what. Entries are only ever appended. Each entry lists the coupons it touched, so
// filtering by a coupon also finds the bulk actions that included it.
import type { AuthDb } from "./auth-db";

export type AuditAction =
  | "coupon.create"
  | "coupon.update"
  | "coupon.delete"
  | "coupon.setActive"
  | "coupon.bulkSetActive"
  | "coupon.bulkDelete"
  | "coupon.bulkCreate"
  | "family.create"
  | "user.add"
  | "user.disable"
  | "user.enable"
  | "user.remove";

export interface AuditActor {
  id: string | null;
  email: string;
}

export interface AuditEntryInput {
  actor: AuditActor;
  action: AuditAction;
  targetType: "coupon" | "user";
  targetId?: string | null;
  summary: string;
  details?: unknown;
  /** Every coupon the entry touched, with its code at the time. */
  coupons?: AuditCoupon[];
}

export interface AuditCoupon {
  id: string;
  code?: string;
}

export interface AuditEntry {
  id: number;
  at: number;
  actorEmail: string;
  action: AuditAction;
  targetType: "coupon" | "user";
  targetId: string | null;
  summary: string;
  details: unknown;
  /** The coupons it touched, with their codes then (older entries may have none). */
  coupons: AuditCoupon[];
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
}

interface Row {
  id: number;
  at: number;
  actor_email: string;
  action: AuditAction;
  target_type: "coupon" | "user";
  target_id: string | null;
  summary: string;
  details_json: string | null;
}

export class AuditLog {
  constructor(
    private readonly db: AuthDb,
    private readonly now: () => number = Date.now,
  ) {}

  record(entry: AuditEntryInput): number {
    return this.db
      .transaction(() => {
        const { lastInsertRowid } = this.db
          .prepare(
            `INSERT INTO audit_log (at, actor_id, actor_email, action, target_type, target_id, summary, details_json)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            this.now(),
            entry.actor.id,
            entry.actor.email,
            entry.action,
            entry.targetType,
            entry.targetId ?? null,
            entry.summary,
            entry.details === undefined ? null : JSON.stringify(entry.details),
          );
        const id = Number(lastInsertRowid);
        const link = this.db.prepare("INSERT OR IGNORE INTO audit_coupons (entry_id, coupon_id, code) VALUES (?, ?, ?)");
        for (const coupon of entry.coupons ?? []) link.run(id, coupon.id, coupon.code ?? null);
        return id;
      })
      .immediate();
  }

  /**
   * Newest first. `couponIds` keeps only entries that touched one of those coupons, `code` those
   * that touched a coupon holding that code then (either case); given both, either one will do.
   */
  list(options: { couponIds?: string[]; code?: string; limit: number; offset: number }): AuditPage {
    const ids = options.couponIds?.filter(Boolean) ?? [];
    const code = options.code?.trim() || null;
    const conditions = [
      ...(ids.length ? ["coupon_id IN (SELECT value FROM json_each(@ids))"] : []),
      ...(code ? ["code = @code COLLATE NOCASE"] : []),
    ];
    const where = conditions.length ? `WHERE id IN (SELECT entry_id FROM audit_coupons WHERE ${conditions.join(" OR ")})` : "";
    const params = { ids: JSON.stringify(ids), code, limit: options.limit, offset: options.offset };
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`)
      .all(params) as Row[];
    const { total } = this.db.prepare(`SELECT count(*) AS total FROM audit_log ${where}`).get(params) as { total: number };
    const touched = this.db.prepare("SELECT coupon_id AS id, code FROM audit_coupons WHERE entry_id = ? ORDER BY rowid");
    return {
      total,
      entries: rows.map((row) => ({
        id: row.id,
        at: row.at,
        actorEmail: row.actor_email,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        summary: row.summary,
        details: row.details_json === null ? null : JSON.parse(row.details_json),
        coupons: (touched.all(row.id) as { id: string; code: string | null }[]).map((c) => (c.code ? { id: c.id, code: c.code } : { id: c.id })),
      })),
    };
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number }).n;
  }
}
