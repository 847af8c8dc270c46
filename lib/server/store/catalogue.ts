import "server-only";
// The items coupons can point at (products, collections, services, events, tickets, plans).
// The form's item picker searches it, and a scoped coupon's displayData comes from it.
import type { CatalogueItem } from "@/lib/coupons/gateway";
import type { DisplayData } from "@/lib/coupons/model";
import type { CouponScope } from "@/lib/coupons/specification";
import type { Db } from "./database";

interface ItemRecord {
  namespace: string;
  grp: string;
  id: string;
  name: string;
  formatted_price: string | null;
}

const toItem = (r: ItemRecord): CatalogueItem => ({
  namespace: r.namespace,
  group: r.grp,
  id: r.id,
  name: r.name,
  ...(r.formatted_price ? { formattedPrice: r.formatted_price } : {}),
});

export class Catalogue {
  constructor(private readonly db: Db) {}

  upsert(items: CatalogueItem[]): void {
    const insert = this.db.prepare(
      `INSERT INTO catalogue_items (namespace, grp, id, name, name_key, formatted_price)
       VALUES (@namespace, @group, @id, @name, @nameKey, @formattedPrice)
       ON CONFLICT (namespace, grp, id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,
         formatted_price = excluded.formatted_price`,
    );
    this.db.transaction(() => {
      for (const item of items) {
        insert.run({ ...item, nameKey: item.name.toLowerCase(), formattedPrice: item.formattedPrice ?? null });
      }
    }).immediate();
  }

  search(namespace: string, group: string, text = "", limit = 20): CatalogueItem[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM catalogue_items WHERE namespace = ? AND grp = ? AND instr(name_key, ?) > 0
         ORDER BY name_key LIMIT ?`,
      )
      .all(namespace, group, text.toLowerCase(), Math.min(Math.max(limit, 1), 100)) as ItemRecord[];
    return rows.map(toItem);
  }

  find(namespace: string, group: string, id: string): CatalogueItem | undefined {
    const row = this.db
      .prepare("SELECT * FROM catalogue_items WHERE namespace = ? AND grp = ? AND id = ?")
      .get(namespace, group, id) as ItemRecord | undefined;
    return row && toItem(row);
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
