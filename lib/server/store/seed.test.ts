// The demo seed: idempotent, seeds a new store once, and its 250 generated coupons are valid and
// show every combination the rules allow; the made-elsewhere shapes come on top, once. Expected combinations come from the scope matrix and the coupon
// type rules (and the schema itself), never from a hand-written list.
import { beforeAll, describe, expect, it } from "vitest";
import { COUPON_TYPES, TYPE_FIELDS, TYPE_RULES, typeAllowsNamespace, type CouponType } from "@/lib/coupons/domain/coupon-types";
import type { Coupon } from "@/lib/coupons/domain/model";
import { parseQuery } from "@/lib/coupons/query/query";
import { SCOPE_RULES, type EntityRule } from "@/lib/coupons/domain/scope-matrix";
import { couponSpecificationSchema } from "@/lib/coupons/domain/specification";
import { STATUSES, statusOf } from "@/lib/coupons/domain/status";
import { SqliteCouponStore } from "./coupon-store";
import { openDatabase, type Db } from "./database";
import { demoCoupon } from "./demo-coupons";
import { MADE_ELSEWHERE } from "./made-elsewhere";
import { DEMO_COUPON_COUNT, DEMO_TOTAL, seedDemoData, seedOnFirstStart } from "./seed";

const ELSEWHERE_CODES = new Set(MADE_ELSEWHERE.map((c) => String(c.specification.code)));

function fresh(): { db: Db; store: SqliteCouponStore } {
  const db = openDatabase(":memory:");
  return { db, store: new SqliteCouponStore(db) };
}

async function everything(store: SqliteCouponStore): Promise<Coupon[]> {
  const items: Coupon[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.query(parseQuery({ sort: [{ code: "asc" }], paging: { limit: 100, offset } }));
    items.push(...page.items);
    if (page.items.length < 100) return items;
  }
}

const epochOf = (db: Db) => Number((db.prepare("SELECT value FROM meta WHERE key = 'demo_epoch'").get() as { value: string }).value);

describe("seedDemoData", () => {
  it("seeds the demo set, and a second run adds nothing", async () => {
    const { db, store } = fresh();
    expect(seedDemoData(db, store)).toEqual({ added: DEMO_TOTAL, total: DEMO_TOTAL });
    const first = await everything(store);
    expect(seedDemoData(db, store)).toEqual({ added: 0, total: DEMO_TOTAL });
    expect(await everything(store)).toEqual(first);
  });

  it("tops up to a larger count with the same coupons, relative to the first seeding's time", async () => {
    const { db, store } = fresh();
    seedDemoData(db, store, 10);
    const epoch = epochOf(db);
    expect(seedDemoData(db, store, 15)).toEqual({ added: 5, total: 15 + MADE_ELSEWHERE.length });
    expect(epochOf(db)).toBe(epoch);
    const codes = (await everything(store)).map((c) => c.specification.code).sort();
    const expected = [...Array.from({ length: 15 }, (_, i) => String(demoCoupon(i, epoch).specification.code)), ...ELSEWHERE_CODES].sort();
    expect(codes).toEqual(expected);
  });

  it("doesn't bring back a demo coupon someone deleted", async () => {
    const { db, store } = fresh();
    seedDemoData(db, store, 5);
    const [first, ...rest] = await everything(store);
    await store.delete(first!.id);
    const elsewhere = rest.find((c) => ELSEWHERE_CODES.has(c.specification.code))!;
    await store.delete(elsewhere.id);
    expect(seedDemoData(db, store, 5)).toEqual({ added: 0, total: 5 + MADE_ELSEWHERE.length - 2 });
  });
});

describe("seedOnFirstStart", () => {
  it("seeds an empty store on its first start only", () => {
    const { db, store } = fresh();
    expect(seedOnFirstStart(db, store)).toEqual({ added: DEMO_TOTAL, total: DEMO_TOTAL });
    expect(seedOnFirstStart(db, store)).toBeNull();
    expect(store.count()).toBe(DEMO_TOTAL);
  });

  it("doesn't reseed once every coupon is deleted", async () => {
    const { db, store } = fresh();
    seedOnFirstStart(db, store);
    const ids = (await everything(store)).map((c) => c.id);
    for (let i = 0; i < ids.length; i += 100) await store.bulkDelete(ids.slice(i, i + 100));
    expect(store.count()).toBe(0);
    expect(seedOnFirstStart(db, store)).toBeNull();
    expect(store.count()).toBe(0);
  });

  it("leaves a store that already holds coupons alone, and doesn't seed it later either", async () => {
    const { db, store } = fresh();
    await store.create({ name: "Mine", code: "MINE10", percentOffRate: 10, scope: { namespace: "stores" }, startTime: Date.now() });
    expect(seedOnFirstStart(db, store)).toBeNull();
    await store.bulkDelete((await everything(store)).map((c) => c.id));
    expect(seedOnFirstStart(db, store)).toBeNull();
    expect(store.count()).toBe(0);
  });
});

/** A type's value, for probing the schema. */
const TYPE_VALUES: Record<CouponType, unknown> = {
  MoneyOff: 5,
  PercentOff: 10,
  FixedPrice: 9.99,
  FreeShipping: true,
  BuyXGetY: { x: 1, y: 1 },
};

/** The variants of a scope rule's entityId: with one, without one, or either. */
const entityVariants = (rule: EntityRule): boolean[] => ({ required: [true], forbidden: [false], optional: [true, false] })[rule];

const comboKey = (type: string, namespace: string, group: string | null, withEntity: boolean) =>
  `${type} · ${namespace}/${group ?? "(whole namespace)"}${withEntity ? " + entityId" : ""}`;

