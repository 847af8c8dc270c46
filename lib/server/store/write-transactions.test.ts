// Every write the store makes to the coupons table runs inside BEGIN IMMEDIATE, so a writer takes
// the lock before it reads and parallel writers queue on the busy timeout instead of failing or
// deciding on a stale read. Checked on the SQL the connection actually runs (better-sqlite3's
// `verbose` hook logs every statement, BEGIN/COMMIT included).
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SqliteCouponStore } from "./coupon-store";
import { demoCatalogue } from "./demo-catalogue";
import { migrate } from "./migrations";

function loggedStore() {
  const log: string[] = [];
  const db = new Database(":memory:", { verbose: (sql) => log.push(String(sql).trim()) });
  migrate(db);
  const store = new SqliteCouponStore(db);
  store.catalogue.upsert(demoCatalogue());
  return { store, log, mark: () => log.splice(0) };
}

/** The coupon writes in `log`, each with whether it ran inside a BEGIN IMMEDIATE transaction. */
function writes(log: string[]): { sql: string; immediate: boolean }[] {
  let immediate = false;
  const found: { sql: string; immediate: boolean }[] = [];
  for (const sql of log) {
    if (/^BEGIN IMMEDIATE/i.test(sql)) immediate = true;
    else if (/^BEGIN/i.test(sql)) immediate = false;
    else if (/^(COMMIT|END|ROLLBACK)\b(?! TO)/i.test(sql)) immediate = false;
    else if (/^(INSERT|UPDATE|DELETE)\b/i.test(sql) && /\bcoupons\b/.test(sql)) found.push({ sql: sql.split(/\s+/)[0]!, immediate });
  }
  return found;
}

const spec = (code: string) => ({ name: code, code, percentOffRate: 10, scope: { namespace: "stores" }, startTime: Date.UTC(2026, 0, 1) });

describe("store writes run in BEGIN IMMEDIATE", () => {
  it("delete", async () => {
    const { store, log, mark } = loggedStore();
    const { id } = await store.create(spec("DEL1"));
    mark();
    await store.delete(id);
    expect(writes(log)).toEqual([{ sql: "DELETE", immediate: true }]);
    expect(log[0]).toBe("BEGIN IMMEDIATE");
    expect(log.at(-1)).toBe("COMMIT");
    expect(store.count()).toBe(0);
  });

  it("delete of an unknown id is NOT_FOUND and leaves no transaction open", async () => {
    const { store, log, mark } = loggedStore();
    await store.create(spec("DEL2"));
    mark();
    await expect(store.delete("missing")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(log[0]).toBe("BEGIN IMMEDIATE");
    expect(writes(log).every((w) => w.immediate)).toBe(true);
    expect(store.count()).toBe(1);
    await store.create(spec("DEL3")); // the connection is usable: no transaction left open
    expect(store.count()).toBe(2);
  });

  it("bulkDelete: one BEGIN IMMEDIATE transaction for the batch, unknown ids reported alone", async () => {
    const { store, log, mark } = loggedStore();
    const a = await store.create(spec("BULK1"));
    const b = await store.create(spec("BULK2"));
    const keep = await store.create(spec("BULK3"));
    mark();
    const result = await store.bulkDelete([a.id, "missing", b.id]);
    expect(result.totalSuccesses).toBe(2);
    expect(result.results.map((r) => [r.originalIndex, r.success, r.error?.code])).toEqual([
      [0, true, undefined],
      [1, false, "NOT_FOUND"],
      [2, true, undefined],
    ]);
    expect(log.filter((sql) => /^BEGIN/i.test(sql))).toEqual(["BEGIN IMMEDIATE"]);
    expect(writes(log)).toEqual(Array(3).fill({ sql: "DELETE", immediate: true }));
    expect((await store.get(keep.id)).id).toBe(keep.id);
    expect(store.count()).toBe(1);
  });

  it("create, update and redemption too, like delete", async () => {
    const { store, log, mark } = loggedStore();
    mark();
    const { id } = await store.create(spec("WRITE1"));
    await store.update(id, { name: "Renamed" });
    store.recordRedemption(id, 2);
    await store.bulkCreate([spec("WRITE2"), spec("WRITE1")]);
    const all = writes(log);
    expect(all.map((w) => w.sql)).toEqual(["INSERT", "UPDATE", "UPDATE", "INSERT", "INSERT"]);
    expect(all.every((w) => w.immediate)).toBe(true);
  });
});
