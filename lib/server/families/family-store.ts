import "server-only";
// Code families in app.db (migration 5): the family, and one row per code with what became of it.
// Batches are claimed with a lease in one write transaction, so two tabs (or a retry after a lost
// connection) never send the same code at once; a code is sent again only after its lease ran out
// without an answer, and then its coupon is recognised by code and specification (family-run.ts).
import { randomUUID } from "node:crypto";
import type { CodePattern } from "@/lib/coupons/families/code-pattern";
import type { CouponSpecification } from "@/lib/coupons/specification";
import type { AuthDb } from "../auth/auth-db";

export type FamilyKind = "generated" | "imported";
export type CodeOutcome = "pending" | "created" | "failed";

export interface Family {
  id: string;
  kind: FamilyKind;
  name: string;
  /** Generated families only: every code starts with it. */
  prefix: string | null;
  /** Generated families only: how its codes are made (a code that collides is made again). */
  pattern: CodePattern | null;
  /** Generated families only: the coupon every code gets, without its code. */
  template: Omit<CouponSpecification, "code"> | null;
  count: number;
  createdAt: number;
  createdBy: string;
}

export interface FamilyCode {
  position: number;
  code: string;
  /** Imported rows only: the row's own coupon. */
  specification: CouponSpecification | null;
  couponId: string | null;
  outcome: CodeOutcome;
  problem: string | null;
}

export interface FamilyProgress {
  total: number;
  created: number;
  failed: number;
  pending: number;
}

interface FamilyRow {
  id: string;
  kind: FamilyKind;
  name: string;
  prefix: string | null;
  pattern_json: string | null;
  template_json: string | null;
  count: number;
  created_at: number;
  created_by: string;
}

const toFamily = (row: FamilyRow): Family => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  prefix: row.prefix,
  pattern: row.pattern_json ? (JSON.parse(row.pattern_json) as CodePattern) : null,
  template: row.template_json ? (JSON.parse(row.template_json) as Family["template"]) : null,
  count: row.count,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

interface CodeRow {
  position: number;
  code: string;
  specification_json: string | null;
  coupon_id: string | null;
  outcome: CodeOutcome;
  problem: string | null;
}

const toCode = (row: CodeRow): FamilyCode => ({
  position: row.position,
  code: row.code,
  specification: row.specification_json ? (JSON.parse(row.specification_json) as CouponSpecification) : null,
  couponId: row.coupon_id,
  outcome: row.outcome,
  problem: row.problem,
});

