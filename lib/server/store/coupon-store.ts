import "server-only";
// The embedded coupon store: Wix's coupon semantics over SQLite. Every write runs in a
// BEGIN IMMEDIATE transaction, and code uniqueness is the database's UNIQUE constraint, so two
// concurrent creates can never both win.
import { randomUUID } from "node:crypto";
import { CouponError, isCouponError, codeTaken, invalidArgument, notFound } from "@/lib/coupons/domain/errors";
import { STORE_CAPABILITIES } from "@/lib/coupons/domain/capabilities";
import { MAX_BULK, type BulkItemResult, type BulkResult, type CouponGateway } from "@/lib/coupons/domain/gateway";
import { writableSpecification, type Coupon } from "@/lib/coupons/domain/model";
import type { CouponQuery, QueryResult } from "@/lib/coupons/query/query";
import { validateQuery } from "@/lib/coupons/query/query-validate";
import { parseSpecification, storedSpecificationSchema, toCouponError, type CouponSpecification } from "@/lib/coupons/domain/specification";
import { statusOf } from "@/lib/coupons/domain/status";
import { applyUpdate } from "@/lib/coupons/domain/update";
import { Catalogue } from "./catalogue";
import type { Db } from "./database";
import { COLUMN_NAMES, columnsOf, couponFromRecord, type CouponRecord, type StoredMeta } from "./rows";
import { compileQuery, countSql, pageSql } from "./sql-query";

/** The store answers every sort and filter the catalogue allows. */
export { STORE_CAPABILITIES };

const INSERT_SQL = `INSERT INTO coupons (${COLUMN_NAMES.join(", ")}) VALUES (${COLUMN_NAMES.map((c) => `@${c}`).join(", ")})`;
const UPDATE_SQL = `UPDATE coupons SET ${COLUMN_NAMES.filter((c) => c !== "id")
  .map((c) => `${c} = @${c}`)
  .join(", ")} WHERE id = @id`;

function isUniqueCodeViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE" && error.message.includes("code_key");
}

function asCouponId(id: unknown): string {
  if (typeof id !== "string" || id.length === 0 || id.length > 200) {
    throw invalidArgument([{ field: "id", description: "A coupon id is a non-empty string." }]);
  }
  return id;
}

function toBulkError(error: unknown): BulkItemResult["error"] {
  if (isCouponError(error)) return { code: error.code, description: error.message, violations: error.violations };
  return { code: "INTERNAL", description: "The coupon could not be saved." };
}

export interface StoreOptions {
  label?: string;
  now?: () => number;
}

export class SqliteCouponStore implements CouponGateway {
  readonly label: string;
  readonly capabilities = STORE_CAPABILITIES;
  readonly catalogue: Catalogue;
  private readonly now: () => number;

  constructor(
    private readonly db: Db,
    options: StoreOptions = {},
  ) {
    this.label = options.label ?? "Local store";
    this.now = options.now ?? Date.now;
    this.catalogue = new Catalogue(db);
  }

  async create(input: unknown): Promise<{ id: string }> {
    return { id: this.createSync(input).id };
  }

  /** Validates and inserts; `meta` lets the seed set usage and creation time. */
  createSync(input: unknown, meta: Partial<Omit<StoredMeta, "displayData">> = {}): Coupon {
    return this.insert(parseSpecification(input), meta);
  }

  /**
   * Reads in a coupon made elsewhere as Wix holds it, without today's create rules (a product
   * coupon with no product, a per-customer limit on bookings): each field still by its own rule,
   * one type, a unique code. For the demo data and tests of such coupons; no API creates one.
   */
  insertAsStored(input: unknown, meta: Partial<Omit<StoredMeta, "displayData">> = {}): Coupon {
    const result = storedSpecificationSchema.safeParse(input, { reportInput: true });
    if (!result.success) throw toCouponError(result.error);
    return this.insert(result.data, meta);
  }

  private insert(spec: CouponSpecification, meta: Partial<Omit<StoredMeta, "displayData">>): Coupon {
    const stored: StoredMeta = {
      id: meta.id ?? randomUUID(),
      dateCreated: meta.dateCreated ?? this.now(),
      numberOfUsages: meta.numberOfUsages ?? 0,
      displayData: this.catalogue.displayDataFor(spec.scope),
      ...(meta.appId ? { appId: meta.appId } : {}),
    };
    this.write(() => this.db.prepare(INSERT_SQL).run(columnsOf(spec, stored)), spec);
    return this.getSync(stored.id);
  }

  async get(id: string): Promise<Coupon> {
    return this.getSync(id);
  }

  getSync(id: string): Coupon {
    const record = this.db.prepare("SELECT * FROM coupons WHERE id = ?").get(asCouponId(id)) as CouponRecord | undefined;
    if (!record) throw notFound(id);
    return couponFromRecord(record, this.now());
  }

