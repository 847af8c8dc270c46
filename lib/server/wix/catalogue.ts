import "server-only";
// The Wix catalogue gateway: the CatalogueGateway interface over Wix's own APIs for each kind of
// item (lib/server/wix/catalogue-wire.ts), through the same HTTP layer and per-site throttle as
// the coupon gateway. A key without the app's read permission gets PERMISSION_DENIED naming it.
import { checkLookup, searchPage, missingPermission, type CatalogueGateway, type CatalogueItem, type CataloguePage, type CatalogueSearch, type ItemKind } from "@/lib/coupons/catalogue";
import { CouponError } from "@/lib/coupons/errors";
import { catalogueItemsFromWire, catalogueQueryBody, wireOf } from "./catalogue-wire";
import { WixCallFailure, WixHttp, type WixHttpOptions } from "./http";
import { siteThrottle } from "./throttle";

export interface WixCatalogueOptions extends Partial<Omit<WixHttpOptions, "apiKey" | "siteId">> {
  apiKey: string;
  siteId: string;
  requestsPerMinute?: number;
}

export class WixCatalogueGateway implements CatalogueGateway {
  private readonly http: WixHttp;

  constructor(options: WixCatalogueOptions) {
    const { requestsPerMinute, ...http } = options;
    this.http = new WixHttp({ baseUrl: "https://www.wixapis.com", throttle: siteThrottle(options.siteId, requestsPerMinute), ...http });
  }

  private async query(kind: ItemKind, body: unknown): Promise<CatalogueItem[]> {
    try {
      return catalogueItemsFromWire(kind, await this.http.call({ method: "POST", path: wireOf(kind).path, body, retry: "safe" }));
    } catch (error) {
      if (!(error instanceof WixCallFailure)) throw error;
      if (error.kind === "http" && (error.status === 403 || error.status === 401)) {
        throw new CouponError("PERMISSION_DENIED", `Wix refused to list ${kind.group}s: give the API key ${missingPermission(kind.group)} permission.`);
      }
      throw error.toCouponError();
    }
  }

  async search(kind: ItemKind, { text, limit = 20, offset = 0 }: CatalogueSearch): Promise<CataloguePage> {
    checkLookup(kind);
    const page = searchPage(limit, offset);
    // One more than asked for tells whether another page follows, without a count.
    const items = await this.query(kind, catalogueQueryBody(kind, { nameStartsWith: text.trim() }, page.size + 1, page.offset));
    return { items: items.slice(0, page.size), hasMore: items.length > page.size };
  }

  async getMany(kind: ItemKind, ids: readonly string[]): Promise<CatalogueItem[]> {
    checkLookup(kind, ids);
    if (ids.length === 0) return [];
    const wanted = new Set(ids);
    const items = await this.query(kind, catalogueQueryBody(kind, { ids: [...wanted] }, wanted.size, 0));
    return items.filter((item) => wanted.has(item.id));
  }
}
