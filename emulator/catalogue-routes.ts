import "server-only";
// Wix's catalogue endpoints over the store's catalogue: Catalog Versioning, one read endpoint per
// API a coupon's items live in (Stores Catalog V1 and V3, Categories, Bookings, Events, Pricing
// Plans), and Catalog V1's create, update and delete product, so tests can change the shop as a
// merchant would in Wix's dashboard (these work whatever the catalog version). Request and answer
// shapes are the emulator's own codec (codec/catalogue*.ts).
import { randomUUID } from "node:crypto";
import { CouponError } from "@/lib/coupons/domain/errors";
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { PRODUCT_KIND, formatProductPrice, type CatalogVersion, type QueryApi } from "./codec/catalogue";
import { V1_COLLECTIONS, V1_PRODUCTS, productCreateIn, productOut, productUpdateIn } from "./codec/catalogue-v1";
import { V3_PRODUCTS_QUERY, V3_PRODUCTS_SEARCH } from "./codec/catalogue-v3";
import { V3_CATEGORIES } from "./codec/catalogue-v3-categories";
import { BOOKINGS_SERVICES, EVENTS, TICKET_DEFINITIONS } from "./codec/catalogue-apps";
import { PRICING_PLANS } from "./codec/catalogue-plans";
import { pageOf } from "./codec/paging";
import type { Route } from "./routes";

export const QUERY_APIS: readonly QueryApi[] = [
  V1_PRODUCTS,
  V1_COLLECTIONS,
  V3_PRODUCTS_SEARCH,
  V3_PRODUCTS_QUERY,
  V3_CATEGORIES,
  BOOKINGS_SERVICES,
  EVENTS,
  TICKET_DEFINITIONS,
  PRICING_PLANS,
];

/** Catalog Versioning's Get Catalog Version (GET): which Stores catalogue the site runs. */
export const CATALOG_VERSION_PATH = "/stores/v3/provision/version";

const exactly = (path: string) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`);

/** Every match is read, then filtered and sorted here: the demo catalogue is small, and totals need them all. */
const queryRoute = (api: QueryApi): Route => ({
  method: "POST",
  pattern: exactly(api.path),
  fieldPrefix: "",
  handle: async ({ store, body, settings }) => {
    const query = api.read(body, { productsReadOnly: settings.productsReadOnly, now: Date.now() });
    const all = store.catalogue.startingWith(api.kind, "", Number.MAX_SAFE_INTEGER, 0);
    const page = pageOf(all.filter(query.matches).sort(query.compare), query.page);
    return api.answer(page.items.map(query.itemOut), page);
  },
});

const noProduct = (id: string) => new CouponError("NOT_FOUND", `No product has the id "${id}".`);
const ID = "([^/]+)";

export const CATALOGUE_ROUTES: Route[] = [
  {
    method: "GET",
    pattern: exactly(CATALOG_VERSION_PATH),
    fieldPrefix: "",
    handle: async ({ settings }) => ({ catalogVersion: settings.catalogVersion }),
  },
  ...QUERY_APIS.map(queryRoute),
  {
    method: "POST",
    pattern: /^\/stores\/v1\/products$/,
    fieldPrefix: "",
    handle: async ({ store, body }) => {
      const draft = productCreateIn(body);
      const item: CatalogueItem = {
        ...PRODUCT_KIND,
        id: randomUUID(),
        name: draft.name,
        formattedPrice: formatProductPrice(draft.price),
        price: { amount: draft.price, currency: "USD" },
        ...(draft.hidden ? { hidden: true } : {}),
      };
      store.catalogue.upsert([item]);
      return { product: productOut(item) };
    },
  },
  {
    method: "PATCH",
    pattern: new RegExp(`^/stores/v1/products/${ID}$`),
    fieldPrefix: "",
    handle: async ({ store, params, body }) => {
      const id = params[0]!;
      const changes = productUpdateIn(body);
      const existing = store.catalogue.find(PRODUCT_KIND.namespace, PRODUCT_KIND.group, id);
      if (!existing) throw noProduct(id);
      const item: CatalogueItem = { ...existing, ...(changes.name ? { name: changes.name } : {}) };
      if (changes.hidden ?? existing.hidden) item.hidden = true;
      else delete item.hidden;
      store.catalogue.upsert([item]);
      return { product: productOut(item) };
    },
  },
  {
    method: "DELETE",
    pattern: new RegExp(`^/stores/v1/products/${ID}$`),
    fieldPrefix: "",
    handle: async ({ store, params }) => {
      if (!store.catalogue.remove(PRODUCT_KIND, params[0]!)) throw noProduct(params[0]!);
      return {};
    },
  },
];

/**
 * The app whose read permission a request needs and the key lacks (`deniedCatalogues`: kind keys
 * such as "stores/product", or "*"), or null. Only the reads are refused (the version counts as a
 * Stores product read); the product writes stand for the merchant's dashboard and never are.
 */
export function deniedCatalogueApp(method: string, path: string, denied: readonly string[] | undefined): string | null {
  if (!denied || denied.length === 0) return null;
  const read =
    method === "GET" && path === CATALOG_VERSION_PATH
      ? { key: "stores/product", app: "Wix Stores" }
      : QUERY_APIS.find((api) => method === "POST" && api.path === path);
  if (!read) return null;
  return denied.includes("*") || denied.includes(read.key) ? read.app : null;
}

const catalogName = (version: CatalogVersion) => (version === "V1_CATALOG" ? "CATALOG_V1" : "CATALOG_V3");

/**
 * Wix's answer to a Stores read of the other catalogue version: 428 with code
 * `CATALOG_V3_CALLING_CATALOG_V1_API` and "Endpoint belongs to CATALOG_V1, but your site is using
 * CATALOG_V3." (as live Wix answers; the V1-site-calling-V3 code is its mirror [guess]). With no
 * Stores app both are refused: 428 `STORES_NOT_INSTALLED` [guess: what Wix answers isn't documented].
 * Null when the request may go on.
 */
export function catalogVersionRefusal(
  method: string,
  path: string,
  version: CatalogVersion,
): { status: number; body: Record<string, unknown> } | null {
  const api = QUERY_APIS.find((a) => method === "POST" && a.path === path);
  if (!api?.catalog || api.catalog === version) return null;
  const [code, message] =
    version === "STORES_NOT_INSTALLED"
      ? ["STORES_NOT_INSTALLED", "Wix Stores is not installed on this site."]
      : [
          `${catalogName(version)}_CALLING_${catalogName(api.catalog)}_API`,
          `Endpoint belongs to ${catalogName(api.catalog)}, but your site is using ${catalogName(version)}.`,
        ];
  return { status: 428, body: { message, details: { applicationError: { code, description: message, data: {} } } } };
}
