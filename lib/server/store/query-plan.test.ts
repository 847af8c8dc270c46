// SQLite's plan for the store's page query (sql-query.ts pageSql): every sort the catalogue
// offers, in both directions and with the store's newest-first tiebreaker, reads an index in
// order instead of sorting the table, on an empty store and on one with statistics (ANALYZE).
import { beforeAll, describe, expect, it } from "vitest";
import { SORTABLE_FIELDS } from "@/lib/coupons/domain/fields";
import { parseQuery, type RawQuery } from "@/lib/coupons/query/query";
import { SqliteCouponStore } from "./coupon-store";
import { openDatabase, type Db } from "./database";
import { seedDemoData } from "./seed";
import { compileQuery, pageSql } from "./sql-query";

function planOf(db: Db, raw: RawQuery): string {
  const compiled = compileQuery(parseQuery(raw), Date.now());
  const rows = db
    .prepare(`EXPLAIN QUERY PLAN ${pageSql(compiled)}`)
    .all({ ...compiled.params, limit: compiled.limit, offset: compiled.offset }) as { detail: string }[];
  return rows.map((r) => r.detail).join("\n");
}

const sorts = SORTABLE_FIELDS.flatMap((field) => (["asc", "desc"] as const).map((order) => [field.id, order] as const));

describe.each([
  ["an empty store", 0],
  ["a store of 3,000 demo coupons after ANALYZE", 3_000],
])("query plans on %s", (_label, coupons) => {
  let db: Db;
  beforeAll(() => {
    db = openDatabase(":memory:");
    if (coupons > 0) {
      seedDemoData(db, new SqliteCouponStore(db), coupons);
      db.exec("ANALYZE");
    }
  });

  it("covers every sortable field of the catalogue", () => {
    expect(sorts.length).toBe(SORTABLE_FIELDS.length * 2);
    expect(SORTABLE_FIELDS.length).toBeGreaterThan(0);
  });

  it.each(sorts)("sort by %s %s, default page: walks an index, no temp B-tree", (field, order) => {
    const plan = planOf(db, { sort: [{ [field]: order }] });
    expect(plan).toMatch(/^SCAN coupons USING (COVERING )?INDEX \S+$/);
    expect(plan).not.toContain("TEMP B-TREE");
  });

  it("the default order (newest first) walks an index", () => {
    const plan = planOf(db, {});
    expect(plan).toMatch(/^SCAN coupons USING (COVERING )?INDEX \S+$/);
    expect(plan).not.toContain("TEMP B-TREE");
  });

  // The prefix is a range on the lower-cased code, so the matches come out in code order and must
  // be sorted newest first: only the matches, never the whole table. coupons_code_created also
  // holds date_created, so that sort reads no table rows. With statistics (STAT4 samples differ per
  // index) SQLite sometimes prefers the narrower UNIQUE code_key index, which reads each match's
  // row; at 100,000 coupons that costs a few ms on a prefix matching thousands, so either is fine.
  it("code-prefix search seeks a range of a code index and sorts only the matches", () => {
    const plan = planOf(db, { filter: { code: { $startsWith: "Summer" } } });
    if (coupons === 0) {
      expect(plan).toContain("SEARCH coupons USING COVERING INDEX coupons_code_created (code_key>? AND code_key<?)");
    }
    expect(plan).toMatch(
      /^SEARCH coupons USING (COVERING )?INDEX (coupons_code_created|sqlite_autoindex_coupons_2) \(code_key>\? AND code_key<\?\)/,
    );
    expect(plan).not.toMatch(/SCAN coupons/);
  });

  it("type + namespace sorted by uses reads one index in order", () => {
    const plan = planOf(db, { filter: { type: "PercentOff", "scope.namespace": "stores" }, sort: [{ numberOfUsages: "desc" }] });
    expect(plan).toContain("coupons_type_namespace_usages");
    expect(plan).not.toContain("TEMP B-TREE");
  });
});
