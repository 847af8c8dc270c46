import "server-only";
// Code families in the app database (migration 5): the family, and one row per code with what became of it.
// Batches are claimed with a lease in one write transaction (under the family's lock), so two tabs (or a retry after a lost
// connection) never send the same code at once; a code is sent again only after its lease ran out
// without an answer, and then its coupon is recognised by code and specification (family-run.ts).
import { randomUUID } from "node:crypto";
import type { CodePattern } from "@/lib/coupons/families/code-pattern";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import { placeholders, type AppSql } from "../app-data/app-sql";

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
    private readonly sql: AppSql,
    /** "store" or "wix:<site id>", as the usage records. */
    readonly site: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The family whose prefix is, starts or is started by `prefix` (ignoring case), if any. */
  async prefixClash(prefix: string): Promise<Family | undefined> {
    const row = await this.sql.get<FamilyRow>(
      `SELECT * FROM code_families WHERE site = ? AND prefix IS NOT NULL
         AND (upper(?) LIKE upper(prefix) || '%' ESCAPE '\\' OR upper(prefix) LIKE upper(?) || '%' ESCAPE '\\') LIMIT 1`,
      [this.site, prefix, prefix],
    );
    return row && toFamily(row);
  }

  async create(input: {
    kind: FamilyKind;
    name: string;
    prefix: string | null;
    pattern: CodePattern | null;
    template: Family["template"];
    codes: { code: string; specification?: CouponSpecification }[];
    createdBy: string;
  }): Promise<Family> {
    const id = randomUUID();
    await this.sql.transaction(async (tx) => {
      await tx.run(
        "INSERT INTO code_families (id, site, kind, name, prefix, pattern_json, template_json, count, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
          id,
          this.site,
          input.kind,
          input.name,
          input.prefix,
          input.pattern ? JSON.stringify(input.pattern) : null,
          input.template ? JSON.stringify(input.template) : null,
          input.codes.length,
          this.now(),
          input.createdBy,
        ],
      );
      // 100 rows a statement: 5,000 codes are 50 statements, not 5,000.
      for (let start = 0; start < input.codes.length; start += 100) {
        const chunk = input.codes.slice(start, start + 100);
        await tx.run(
          `INSERT INTO family_codes (family_id, position, code, specification_json) VALUES ${chunk.map(() => "(?, ?, ?, ?)").join(", ")}`,
          chunk.flatMap((c, i) => [id, start + i, c.code, c.specification ? JSON.stringify(c.specification) : null]),
        );
      }
    });
    return (await this.get(id))!;
  }

  async get(id: string): Promise<Family | undefined> {
    const row = await this.sql.get<FamilyRow>("SELECT * FROM code_families WHERE id = ? AND site = ?", [id, this.site]);
    return row && toFamily(row);
  }

  async list(): Promise<(Family & FamilyProgress)[]> {
    const rows = await this.sql.all<FamilyRow>("SELECT * FROM code_families WHERE site = ? ORDER BY created_at DESC", [this.site]);
    return Promise.all(rows.map(async (row) => ({ ...toFamily(row), ...(await this.progress(row.id)) })));
  }

  async progress(id: string): Promise<FamilyProgress> {
    const rows = await this.sql.all<{ outcome: CodeOutcome; n: number }>(
      "SELECT outcome, count(*) AS n FROM family_codes WHERE family_id = ? GROUP BY outcome",
      [id],
    );
    const by = Object.fromEntries(rows.map((r) => [r.outcome, r.n])) as Partial<Record<CodeOutcome, number>>;
    const created = by.created ?? 0;
    const failed = by.failed ?? 0;
    const pending = by.pending ?? 0;
    return { total: created + failed + pending, created, failed, pending };
  }

  async codes(id: string): Promise<FamilyCode[]> {
    return (await this.sql.all<CodeRow>("SELECT * FROM family_codes WHERE family_id = ? ORDER BY position", [id])).map(toCode);
  }

  /** Takes up to `size` pending codes nobody holds, for `leaseMs`. */
  claim(id: string, size: number, leaseMs: number): Promise<FamilyCode[]> {
    const now = this.now();
    return this.sql.transaction(
      async (tx) => {
        const rows = await tx.all<CodeRow>(
          `SELECT * FROM family_codes WHERE family_id = ? AND outcome = 'pending' AND (claimed_until IS NULL OR claimed_until <= ?)
          ORDER BY position LIMIT ?`,
          [id, now, size],
        );
        if (rows.length > 0) {
          await tx.run(`UPDATE family_codes SET claimed_until = ? WHERE family_id = ? AND position IN (${placeholders(rows.length)})`, [
            now + leaseMs,
            id,
            ...rows.map((row) => row.position),
          ]);
        }
        return rows.map(toCode);
      },
      { lock: `family:${id}` },
    );
  }

  /** Pending codes someone holds right now (another tab's batch on its way). */
  async heldElsewhere(id: string): Promise<number> {
    return (await this.sql.get<{ n: number }>(
      "SELECT count(*) AS n FROM family_codes WHERE family_id = ? AND outcome = 'pending' AND claimed_until > ?",
      [id, this.now()],
    ))!.n;
  }

  async settle(
    id: string,
    outcomes: { position: number; outcome: CodeOutcome; couponId?: string; problem?: string; code?: string }[],
  ): Promise<void> {
    await this.sql.transaction(
      async (tx) => {
        for (const o of outcomes) {
          await tx.run(
            "UPDATE family_codes SET outcome = ?, coupon_id = coalesce(?, coupon_id), problem = ?, code = coalesce(?, code), claimed_until = NULL WHERE family_id = ? AND position = ?",
            [o.outcome, o.couponId ?? null, o.problem ?? null, o.code ?? null, id, o.position],
          );
        }
      },
      { lock: `family:${id}` },
    );
  }

  /** Lets go of claimed codes without an answer (the call failed): they are sent again next time. */
  async release(id: string, positions: number[]): Promise<void> {
    if (positions.length === 0) return;
    await this.sql.run(
      `UPDATE family_codes SET claimed_until = NULL WHERE family_id = ? AND outcome = 'pending' AND position IN (${placeholders(positions.length)})`,
      [id, ...positions],
    );
  }

  /** Which family, if any, a coupon was made in. */
  async familyOfCoupon(couponId: string): Promise<Family | undefined> {
    const row = await this.sql.get<FamilyRow>(
      "SELECT f.* FROM code_families f JOIN family_codes c ON c.family_id = f.id WHERE c.coupon_id = ? AND f.site = ?",
      [couponId, this.site],
    );
    return row && toFamily(row);
  }
}
