import "server-only";
// Versioned schema migrations, tracked in PRAGMA user_version. Append; never edit a shipped step.
import type Database from "better-sqlite3";

const MIGRATIONS: string[] = [
  // 1: coupons, with a column for every field the catalogue sorts or filters on.
  `CREATE TABLE coupons (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     code TEXT NOT NULL,
     code_key TEXT NOT NULL UNIQUE, -- the code lower-cased: codes are unique regardless of case
     name TEXT NOT NULL,
     name_key TEXT NOT NULL,
     type TEXT NOT NULL,
     start_time INTEGER NOT NULL,
     expiration_time INTEGER,
     usage_limit INTEGER,
     limit_per_customer INTEGER,
     applies_to_subscriptions INTEGER NOT NULL,
     limited_to_one_item INTEGER NOT NULL,
     active INTEGER NOT NULL,
     minimum_subtotal REAL,
     scope_namespace TEXT,
     scope_group TEXT,
     scope_entity_id TEXT,
     date_created INTEGER NOT NULL,
     number_of_usages INTEGER NOT NULL DEFAULT 0,
     display_name TEXT,
     display_name_key TEXT,
     app_id TEXT,
     spec_json TEXT NOT NULL,
     display_json TEXT
   );
   CREATE INDEX coupons_code_created ON coupons (code_key, date_created);
   CREATE INDEX coupons_name ON coupons (name_key);
   CREATE INDEX coupons_created ON coupons (date_created);
   CREATE INDEX coupons_usages ON coupons (number_of_usages);
   CREATE INDEX coupons_type_namespace_usages ON coupons (type, scope_namespace, number_of_usages);
   CREATE INDEX coupons_start ON coupons (start_time);
   CREATE INDEX coupons_expiration ON coupons (expiration_time);
   CREATE INDEX coupons_scope ON coupons (scope_namespace, scope_group, scope_entity_id);
   CREATE TABLE catalogue_items (
     namespace TEXT NOT NULL,
     grp TEXT NOT NULL,
     id TEXT NOT NULL,
     name TEXT NOT NULL,
     name_key TEXT NOT NULL,
     formatted_price TEXT,
     PRIMARY KEY (namespace, grp, id)
   );
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // 2: the table's default order (newest first) under a type filter, the most common facet.
  // Without it SQLite sorts every coupon of that type: about 50 ms at 100,000 coupons.
  `CREATE INDEX coupons_type_created ON coupons (type, date_created);`,
  // 3: an index for each direction of every sortable field. The store breaks ties newest first
  // (seq DESC) whichever way the field is sorted, so an ascending sort is not the reverse of a
  // descending one: (col) read backwards gives "col DESC, seq DESC", and (col, seq DESC) read
  // forwards gives "col ASC, seq DESC". Without them SQLite sorted every coupon (usageLimit,
  // limitPerCustomer, minimumSubtotal, appId) or every run of equal values, such as the tens of
  // thousands of coupons with no end date that come first in an ascending expirationTime sort.
  // IF NOT EXISTS: a store rolled back to an earlier version by hand may still have them.
  `CREATE INDEX IF NOT EXISTS coupons_usage_limit ON coupons (usage_limit);
   CREATE INDEX IF NOT EXISTS coupons_usage_limit_asc ON coupons (usage_limit, seq DESC);
   CREATE INDEX IF NOT EXISTS coupons_limit_per_customer ON coupons (limit_per_customer);
   CREATE INDEX IF NOT EXISTS coupons_limit_per_customer_asc ON coupons (limit_per_customer, seq DESC);
   CREATE INDEX IF NOT EXISTS coupons_minimum_subtotal ON coupons (minimum_subtotal);
   CREATE INDEX IF NOT EXISTS coupons_minimum_subtotal_asc ON coupons (minimum_subtotal, seq DESC);
   CREATE INDEX IF NOT EXISTS coupons_app ON coupons (app_id);
   CREATE INDEX IF NOT EXISTS coupons_app_asc ON coupons (app_id, seq DESC);
   CREATE INDEX IF NOT EXISTS coupons_name_asc ON coupons (name_key, seq DESC);
   CREATE INDEX IF NOT EXISTS coupons_start_asc ON coupons (start_time, seq DESC);
   CREATE INDEX IF NOT EXISTS coupons_expiration_asc ON coupons (expiration_time, seq DESC);
   CREATE INDEX IF NOT EXISTS coupons_created_asc ON coupons (date_created, seq DESC);
   CREATE INDEX IF NOT EXISTS coupons_usages_asc ON coupons (number_of_usages, seq DESC);`,
  // 4: what the picker and "Needs attention" need to know of an item: a service's length, an
  // event's dates, and whether customers can see it.
  `ALTER TABLE catalogue_items ADD COLUMN duration_minutes INTEGER;
   ALTER TABLE catalogue_items ADD COLUMN starts_at INTEGER;
   ALTER TABLE catalogue_items ADD COLUMN ends_at INTEGER;
   ALTER TABLE catalogue_items ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;`,
  // 5: prices as numbers and plans' payment cycles, for the code checker; the demo shop's items
  // (priced in dollars) get theirs from the price text they already have.
  `ALTER TABLE catalogue_items ADD COLUMN price_amount REAL;
   ALTER TABLE catalogue_items ADD COLUMN currency TEXT;
   ALTER TABLE catalogue_items ADD COLUMN billing_every INTEGER;
   ALTER TABLE catalogue_items ADD COLUMN billing_unit TEXT;
   ALTER TABLE catalogue_items ADD COLUMN billing_cycles INTEGER;
   UPDATE catalogue_items SET price_amount = CAST(REPLACE(SUBSTR(formatted_price, 2), ',', '') AS REAL), currency = 'USD'
     WHERE formatted_price LIKE '$%';
   UPDATE catalogue_items SET billing_every = 1, billing_unit = 'MONTH' WHERE grp = 'plan' AND formatted_price LIKE '% / month';
   UPDATE catalogue_items SET billing_every = 1, billing_unit = 'YEAR' WHERE grp = 'plan' AND formatted_price LIKE '% / year';`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`The store's schema (v${current}) is newer than this app (v${MIGRATIONS.length}); update the app.`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
