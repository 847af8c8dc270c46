import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/coupons/query/query";
import { SqliteCouponStore } from "./coupon-store";
import { openSqlite } from "./database";
import { migrate, SCHEMA_VERSION } from "./migrations";
import { compileQuery } from "./sql-query";

const indexNames = (db: ReturnType<typeof openSqlite>) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'coupons'").all() as { name: string }[]).map(
    (r) => r.name,
  );

/** Undoes version 5 (prices as numbers, plans' cycles), for tests that roll back to 4 or further. */
function dropCataloguePrices(db: ReturnType<typeof openSqlite>): void {
  for (const column of ["price_amount", "currency", "billing_every", "billing_unit", "billing_cycles"])
    db.exec(`ALTER TABLE catalogue_items DROP COLUMN ${column}`);
}

/** Undoes versions 5 and 4 (the catalogue's extra columns), for tests that roll back further. */
function dropCatalogueDetails(db: ReturnType<typeof openSqlite>): void {
  dropCataloguePrices(db);
  for (const column of ["duration_minutes", "starts_at", "ends_at", "hidden"]) db.exec(`ALTER TABLE catalogue_items DROP COLUMN ${column}`);
}

describe("store migrations", () => {
  it("upgrade a store written by the first version and keep its coupons", async () => {
    const db = openSqlite(":memory:");
    migrate(db);
    const store = new SqliteCouponStore(db);
    await store.create({
      name: "Kept",
      code: "KEPT10",
      percentOffRate: 10,
      scope: { namespace: "stores" },
      startTime: Date.UTC(2026, 0, 1),
    });
    // Roll the schema back to version 1, as a store from before the index was added.
    db.exec("DROP INDEX coupons_type_created");
    dropCatalogueDetails(db);
    db.pragma("user_version = 1");

    migrate(db);

    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(indexNames(db)).toContain("coupons_type_created");
    expect(store.count()).toBe(1);
  });

  it("upgrade a store written by version 2 with an index for each direction of every sort", async () => {
    const db = openSqlite(":memory:");
    migrate(db);
    const store = new SqliteCouponStore(db);
    await store.create({
      name: "Kept",
      code: "KEPT20",
      percentOffRate: 20,
      scope: { namespace: "stores" },
      usageLimit: 5,
      startTime: Date.UTC(2026, 0, 1),
    });
    // Roll the schema back to version 2, as a store from before the sort indexes were added.
    const added = [
      "coupons_usage_limit",
      "coupons_usage_limit_asc",
      "coupons_limit_per_customer",
      "coupons_limit_per_customer_asc",
      "coupons_minimum_subtotal",
      "coupons_minimum_subtotal_asc",
      "coupons_app",
      "coupons_app_asc",
      "coupons_name_asc",
      "coupons_start_asc",
      "coupons_expiration_asc",
      "coupons_created_asc",
      "coupons_usages_asc",
    ];
    for (const name of added) db.exec(`DROP INDEX ${name}`);
    dropCatalogueDetails(db);
    db.pragma("user_version = 2");
    expect(indexNames(db)).not.toContain("coupons_usage_limit");

    migrate(db);

    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(indexNames(db)).toEqual(expect.arrayContaining(added));
    expect(store.count()).toBe(1);
    const page = await store.query(parseQuery({ sort: [{ usageLimit: "asc" }] }));
    expect(page.items.map((c) => c.specification.code)).toEqual(["KEPT20"]);
  });

  it("upgrade a store written by version 3 and keep its catalogue, now with what tells items apart", () => {
    const db = openSqlite(":memory:");
    migrate(db);
    const store = new SqliteCouponStore(db);
    dropCatalogueDetails(db);
    db.pragma("user_version = 3");
    db.prepare(
      "INSERT INTO catalogue_items (namespace, grp, id, name, name_key, formatted_price) VALUES ('stores', 'product', 'p-1', 'Old Mug', 'old mug', '$9.00')",
    ).run();

    migrate(db);

    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.catalogue.getMany({ namespace: "stores", group: "product" }, ["p-1"])).toEqual([
      { namespace: "stores", group: "product", id: "p-1", name: "Old Mug", formattedPrice: "$9.00", price: { amount: 9, currency: "USD" } },
    ]);
    store.catalogue.upsert([{ namespace: "events", group: "event", id: "e-1", name: "Gala", startsAt: 1, endsAt: 2, hidden: true }]);
    expect(store.catalogue.find("events", "event", "e-1")).toMatchObject({ startsAt: 1, endsAt: 2, hidden: true });
  });

  it("upgrade a store written by version 4 and give its dollar prices and plans numbers the checker can use", () => {
    const db = openSqlite(":memory:");
    migrate(db);
    const store = new SqliteCouponStore(db);
    dropCataloguePrices(db);
    db.pragma("user_version = 4");
    const insert = db.prepare(
      "INSERT INTO catalogue_items (namespace, grp, id, name, name_key, formatted_price) VALUES (?, ?, ?, ?, ?, ?)",
    );
    insert.run("pricingPlans", "plan", "pl-1", "Gold", "gold", "$1,190.50 / year");
    insert.run("stores", "product", "p-2", "Euro Mug", "euro mug", "12,00 €");

    migrate(db);

    expect(store.catalogue.find("pricingPlans", "plan", "pl-1")).toMatchObject({
      price: { amount: 1190.5, currency: "USD" },
      billing: { every: 1, unit: "YEAR" },
    });
    expect(store.catalogue.find("stores", "product", "p-2")).not.toHaveProperty("price");
  });

  it("refuse a store written by a newer version of the app", () => {
    const db = openSqlite(":memory:");
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this app/);
  });

  it("answer a type filter in the table's default order from an index, without sorting every coupon of that type", () => {
    const db = openSqlite(":memory:");
    migrate(db);
    const compiled = compileQuery(parseQuery({ filter: { type: "PercentOff" } }), Date.now());
    const plan = (
      db
        .prepare(`EXPLAIN QUERY PLAN SELECT seq FROM coupons WHERE ${compiled.where} ORDER BY ${compiled.orderBy} LIMIT 50`)
        .all(compiled.params) as { detail: string }[]
    ).map((row) => row.detail);
    expect(plan.join("\n")).toContain("coupons_type_created");
    expect(plan.join("\n")).not.toContain("TEMP B-TREE");
  });
});
