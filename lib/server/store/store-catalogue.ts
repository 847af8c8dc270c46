import "server-only";
// The embedded catalogue gateway: the demo shop's items in the store's database, answered the way
// the Wix catalogue gateway answers (same checks, same page shape). Name search here matches
// anywhere in the name; Wix's matches the start, which is what the contract suite holds both to.
// A cursor is the offset of the next page. Every item is visible to it, so nothing is `unknown`.
import {
  checkLookup,
  offsetOfCursor,
  type CatalogueGateway,
  type CataloguePage,
  type CatalogueSearch,
  type ItemKind,
  type ItemsById,
} from "@/lib/coupons/domain/catalogue";
import type { Catalogue } from "./catalogue";

export class StoreCatalogueGateway implements CatalogueGateway {
  constructor(private readonly catalogue: Catalogue) {}

  async search(kind: ItemKind, { text, limit = 20, cursor }: CatalogueSearch): Promise<CataloguePage> {
    checkLookup(kind);
    const offset = offsetOfCursor(cursor);
    const page = this.catalogue.search(kind, text.trim(), limit, offset);
    return { items: page.items, ...(page.hasMore ? { nextCursor: String(offset + page.items.length) } : {}) };
  }

  async getMany(kind: ItemKind, ids: readonly string[]): Promise<ItemsById> {
    checkLookup(kind, ids);
    return { items: this.catalogue.getMany(kind, ids), unknown: [] };
  }
}
