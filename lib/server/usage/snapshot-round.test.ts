// The snapshot round on the embedded store and a real app database (SQLite and Postgres): a restart halfway through loses
// no reading and records none twice, two instances never both record a slot, and only changes are kept.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import { parseQuery } from "@/lib/coupons/query/query";
import { usesAt } from "@/lib/coupons/usage/readings";
import { ENGINES, openTestAppDb, type TestAppDb } from "@/lib/testing/app-db-engines";
import { SqliteCouponStore } from "../store/coupon-store";
import { openDatabase } from "../store/database";
import { ROUND_LEASE_MS, runSnapshotRound } from "./snapshot-round";
import { UsageReadings } from "./usage-readings";
import { UsageRounds } from "./usage-rounds";

const SLOT = 1_767_000_000_000 - (1_767_000_000_000 % 900_000);
const LIVE = 250;

describe.each(ENGINES)("on %s", (engine) => {
  let dir: string;
  let db: TestAppDb;
  let store: SqliteCouponStore;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "usage-round-"));
    db = await openTestAppDb(engine);
    store = new SqliteCouponStore(openDatabase(path.join(dir, "coupons.db")));
    for (let i = 0; i < LIVE + 20; i++) {
      const coupon = store.createSync({
        code: `ROUND${i}`,
        name: `Round ${i}`,
        startTime: 1_700_000_000_000,
        moneyOffAmount: 5,
        scope: { namespace: "stores" },
        usageLimit: 1_000,
      });
      if (i % 7) store.recordRedemption(coupon.id, i % 7);
      // The last 20 are switched off: a round reads live coupons only.
      if (i >= LIVE) await store.update(coupon.id, { active: false });
    }
  });

  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The store, but its query throws after `pages` pages: the process died halfway through a round. */
  function dyingAfter(pages: number): CouponGateway {
    let served = 0;
    return new Proxy(store, {
      get(target, key, receiver) {
        if (key !== "query") return Reflect.get(target, key, receiver);
        return async (...args: Parameters<CouponGateway["query"]>) => {
          if (served++ >= pages) throw new Error("the process stopped");
          return target.query(...args);
        };
      },
    });
  }

  const rowCount = async (slot?: number) =>
    (await db.sql.get<{ n: number }>(
      `SELECT count(*) AS n FROM usage_readings${slot === undefined ? "" : " WHERE slot = ?"}`,
      slot === undefined ? [] : [slot],
    ))!.n;

  describe("a snapshot round", () => {
    it("records every live coupon once, and a restart halfway through loses none and repeats none", async () => {
      const readings = new UsageReadings(db.sql, "store");
      const rounds = new UsageRounds(db.sql, "store");
      let t = SLOT + 1_000;
      await expect(
        runSnapshotRound(SLOT, { gateway: dyingAfter(2), readings, rounds, owner: "before-restart", now: () => t }),
      ).rejects.toThrow("stopped");
      expect(await rowCount(SLOT)).toBe(200);

      // A customer uses a coupon the first run already read, and one it hadn't reached.
      const live = (
        await store.query({ ...parseQuery({ filter: { active: { $eq: true } }, sort: [{ _dateCreated: "asc" }] }), limit: 100, offset: 0 })
      ).items;
      const usedBefore = live[0]!.numberOfUsages;
      store.recordRedemption(live[0]!.id, 3);

      // The restarted process is a new owner: it waits for the old lease, then finishes the slot.
      const afterRestart = { gateway: store, readings, rounds, owner: "after-restart", now: () => t };
      expect(await runSnapshotRound(SLOT, afterRestart)).toBeNull();
      t += ROUND_LEASE_MS + 1;
      const outcome = await runSnapshotRound(SLOT, afterRestart);
      expect(outcome).toMatchObject({ slot: SLOT, coupons: LIVE, resumed: true, recorded: 50 });
      expect(await rowCount(SLOT)).toBe(LIVE);
      expect(
        await db.sql.get(
          "SELECT count(*) AS n FROM (SELECT coupon_id FROM usage_readings GROUP BY site, coupon_id, slot HAVING count(*) > 1) AS twice",
        ),
      ).toEqual({ n: 0 });
      // The first run's reading of the coupon stands for this slot; its new use belongs to the next one.
      expect(usesAt((await readings.history([live[0]!.id], SLOT)).get(live[0]!.id)!.readings, SLOT)).toBe(usedBefore);

      // Finished: nobody records the slot again.
      expect(await runSnapshotRound(SLOT, { ...afterRestart, owner: "third" })).toBeNull();
      expect(await rounds.round(SLOT)).toMatchObject({ owner: "after-restart", coupons: LIVE });

      // The next slot keeps only what changed: the coupon used since.
      const next = await runSnapshotRound(SLOT + 900_000, { ...afterRestart, owner: "next" });
      expect(next).toMatchObject({ coupons: LIVE, recorded: 1 });
      expect(usesAt((await readings.history([live[0]!.id], SLOT)).get(live[0]!.id)!.readings, SLOT + 900_000)).toBe(usedBefore + 3);
    });

    it("two instances starting one slot at once: one records it, the other stands aside", async () => {
      const mine = {
        gateway: store,
        readings: new UsageReadings(db.sql, "store"),
        rounds: new UsageRounds(db.sql, "store"),
        now: () => SLOT,
      };
      const other = db.another();
      const theirs = {
        gateway: store,
        readings: new UsageReadings(other, "store"),
        rounds: new UsageRounds(other, "store"),
        now: () => SLOT,
      };
      const [a, b] = await Promise.all([
        runSnapshotRound(SLOT, { ...mine, owner: "a" }),
        runSnapshotRound(SLOT, { ...theirs, owner: "b" }),
      ]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
      expect(await rowCount(SLOT)).toBe(LIVE);
    });

    it("keeps one site's records apart from another's", async () => {
      await runSnapshotRound(SLOT, {
        gateway: store,
        readings: new UsageReadings(db.sql, "store"),
        rounds: new UsageRounds(db.sql, "store"),
        owner: "a",
      });
      const wix = await runSnapshotRound(SLOT, {
        gateway: store,
        readings: new UsageReadings(db.sql, "wix:site-1"),
        rounds: new UsageRounds(db.sql, "wix:site-1"),
        owner: "a",
      });
      expect(wix).toMatchObject({ recorded: LIVE });
      expect(await rowCount()).toBe(2 * LIVE);
    });
  });
});