describe(`the ${DEMO_COUPON_COUNT} generated demo coupons`, () => {
  let coupons: Coupon[];
  let now: number;

  beforeAll(async () => {
    const { db, store } = fresh();
    seedDemoData(db, store);
    now = epochOf(db);
    coupons = (await everything(store)).filter((c) => !ELSEWHERE_CODES.has(c.specification.code));
  });

  it(`are all there`, () => {
    expect(coupons).toHaveLength(DEMO_COUPON_COUNT);
  });

  it("all pass the specification schema", () => {
    for (let i = 0; i < DEMO_COUPON_COUNT; i++) {
      const { specification } = demoCoupon(i, now);
      const result = couponSpecificationSchema.safeParse(specification);
      expect(result.error?.issues ?? [], `demo coupon ${i} (${String(specification.code)})`).toEqual([]);
    }
    // As stored (with the read-only type), they parse too.
    for (const coupon of coupons) expect(couponSpecificationSchema.safeParse(coupon.specification).success).toBe(true);
  });

  it("have unique codes, ignoring case", () => {
    const keys = coupons.map((c) => c.specification.code.toLowerCase());
    expect(new Set(keys).size).toBe(DEMO_COUPON_COUNT);
  });

  it("keep unique codes at the 100,000 the benchmark seeds", () => {
    const keys = new Set<string>();
    for (let i = 0; i < 100_000; i++) keys.add(String(demoCoupon(i, now).specification.code).toLowerCase());
    expect(keys.size).toBe(100_000);
  });

  it("cover every coupon type × every valid scope of the scope matrix, for the types that allow scope", () => {
    const expected = COUPON_TYPES.filter((type) => TYPE_RULES[type].allowsScope).flatMap((type) =>
      SCOPE_RULES.filter((rule) => typeAllowsNamespace(type, rule.namespace)).flatMap((rule) =>
        entityVariants(rule.entityId).map((withEntity) => comboKey(type, rule.namespace, rule.group, withEntity)),
      ),
    );
    expect(expected.length).toBeGreaterThan(COUPON_TYPES.length);
    const seen = new Set(
      coupons.flatMap(({ specification: s }) =>
        s.scope ? [comboKey(s.type, s.scope.namespace, s.scope.group?.name ?? null, Boolean(s.scope.group?.entityId))] : [],
      ),
    );
    expect([...new Set(expected)].filter((combo) => !seen.has(combo))).toEqual([]);
    // And nothing outside the matrix.
    expect([...seen].filter((combo) => !expected.includes(combo))).toEqual([]);
  });

  it("include a minimum-subtotal coupon of every type that allows one", () => {
    // Which types allow a minimum subtotal is the schema's call: probe it with each type.
    const allows = COUPON_TYPES.filter(
      (type) =>
        couponSpecificationSchema.safeParse({
          name: "Probe",
          code: "PROBE",
          startTime: now,
          minimumSubtotal: 50,
          [TYPE_FIELDS[type]]: TYPE_VALUES[type],
        }).success,
    );
    // The rule behind it: no scope at all, or scope in any namespace (so none is required).
    expect(allows).toEqual(COUPON_TYPES.filter((type) => !TYPE_RULES[type].allowsScope || TYPE_RULES[type].namespaces === null));
    expect(allows.length).toBeGreaterThan(0);
    const withSubtotal = new Set(coupons.filter((c) => c.specification.minimumSubtotal !== undefined).map((c) => c.specification.type));
    expect([...withSubtotal].sort()).toEqual([...allows].sort());
  });

  it("show all five statuses at seeding time", () => {
    const seen = new Set(coupons.map((c) => statusOf(c, now)));
    expect([...seen].sort()).toEqual([...STATUSES].sort());
    expect(STATUSES).toHaveLength(5);
  });
});

describe("the made-elsewhere demo coupons", () => {
  let coupons: Coupon[];

  beforeAll(async () => {
    const { db, store } = fresh();
    seedDemoData(db, store);
    coupons = (await everything(store)).filter((c) => ELSEWHERE_CODES.has(c.specification.code));
  });

  it("are there once each, with codes no generated coupon uses, ignoring case", () => {
    expect(coupons.map((c) => c.specification.code).sort()).toEqual([...ELSEWHERE_CODES].sort());
    const generated = new Set(Array.from({ length: 100_000 }, (_, i) => String(demoCoupon(i, 0).specification.code).toLowerCase()));
    expect([...ELSEWHERE_CODES].filter((code) => generated.has(code.toLowerCase()))).toEqual([]);
  });

  it("hold the shapes the form wouldn't make: subscriptions outside plans, once per order on Buy X Get Y, and two Wix refuses to create today", () => {
    const byCode = new Map(coupons.map((c) => [c.specification.code, c.specification]));
    expect(byCode.get("SUBSAVE15")).toMatchObject({ appliesToSubscriptions: true, scope: { namespace: "stores" } });
    expect(byCode.get("SHIPSUBS")).toMatchObject({ appliesToSubscriptions: true, freeShipping: true });
    expect(byCode.get("BIG100SUB")).toMatchObject({ appliesToSubscriptions: true, minimumSubtotal: 100 });
    expect(byCode.get("B2G1ONCE")).toMatchObject({ limitedToOneItem: true, type: "BuyXGetY" });
    // The legacy two break exactly the rule they were made before.
    const refusals = (code: string) => couponSpecificationSchema.safeParse(byCode.get(code)).error?.issues.map((i) => i.path.join("."));
    expect(refusals("YOGA1ST")).toEqual(["limitPerCustomer"]);
    expect(refusals("OLDALL10")).toEqual(["scope.group.entityId"]);
    for (const code of ["SUBSAVE15", "SHIPSUBS", "BIG100SUB", "B2G1ONCE"]) expect(refusals(code), code).toBeUndefined();
  });
});
