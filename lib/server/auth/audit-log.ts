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
  couponIds?: string[];
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
        const link = this.db.prepare("INSERT OR IGNORE INTO audit_coupons (entry_id, coupon_id) VALUES (?, ?)");
        for (const couponId of new Set(entry.couponIds ?? [])) link.run(id, couponId);
        return id;
      })
      .immediate();
  }

  /** Newest first; `couponId` keeps only entries that touched that coupon. */
  list(options: { couponId?: string; limit: number; offset: number }): AuditPage {
    const where = options.couponId ? "WHERE id IN (SELECT entry_id FROM audit_coupons WHERE coupon_id = @couponId)" : "";
    const params = { couponId: options.couponId ?? null, limit: options.limit, offset: options.offset };
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`)
      .all(params) as Row[];
    const { total } = this.db.prepare(`SELECT count(*) AS total FROM audit_log ${where}`).get(params) as { total: number };
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
      })),
    };
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number }).n;
  }
}
