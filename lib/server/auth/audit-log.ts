import "server-only";
// The audit log: every change (coupon create/update/delete, bulk actions, user changes) with who,
// when and what. Entries are only ever appended. Each entry lists the coupons it touched, so
// filtering by a coupon also finds the bulk actions that included it.
import { placeholders, type AppSql } from "../app-data/app-sql";

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
    private readonly sql: AppSql,
    private readonly now: () => number = Date.now,
  ) {}

  record(entry: AuditEntryInput): Promise<number> {
    return this.sql.transaction(async (tx) => {
      const { id } = (await tx.get<{ id: number }>(
        `INSERT INTO audit_log (at, actor_id, actor_email, action, target_type, target_id, summary, details_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [
          this.now(),
          entry.actor.id,
          entry.actor.email,
          entry.action,
          entry.targetType,
          entry.targetId ?? null,
          entry.summary,
          entry.details === undefined ? null : JSON.stringify(entry.details),
        ],
      ))!;
      for (const coupon of entry.coupons ?? []) {
        await tx.run("INSERT INTO audit_coupons (entry_id, coupon_id, code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [
          id,
          coupon.id,
          coupon.code ?? null,
        ]);
      }
      return id;
    });
  }

  /**
   * Newest first. `couponIds` keeps only entries that touched one of those coupons, `code` those
   * that touched a coupon holding that code then (either case); given both, either one will do.
   */
  async list(options: { couponIds?: string[]; code?: string; limit: number; offset: number }): Promise<AuditPage> {
    const ids = options.couponIds?.filter(Boolean) ?? [];
    const code = options.code?.trim() || null;
    const sameCode = this.sql.dialect === "sqlite" ? "code = ? COLLATE NOCASE" : "lower(code) = lower(?)";
    const conditions = [...(ids.length ? [`coupon_id IN (${placeholders(ids.length)})`] : []), ...(code ? [sameCode] : [])];
    const params = [...ids, ...(code ? [code] : [])];
    const where = conditions.length ? `WHERE id IN (SELECT entry_id FROM audit_coupons WHERE ${conditions.join(" OR ")})` : "";
    const rows = await this.sql.all<Row>(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`, [
      ...params,
      options.limit,
      options.offset,
    ]);
    const { total } = (await this.sql.get<{ total: number }>(`SELECT count(*) AS total FROM audit_log ${where}`, params))!;
    const touched = rows.length
      ? await this.sql.all<{ entryId: number; id: string; code: string | null }>(
          `SELECT entry_id AS "entryId", coupon_id AS id, code FROM audit_coupons WHERE entry_id IN (${placeholders(rows.length)}) ORDER BY rowid`,
          rows.map((row) => row.id),
        )
      : [];
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
        coupons: touched.filter((c) => c.entryId === row.id).map((c) => (c.code ? { id: c.id, code: c.code } : { id: c.id })),
      })),
    };
  }

  async count(): Promise<number> {
    return (await this.sql.get<{ n: number }>("SELECT count(*) AS n FROM audit_log"))!.n;
  }
}
