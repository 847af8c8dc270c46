// A family's batches on the embedded store and a real app database (SQLite and Postgres): 250 codes in 3 bulk calls; a batch
// whose answer was lost is settled by code on the next run without a second coupon; a generated
// code someone else took is made again; an imported row whose code exists fails with the reason;
// two runs at once (two tabs, or two instances) never send the same code.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import type { CodePattern } from "@/lib/coupons/families/code-pattern";
import { uniqueCodes } from "@/lib/coupons/families/code-pattern";
import { ENGINES, openTestAppDb, type TestAppDb } from "@/lib/testing/app-db-engines";
import { SqliteCouponStore } from "../store/coupon-store";
import { openDatabase } from "../store/database";
import { runBatch } from "./family-run";
import { FamilyStore } from "./family-store";

const TEMPLATE = { name: "Flyer", startTime: 1_700_000_000_000, percentOffRate: 15, scope: { namespace: "stores" }, usageLimit: 1 };
describe.each(ENGINES)("on %s", (engine) => {
  let dir: string;
  let db: TestAppDb;
  let store: SqliteCouponStore;
  let families: FamilyStore;
  let bulkCalls: number;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "family-run-"));
    db = await openTestAppDb(engine);
    store = new SqliteCouponStore(openDatabase(path.join(dir, "coupons.db")));
    families = new FamilyStore(db.sql, "store");
    bulkCalls = 0;
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The store, counting bulk creates; `loseAnswers` makes them do the work and then fail to answer. */
  function gateway(options: { loseAnswers?: number } = {}): CouponGateway {
    let lose = options.loseAnswers ?? 0;
    return new Proxy(store, {
      get(target, key, receiver) {
        if (key !== "bulkCreate") return Reflect.get(target, key, receiver);
        return async (...args: Parameters<CouponGateway["bulkCreate"]>) => {
          bulkCalls++;
          const result = await target.bulkCreate(...args);
          if (lose-- > 0) throw new Error("the connection dropped");
          return result;
        };
      },
    });
  }

  function generated(count: number, prefix = "FLY-") {
    const pattern: CodePattern = { count, prefix, length: 6, alphabet: "mixed" };
    return families.create({
      kind: "generated",
      name: "Flyers",
      prefix,
      pattern,
      template: TEMPLATE as never,
      codes: uniqueCodes(pattern, count).map((code) => ({ code })),
      createdBy: "m@x",
    });
  }

  async function runAll(family: Awaited<ReturnType<typeof generated>>, through = gateway()) {
    for (let i = 0; i < 20 && (await families.progress(family.id)).pending > 0; i++) await runBatch(families, through, family);
  }

  describe("a family's batches", () => {
    it("create 250 codes in 3 bulk calls, each code once", async () => {
      const family = await generated(250);
      await runAll(family);
      expect(bulkCalls).toBe(3);
      expect(await families.progress(family.id)).toEqual({ total: 250, created: 250, failed: 0, pending: 0 });
      expect(store.count()).toBe(250);
    });

    it("after an answer that never came, settle those codes by code: no coupon twice", async () => {
      const family = await generated(150);
      await expect(runBatch(families, gateway({ loseAnswers: 1 }), family)).rejects.toThrow("dropped");
      // The first 100 exist at the store, but the family doesn't know yet: they are pending again.
      expect((await families.progress(family.id)).pending).toBe(150);
      await runAll(family);
      expect(await families.progress(family.id)).toMatchObject({ created: 150, failed: 0 });
      expect(store.count()).toBe(150);
      expect(new Set((await families.codes(family.id)).map((c) => c.couponId)).size).toBe(150);
    });

    it("make a new code for one someone else took meanwhile", async () => {
      const family = await generated(3);
      const [first] = await families.codes(family.id);
      store.createSync({ ...TEMPLATE, name: "Someone else's", code: first!.code.toLowerCase(), percentOffRate: 50 });
      const report = await runBatch(families, gateway(), family);
      expect(report).toMatchObject({ remade: 1, failed: [] });
      await runAll(family);
      const after = await families.codes(family.id);
      expect(after[0]!.code).not.toBe(first!.code);
      expect(after[0]!.code).toMatch(/^FLY-/);
      expect(await families.progress(family.id)).toMatchObject({ created: 3, failed: 0 });
    });

    it("fail an imported row whose code exists, with the reason, and create the rest", async () => {
      store.createSync({ ...TEMPLATE, code: "TAKEN1", percentOffRate: 50 });
      const rows = ["TAKEN1", "FRESH1", "FRESH2"].map((code) => ({ code, specification: { ...TEMPLATE, code } as never }));
      const family = await families.create({
        kind: "imported",
        name: "Imported",
        prefix: null,
        pattern: null,
        template: null,
        codes: rows,
        createdBy: "m@x",
      });
      const report = await runBatch(families, gateway(), family);
      expect(report.failed).toEqual([{ code: "TAKEN1", problem: "This code is already in use. Codes are unique regardless of case." }]);
      expect(await families.progress(family.id)).toEqual({ total: 3, created: 2, failed: 1, pending: 0 });
    });

    it("two runs at once (two tabs) share the codes out; none is sent twice", async () => {
      const family = await generated(200);
      // The second run is another instance: its own connection to the same database.
      const elsewhere = new FamilyStore(db.another(), "store");
      const [a, b] = await Promise.all([runBatch(families, gateway(), family), runBatch(elsewhere, gateway(), family)]);
      expect(a.created.length + b.created.length).toBe(200);
      expect(store.count()).toBe(200);
    });

    it("reserve a prefix: one that starts another family's, or is started by it, clashes", async () => {
      await generated(1, "SPRING-");
      expect((await families.prefixClash("spring-"))?.prefix).toBe("SPRING-");
      expect((await families.prefixClash("SPRING-VIP"))?.prefix).toBe("SPRING-");
      expect((await families.prefixClash("SPR"))?.prefix).toBe("SPRING-");
      expect(await families.prefixClash("SUMMER-")).toBeUndefined();
    });
  });
});