export class FamilyStore {
  constructor(
    private readonly db: AuthDb,
    /** "store" or "wix:<site id>", as the usage records. */
    readonly site: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The family whose prefix is, starts or is started by `prefix` (ignoring case), if any. */
  prefixClash(prefix: string): Family | undefined {
    const row = this.db
      .prepare(
        `SELECT * FROM code_families WHERE site = ? AND prefix IS NOT NULL
           AND (upper(?) LIKE upper(prefix) || '%' ESCAPE '\\' OR upper(prefix) LIKE upper(?) || '%' ESCAPE '\\') LIMIT 1`,
      )
      .get(this.site, prefix, prefix) as FamilyRow | undefined;
    return row && toFamily(row);
  }

  create(input: { kind: FamilyKind; name: string; prefix: string | null; pattern: CodePattern | null; template: Family["template"]; codes: { code: string; specification?: CouponSpecification }[]; createdBy: string }): Family {
    const id = randomUUID();
    const insertCode = this.db.prepare("INSERT INTO family_codes (family_id, position, code, specification_json) VALUES (?, ?, ?, ?)");
    this.db
      .transaction(() => {
        this.db
          .prepare(
            "INSERT INTO code_families (id, site, kind, name, prefix, pattern_json, template_json, count, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          )
          .run(
            id, this.site, input.kind, input.name, input.prefix,
            input.pattern ? JSON.stringify(input.pattern) : null, input.template ? JSON.stringify(input.template) : null,
            input.codes.length, this.now(), input.createdBy,
          );
        input.codes.forEach((c, position) => insertCode.run(id, position, c.code, c.specification ? JSON.stringify(c.specification) : null));
      })
      .immediate();
    return this.get(id)!;
  }

  get(id: string): Family | undefined {
    const row = this.db.prepare("SELECT * FROM code_families WHERE id = ? AND site = ?").get(id, this.site) as FamilyRow | undefined;
    return row && toFamily(row);
  }

  list(): (Family & FamilyProgress)[] {
    const rows = this.db.prepare("SELECT * FROM code_families WHERE site = ? ORDER BY created_at DESC").all(this.site) as FamilyRow[];
    return rows.map((row) => ({ ...toFamily(row), ...this.progress(row.id) }));
  }

  progress(id: string): FamilyProgress {
    const rows = this.db.prepare("SELECT outcome, count(*) AS n FROM family_codes WHERE family_id = ? GROUP BY outcome").all(id) as { outcome: CodeOutcome; n: number }[];
    const by = Object.fromEntries(rows.map((r) => [r.outcome, r.n])) as Partial<Record<CodeOutcome, number>>;
    const created = by.created ?? 0;
    const failed = by.failed ?? 0;
    const pending = by.pending ?? 0;
    return { total: created + failed + pending, created, failed, pending };
  }

  codes(id: string): FamilyCode[] {
    return (this.db.prepare("SELECT * FROM family_codes WHERE family_id = ? ORDER BY position").all(id) as CodeRow[]).map(toCode);
  }

  /** Takes up to `size` pending codes nobody holds, for `leaseMs`. */
  claim(id: string, size: number, leaseMs: number): FamilyCode[] {
    const now = this.now();
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare(
            `SELECT * FROM family_codes WHERE family_id = ? AND outcome = 'pending' AND (claimed_until IS NULL OR claimed_until <= ?)
              ORDER BY position LIMIT ?`,
          )
          .all(id, now, size) as CodeRow[];
        const hold = this.db.prepare("UPDATE family_codes SET claimed_until = ? WHERE family_id = ? AND position = ?");
        for (const row of rows) hold.run(now + leaseMs, id, row.position);
        return rows.map(toCode);
      })
      .immediate();
  }

  /** Pending codes someone holds right now (another tab's batch on its way). */
  heldElsewhere(id: string): number {
    return (this.db.prepare("SELECT count(*) AS n FROM family_codes WHERE family_id = ? AND outcome = 'pending' AND claimed_until > ?").get(id, this.now()) as { n: number }).n;
  }

  settle(id: string, outcomes: { position: number; outcome: CodeOutcome; couponId?: string; problem?: string; code?: string }[]): void {
    const update = this.db.prepare(
      "UPDATE family_codes SET outcome = ?, coupon_id = coalesce(?, coupon_id), problem = ?, code = coalesce(?, code), claimed_until = NULL WHERE family_id = ? AND position = ?",
    );
    this.db
      .transaction(() => outcomes.forEach((o) => update.run(o.outcome, o.couponId ?? null, o.problem ?? null, o.code ?? null, id, o.position)))
      .immediate();
  }

  /** Lets go of claimed codes without an answer (the call failed): they are sent again next time. */
  release(id: string, positions: number[]): void {
    const update = this.db.prepare("UPDATE family_codes SET claimed_until = NULL WHERE family_id = ? AND position = ? AND outcome = 'pending'");
    this.db.transaction(() => positions.forEach((p) => update.run(id, p))).immediate();
  }

  /** Which family, if any, a coupon was made in. */
  familyOfCoupon(couponId: string): Family | undefined {
    const row = this.db
      .prepare("SELECT f.* FROM code_families f JOIN family_codes c ON c.family_id = f.id WHERE c.coupon_id = ? AND f.site = ?")
      .get(couponId, this.site) as FamilyRow | undefined;
    return row && toFamily(row);
  }
}
