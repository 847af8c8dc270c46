import "server-only";
// The items coupons can point at (products, collections, services, events, tickets, plans), in
// the store's database. The embedded catalogue gateway and the emulator's Wix catalogue endpoints
// read it, and a scoped coupon's displayData comes from it.
import {
  BILLING_UNITS,
  CATALOGUE_LOOKUP_MAX,
  searchPageSize,
  type BillingUnit,
  type CatalogueItem,
  type ItemKind,
} from "@/lib/coupons/domain/catalogue";
import type { DisplayData } from "@/lib/coupons/domain/model";
import type { CouponScope } from "@/lib/coupons/domain/specification";
import type { Db } from "./database";

interface ItemRecord {
  namespace: string;
  grp: string;
  id: string;
  name: string;
  formatted_price: string | null;
  duration_minutes: number | null;
  starts_at: number | null;
  ends_at: number | null;
  hidden: number;
  price_amount: number | null;
  currency: string | null;
  billing_every: number | null;
  billing_unit: string | null;
  billing_cycles: number | null;
}

const toItem = (r: ItemRecord): CatalogueItem => ({
  namespace: r.namespace,
  group: r.grp,
  id: r.id,
  name: r.name,
  ...(r.formatted_price ? { formattedPrice: r.formatted_price } : {}),
  ...(r.duration_minutes !== null ? { durationMinutes: r.duration_minutes } : {}),
  ...(r.starts_at !== null ? { startsAt: r.starts_at } : {}),
  ...(r.ends_at !== null ? { endsAt: r.ends_at } : {}),
  ...(r.hidden ? { hidden: true } : {}),
  ...(r.price_amount !== null && r.currency ? { price: { amount: r.price_amount, currency: r.currency } } : {}),
  ...(r.billing_every !== null && isBillingUnit(r.billing_unit)
    ? { billing: { every: r.billing_every, unit: r.billing_unit, ...(r.billing_cycles !== null ? { cycles: r.billing_cycles } : {}) } }
    : {}),
});

const isBillingUnit = (unit: string | null): unit is BillingUnit => BILLING_UNITS.includes(unit as BillingUnit);

export class Catalogue {
  constructor(private readonly db: Db) {}

  upsert(items: CatalogueItem[]): void {
    const insert = this.db.prepare(
      `INSERT INTO catalogue_items (namespace, grp, id, name, name_key, formatted_price, duration_minutes, starts_at, ends_at, hidden,
         price_amount, currency, billing_every, billing_unit, billing_cycles)
       VALUES (@namespace, @group, @id, @name, @nameKey, @formattedPrice, @durationMinutes, @startsAt, @endsAt, @hidden,
         @priceAmount, @currency, @billingEvery, @billingUnit, @billingCycles)
       ON CONFLICT (namespace, grp, id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,
         formatted_price = excluded.formatted_price, duration_minutes = excluded.duration_minutes,
         starts_at = excluded.starts_at, ends_at = excluded.ends_at, hidden = excluded.hidden,
         price_amount = excluded.price_amount, currency = excluded.currency, billing_every = excluded.billing_every,
         billing_unit = excluded.billing_unit, billing_cycles = excluded.billing_cycles`,
    );
    this.db
      .transaction(() => {
        for (const item of items) {
          insert.run({
            namespace: item.namespace,
            group: item.group,
            id: item.id,
            name: item.name,
            nameKey: item.name.toLowerCase(),
            formattedPrice: item.formattedPrice ?? null,
            durationMinutes: item.durationMinutes ?? null,
            startsAt: item.startsAt ?? null,
            endsAt: item.endsAt ?? null,
            hidden: item.hidden ? 1 : 0,
            priceAmount: item.price?.amount ?? null,
            currency: item.price?.currency ?? null,
            billingEvery: item.billing?.every ?? null,
            billingUnit: item.billing?.unit ?? null,
            billingCycles: item.billing?.cycles ?? null,
          });
        }
      })
      .immediate();
  }

  /** Items of one kind whose name contains the text (any case), by name. */
  search(kind: ItemKind, text = "", limit = 20, offset = 0): { items: CatalogueItem[]; hasMore: boolean } {
    const page = { size: searchPageSize(limit), offset: Math.max(0, Math.trunc(offset) || 0) };
    const rows = this.db
      .prepare(
        `SELECT * FROM catalogue_items WHERE namespace = ? AND grp = ? AND instr(name_key, ?) > 0
         ORDER BY name_key, id LIMIT ? OFFSET ?`,
      )
      .all(kind.namespace, kind.group, text.toLowerCase(), page.size + 1, page.offset) as ItemRecord[];
    return { items: rows.slice(0, page.size).map(toItem), hasMore: rows.length > page.size };
  }

  /** Items whose name starts with the text (any case): what Wix's `$startsWith` filters answer. */
  startingWith(kind: ItemKind, text: string, limit: number, offset: number): CatalogueItem[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM catalogue_items WHERE namespace = ? AND grp = ? AND substr(name_key, 1, ?) = ?
         ORDER BY name_key, id LIMIT ? OFFSET ?`,
      )
      .all(kind.namespace, kind.group, text.length, text.toLowerCase(), limit, offset) as ItemRecord[];
    return rows.map(toItem);
  }

  getMany(kind: ItemKind, ids: readonly string[]): CatalogueItem[] {
    const wanted = [...new Set(ids)].slice(0, CATALOGUE_LOOKUP_MAX);
    if (wanted.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT * FROM catalogue_items WHERE namespace = ? AND grp = ? AND id IN (${wanted.map(() => "?").join(", ")})`)
      .all(kind.namespace, kind.group, ...wanted) as ItemRecord[];
    return rows.map(toItem);
  }

  find(namespace: string, group: string, id: string): CatalogueItem | undefined {
    const row = this.db.prepare("SELECT * FROM catalogue_items WHERE namespace = ? AND grp = ? AND id = ?").get(namespace, group, id) as
      ItemRecord | undefined;
    return row && toItem(row);
  }

  /** Deletes an item, as a merchant deleting a product in Wix does; true when there was one. */
  remove(kind: ItemKind, id: string): boolean {
    return (
      this.db.prepare("DELETE FROM catalogue_items WHERE namespace = ? AND grp = ? AND id = ?").run(kind.namespace, kind.group, id)
        .changes > 0
    );
  }

  /** Wix fills displayData only for a coupon that points at one item. */
  displayDataFor(scope: CouponScope | undefined): DisplayData | undefined {
    const entityId = scope?.group?.entityId;
    if (!scope?.group || !entityId) return undefined;
    const item = this.find(scope.namespace, scope.group.name, entityId);
    if (!item) return undefined;
    return { name: item.name, ...(item.formattedPrice ? { formattedPrice: item.formattedPrice } : {}) };
  }
}
