// The store's status filter is SQL (sql-query.ts STATUS_SQL); the badge is statusOf (status.ts).
// They must never disagree, or "Show me the used-up coupons" would list coupons badged otherwise.
import { beforeAll, describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/coupons/query/query";
import { STATUSES, statusOf, type CouponStatus } from "@/lib/coupons/domain/status";
import type { Coupon } from "@/lib/coupons/domain/model";
import { DEMO_COUPON_COUNT } from "./seed";
import { demoCoupon } from "./demo-coupons";
import { memoryStore } from "@/lib/testing/store-harness";
import type { SqliteCouponStore } from "./coupon-store";

const DAY = 86_400_000;
const SEEDED_AT = 1_714_521_600_000; // 2024-05-01T00:00:00Z

async function all(store: SqliteCouponStore, filter?: unknown): Promise<Coupon[]> {
  const items: Coupon[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.query(parseQuery({ filter, sort: [{ code: "asc" }], paging: { limit: 100, offset } }));
    items.push(...page.items);
    if (page.items.length < 100) return items;
  }
}

const ids = (coupons: Coupon[]) => coupons.map((c) => c.id).sort();

describe("status filter in SQL agrees with statusOf", () => {
  let now = SEEDED_AT;
  const store = memoryStore({ now: () => now });

  beforeAll(() => {
    for (let i = 0; i < DEMO_COUPON_COUNT; i++) {
      const demo = demoCoupon(i, SEEDED_AT);
      store.createSync(demo.specification, { numberOfUsages: demo.numberOfUsages, dateCreated: demo.dateCreated });
    }
    // Boundaries: ends exactly now, starts exactly now, used exactly up to the limit, switched off
    // and used up (Used up wins), switched off and scheduled (Inactive wins).
    const edge = (code: string, spec: Record<string, unknown>, uses = 0) =>
      store.createSync({ name: code, code, percentOffRate: 10, scope: { namespace: "stores" }, ...spec }, { numberOfUsages: uses });
    edge("EDGEEXP", { startTime: SEEDED_AT - DAY, expirationTime: SEEDED_AT });
    edge("EDGESTART", { startTime: SEEDED_AT });
    edge("EDGELIMIT", { startTime: SEEDED_AT - DAY, usageLimit: 10 }, 10);
    edge("EDGEOFFUSED", { startTime: SEEDED_AT - DAY, usageLimit: 3, active: false }, 3);
    edge("EDGEOFFLATER", { startTime: SEEDED_AT + DAY, active: false });
    edge("EDGEOLDUSED", { startTime: SEEDED_AT - 3 * DAY, expirationTime: SEEDED_AT - DAY, usageLimit: 1 }, 1);
  });

  // The demo set is relative to its seeding time; later "now"s move coupons from Scheduled to
  // Active and from Active to Expired, so the boundaries move through the data too.
  describe.each([
    ["at seeding time", 0],
    ["a day later", DAY],
    ["two weeks later", 14 * DAY],
    ["half a year later", 180 * DAY],
  ])("%s", (_label, offset) => {
    it.each(STATUSES)("status $eq %s lists exactly the coupons statusOf calls that", async (status) => {
      now = SEEDED_AT + offset;
      const everything = await all(store);
      const expected = everything.filter((c) => statusOf(c, now) === status);
      expect(ids(await all(store, { status }))).toEqual(ids(expected));
    });

    it("every coupon has exactly one status, and $hasSome is the union", async () => {
      now = SEEDED_AT + offset;
      const everything = await all(store);
      const byStatus = new Map<CouponStatus, Coupon[]>();
      for (const status of STATUSES) byStatus.set(status, await all(store, { status: { $eq: status } }));
      expect([...byStatus.values()].reduce((n, list) => n + list.length, 0)).toBe(everything.length);
      const pair: CouponStatus[] = ["Expired", "UsedUp"];
      expect(ids(await all(store, { status: { $hasSome: pair } }))).toEqual(ids([...byStatus.get("Expired")!, ...byStatus.get("UsedUp")!]));
    });
  });

  it("the demo data shows every status at seeding time", async () => {
    now = SEEDED_AT;
    const seen = new Set((await all(store)).map((c) => statusOf(c, now)));
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });

  it("combines with other filters and with paging", async () => {
    now = SEEDED_AT;
    const page = await store.query(parseQuery({ filter: { status: "Active", type: "PercentOff" }, paging: { limit: 5 } }));
    expect(page.items).toHaveLength(5);
    for (const coupon of page.items) {
      expect(statusOf(coupon, now)).toBe("Active");
      expect(coupon.specification.type).toBe("PercentOff");
    }
    const everything = await all(store);
    expect(page.totalResults).toBe(everything.filter((c) => statusOf(c, now) === "Active" && c.specification.type === "PercentOff").length);
  });
});
