// The demo store's made-up history: what a newcomer sees at once. Every live coupon's history ends
// at its real count and never goes down, the demo shows one leak and one coupon running out, and a
// second start adds nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Coupon } from "@/lib/coupons/domain/model";
import { usageAlert } from "@/lib/coupons/usage/alerts";
import { DAY_MS } from "@/lib/coupons/usage/readings";
import { openSqliteAppDb } from "../app-data/app-db";
import { SqliteCouponStore } from "../store/coupon-store";
import { openDatabase } from "../store/database";
import { seedDemoData } from "../store/seed";
import { seedDemoUsage } from "./demo-usage";
import { livePages } from "./snapshot-round";
import { UsageReadings } from "./usage-readings";

const dir = mkdtempSync(path.join(tmpdir(), "demo-usage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SLOT = 15 * 60_000;

describe("the demo store's usage history", async () => {
  const db = openDatabase(path.join(dir, "coupons.db"));
  const store = new SqliteCouponStore(db);
  seedDemoData(db, store);
  const readings = new UsageReadings(openSqliteAppDb(path.join(dir, "app.db")), "store");
  const now = Date.now();
  const filled = await seedDemoUsage(store, readings, SLOT, now);
  const live: Coupon[] = [];
  for await (const page of livePages(store)) live.push(...page);
  const histories = await readings.history(
    live.map((c) => c.id),
    now - 15 * DAY_MS,
  );

  it("fills every live coupon, ending at its count, never going down", () => {
    expect(filled).toBeGreaterThan(100);
    for (const coupon of live) {
      const history = histories.get(coupon.id)!.readings;
      expect(history.at(-1)!.uses).toBe(coupon.numberOfUsages);
      expect(history.every((r, i) => i === 0 || r.uses > history[i - 1]!.uses)).toBe(true);
      // One slot before now, so the first real round finds nothing changed.
      expect(history.at(-1)!.at).toBeLessThan(now);
    }
  });

  it("shows a newcomer one leaked code and at least one coupon running out", () => {
    const alerts = live.map((c) =>
      usageAlert({ readings: histories.get(c.id)!.readings, uses: c.numberOfUsages, usageLimit: c.specification.usageLimit ?? null, now }),
    );
    expect(alerts.filter((a) => a?.kind === "leak")).toHaveLength(1);
    expect(alerts.filter((a) => a?.kind === "limit-soon").length).toBeGreaterThanOrEqual(1);
  });

  it("is added once: a second start finds history and adds nothing", async () => {
    expect(await seedDemoUsage(store, readings, SLOT, now)).toBe(0);
  });
});
