import "server-only";
// The Wix catalogue gateway: the CatalogueGateway interface over Wix's own APIs for each kind of
// item (lib/server/wix/catalogue-sources.ts), through the same HTTP layer and per-site throttle as
// the coupon gateway. Stores products and collections come from Catalog V1 or V3, whichever the
// site runs (Catalog Versioning API); a key without an app's read permission gets PERMISSION_DENIED
// naming it.
import {
  checkLookup,
  missingPermission,
  searchPageSize,
  type CatalogueGateway,
  type CatalogueItem,
  type CataloguePage,
  type CatalogueSearch,
  type ItemKind,
  type ItemsById,
} from "@/lib/coupons/domain/catalogue";
import { CouponError } from "@/lib/coupons/domain/errors";
import * as shapes from "./catalogue-items";
import {
  CatalogueRefused,
  cursorSource,
  offsetSource,
  productsV3Source,
  scanSource,
  withHiddenProducts,
  type CatalogueSource,
  type Post,
} from "./catalogue-sources";
import { WixCallFailure, WixHttp, type WixHttpOptions } from "./http";
import { wixSiteThrottle } from "./site-throttle";

export interface WixCatalogueOptions extends Partial<Omit<WixHttpOptions, "apiKey" | "siteId">> {
  apiKey: string;
  siteId: string;
  requestsPerMinute?: number;
}

type CatalogVersion = "V1_CATALOG" | "V3_CATALOG" | "STORES_NOT_INSTALLED";

const V1_PRODUCTS = {
  path: "/stores/v1/products/query",
  listKey: "products",
  shape: shapes.productV1,
  nameField: "name",
  filterAsString: true,
};

/** Each gateway its own, since the V1 products source remembers whether the key may see hidden ones. */
const catalogueSources = (): Record<string, CatalogueSource> => ({
  "V1_CATALOG/product": withHiddenProducts(
    offsetSource({ ...V1_PRODUCTS, extra: { includeHiddenProducts: true } }),
    offsetSource(V1_PRODUCTS),
  ),
  "V1_CATALOG/collection": offsetSource({
    path: "/stores/v1/collections/query",
    listKey: "collections",
    shape: shapes.collection,
    nameField: "name",
    filterAsString: true,
  }),
  "V3_CATALOG/product": productsV3Source(shapes.productV3),
  "V3_CATALOG/collection": cursorSource({
    path: "/categories/v1/categories/query",
    listKey: "categories",
    shape: shapes.collection,
    extra: { treeReference: { appNamespace: "@wix/stores" }, returnNonVisibleCategories: true },
  }),
  service: offsetSource({
    path: "/bookings/v2/services/query",
    listKey: "services",
    shape: shapes.service,
    nameField: "name",
    filterAsString: false,
  }),
  event: scanSource({ path: "/events/v3/events/query", listKey: "events", shape: shapes.event, nameField: "title" }),
  ticket: scanSource({
    path: "/events/v3/ticket-definitions/query",
    listKey: "ticketDefinitions",
    shape: shapes.ticket,
    nameField: "name",
  }),
  plan: cursorSource({ path: "/pricing-plans/v3/plans/query", listKey: "plans", shape: shapes.plan }),
});

/** A site's catalog version never goes back from V3; a V1 site may be moved, so V1 is asked again after a while. */
const VERSION_RECHECK_MS = 10 * 60_000;

/** A source that answers nothing: Wix Stores isn't installed, so no product or collection exists. */
const NOTHING: CatalogueSource = { search: async () => ({ items: [] }), getMany: async () => ({ items: [], unknown: [] }) };

export class WixCatalogueGateway implements CatalogueGateway {
  private readonly http: WixHttp;
  private readonly sources = catalogueSources();
  private version?: { value: CatalogVersion; at: number };

  constructor(options: WixCatalogueOptions) {
    const { requestsPerMinute, ...http } = options;
    this.http = new WixHttp({ baseUrl: "https://www.wixapis.com", throttle: wixSiteThrottle(options.siteId, requestsPerMinute), ...http });
  }

  private readonly post: Post = async (path, body) => this.call("POST", path, body);

  private async call(method: "GET" | "POST", path: string, body?: unknown): Promise<unknown> {
    try {
      return await this.http.call({ method, path, body, retry: "safe" });
    } catch (error) {
      if (error instanceof WixCallFailure && error.kind === "http" && (error.status === 401 || error.status === 403))
        throw new CatalogueRefused(path);
      if (error instanceof WixCallFailure) throw error.toCouponError();
      throw error;
    }
  }

  private async catalogVersion(): Promise<CatalogVersion> {
    const known = this.version;
    if (known && (known.value === "V3_CATALOG" || Date.now() - known.at < VERSION_RECHECK_MS)) return known.value;
    const answer = (await this.call("GET", "/stores/v3/provision/version")) as { catalogVersion?: string } | null;
    const value: CatalogVersion =
      answer?.catalogVersion === "V3_CATALOG" || answer?.catalogVersion === "STORES_NOT_INSTALLED" ? answer.catalogVersion : "V1_CATALOG";
    this.version = { value, at: Date.now() };
    return value;
  }

  private async sourceOf(kind: ItemKind): Promise<CatalogueSource> {
    if (kind.namespace !== "stores") return this.sources[kind.group]!;
    const version = await this.catalogVersion();
    return version === "STORES_NOT_INSTALLED" ? NOTHING : this.sources[`${version}/${kind.group}`]!;
  }

  /** Runs a read, turning Wix's refusal into the permission the key needs. */
  private async read<T>(kind: ItemKind, run: (source: CatalogueSource) => Promise<T>): Promise<T> {
    try {
      return await run(await this.sourceOf(kind));
    } catch (error) {
      if (!(error instanceof CatalogueRefused)) throw error;
      throw new CouponError(
        "PERMISSION_DENIED",
        `Wix refused to list ${kind.group}s: give the API key ${missingPermission(kind.group)} permission.`,
      );
    }
  }

  async search(kind: ItemKind, { text, limit = 20, cursor }: CatalogueSearch): Promise<CataloguePage> {
    checkLookup(kind);
    const page = await this.read(kind, (source) => source.search(this.post, text.trim(), searchPageSize(limit), cursor));
    return { items: page.items.map((item) => withKind(kind, item)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async getMany(kind: ItemKind, ids: readonly string[]): Promise<ItemsById> {
    checkLookup(kind, ids);
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return { items: [], unknown: [] };
    const answer = await this.read(kind, (source) => source.getMany(this.post, wanted));
    return { items: answer.items.map((item) => withKind(kind, item)), unknown: answer.unknown };
  }
}

const withKind = (kind: ItemKind, item: shapes.WireItem): CatalogueItem => ({ namespace: kind.namespace, group: kind.group, ...item });