  async update(id: string, input: unknown): Promise<void> {
    const couponId = asCouponId(id);
    this.db
      .transaction(() => {
        const current = this.getSync(couponId);
        const next = applyUpdate(writableSpecification(current.specification), input);
        const meta: StoredMeta = {
          id: couponId,
          dateCreated: current.dateCreated,
          numberOfUsages: current.numberOfUsages,
          displayData: this.catalogue.displayDataFor(next.scope),
          ...(current.appId ? { appId: current.appId } : {}),
        };
        this.write(() => this.db.prepare(UPDATE_SQL).run(columnsOf(next, meta)), next);
      })
      .immediate();
  }

  async delete(id: string): Promise<void> {
    this.deleteSync(id);
  }

  /** Deletes in a BEGIN IMMEDIATE transaction, like every write (a savepoint inside bulkDelete's). */
  private deleteSync(id: unknown): void {
    const couponId = asCouponId(id);
    this.db
      .transaction(() => {
        const result = this.db.prepare("DELETE FROM coupons WHERE id = ?").run(couponId);
        if (result.changes === 0) throw notFound(couponId);
      })
      .immediate();
  }

  async query(query: CouponQuery): Promise<QueryResult<Coupon>> {
    const now = this.now();
    const compiled = compileQuery(validateQuery(query), now);
    // Two phases: order and page the row ids first (index-only where an index covers the sort),
    // then read just the page's rows. Sorting thousands of full rows is what made this slow.
    const seqs = this.db
      .prepare(pageSql(compiled))
      .pluck()
      .all({ ...compiled.params, limit: compiled.limit, offset: compiled.offset }) as number[];
    const bySeq = new Map(
      (
        this.db.prepare(`SELECT * FROM coupons WHERE seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(seqs)) as CouponRecord[]
      ).map((r) => [r.seq, r]),
    );
    const records = seqs.map((seq) => bySeq.get(seq)!);
    const { total } = this.db.prepare(countSql(compiled)).get(compiled.params) as { total: number };
    return { items: records.map((r) => couponFromRecord(r, now)), totalResults: total };
  }

  async bulkCreate(specifications: unknown[], options: { returnFullEntity?: boolean } = {}): Promise<BulkResult> {
    checkBulkSize(specifications, "specifications");
    return summarise(
      specifications.map((spec, originalIndex): BulkItemResult => {
        try {
          const coupon = this.createSync(spec);
          return { originalIndex, success: true, id: coupon.id, ...(options.returnFullEntity ? { coupon } : {}) };
        } catch (error) {
          return { originalIndex, success: false, error: toBulkError(error) };
        }
      }),
    );
  }

  /** One BEGIN IMMEDIATE transaction for the batch; an unknown id fails alone and the rest still go. */
  async bulkDelete(ids: string[]): Promise<BulkResult> {
    checkBulkSize(ids, "ids");
    const results = this.db
      .transaction(() =>
        ids.map((id, originalIndex): BulkItemResult => {
          try {
            this.deleteSync(id);
            return { originalIndex, success: true, id };
          } catch (error) {
            return { originalIndex, success: false, id: typeof id === "string" ? id : undefined, error: toBulkError(error) };
          }
        }),
      )
      .immediate();
    return summarise(results);
  }

  /** Records a checkout use, for demos and tests. Only a coupon that is live can be redeemed. */
  recordRedemption(id: string, uses = 1): Coupon {
    return this.db
      .transaction(() => {
        const coupon = this.getSync(id);
        const status = statusOf(coupon, this.now());
        if (status !== "Active") {
          throw new CouponError("FAILED_PRECONDITION", `This coupon can't be redeemed: it is ${status}.`);
        }
        const limit = coupon.specification.usageLimit;
        const next = limit === undefined ? coupon.numberOfUsages + uses : Math.min(limit, coupon.numberOfUsages + uses);
        this.db.prepare("UPDATE coupons SET number_of_usages = ? WHERE id = ?").run(next, id);
        return this.getSync(id);
      })
      .immediate();
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM coupons").get() as { n: number }).n;
  }

  private write(run: () => void, spec: CouponSpecification): void {
    try {
      this.db.transaction(run).immediate();
    } catch (error) {
      if (isUniqueCodeViolation(error)) throw codeTaken(spec.code);
      throw error;
    }
  }
}

function checkBulkSize(items: unknown, field: string): void {
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_BULK) {
    throw invalidArgument([{ field, description: `Send 1 to ${MAX_BULK} items at a time.` }]);
  }
}

function summarise(results: BulkItemResult[]): BulkResult {
  const totalSuccesses = results.filter((r) => r.success).length;
  return { results, totalSuccesses, totalFailures: results.length - totalSuccesses };
}
