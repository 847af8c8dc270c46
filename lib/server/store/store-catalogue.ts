import "server-only";
// The embedded catalogue gateway: the demo shop's items in the store's database, answered the way
// the Wix catalogue gateway answers (same checks, same page shape). Name search here matches
// anywhere in the name; Wix's matches the start, which is what the contract suite holds both to.
import { checkLookup, type CatalogueGateway, type CatalogueItem, type CataloguePage, type CatalogueSearch, type ItemKind } from "@/lib/coupons/catalogue";
import type { Catalogue } from "./catalogue";

export class StoreCatalogueGateway implements CatalogueGateway {
  constructor(private readonly catalogue: Catalogue) {}

  async search(kind: ItemKind, { text, limit = 20, offset = 0 }: CatalogueSearch): Promise<CataloguePage> {
    checkLookup(kind);
    return this.catalogue.search(kind, text.trim(), limit, offset);
  }

  async getMany(kind: ItemKind, ids: readonly string[]): Promise<CatalogueItem[]> {
    checkLookup(kind, ids);
    return this.catalogue.getMany(kind, ids);
  }
}
