import "server-only";
// Wix's catalogue endpoints over the store's catalogue: one query endpoint per kind of item a
// coupon can point at, and Catalog V1's create, update and delete product, so tests can change the
// shop as a merchant would in Wix's dashboard. Shapes are the emulator's own codec (codec/catalogue).
import { randomUUID } from "node:crypto";
import { CouponError } from "@/lib/coupons/errors";
import type { CatalogueItem } from "@/lib/coupons/catalogue";
import type { Catalogue } from "@/lib/server/store/catalogue";
import {
  CATALOGUE_ENDPOINTS,
  PRODUCT_KIND,
  catalogueAnswerOut,
  catalogueQueryIn,
  formatProductPrice,
  productCreateIn,
  productOut,
  productUpdateIn,
  type CatalogueEndpoint,
  type CatalogueQuery,
} from "./codec/catalogue";
import type { Route } from "./routes";

const byName = (a: CatalogueItem, b: CatalogueItem) => {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** Every item the filter matches, by name (the catalogue is small: the total needs them all anyway). */
function matching(catalogue: Catalogue, endpoint: CatalogueEndpoint, query: CatalogueQuery): CatalogueItem[] {
  const { filter } = query;
  if (filter.by === "ids") return catalogue.getMany(endpoint.kind, filter.ids).sort(byName);
  return catalogue.startingWith(endpoint.kind, filter.by === "prefix" ? filter.text : "", Number.MAX_SAFE_INTEGER, 0);
}

const queryRoute = (endpoint: CatalogueEndpoint): Route => ({
  method: "POST",
  pattern: new RegExp(`^${endpoint.path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`),
  fieldPrefix: "",
  handle: async ({ store, body }) => {
    const query = catalogueQueryIn(body, endpoint);
    const all = matching(store.catalogue, endpoint, query);
    return catalogueAnswerOut(endpoint, all.slice(query.offset, query.offset + query.limit), query.offset, all.length);
  },
});

const noProduct = (id: string) => new CouponError("NOT_FOUND", `No product has the id "${id}".`);
const ID = "([^/]+)";

export const CATALOGUE_ROUTES: Route[] = [
  ...CATALOGUE_ENDPOINTS.map(queryRoute),
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
 * such as "stores/product", or "*"), or null. Only the query endpoints are reads; the product
 * writes stand for the merchant's dashboard and are never refused.
 */
export function deniedCatalogueApp(method: string, path: string, denied: readonly string[] | undefined): string | null {
  if (!denied || denied.length === 0 || method !== "POST") return null;
  const endpoint = CATALOGUE_ENDPOINTS.find((e) => e.path === path);
  if (!endpoint) return null;
  return denied.includes("*") || denied.includes(endpoint.key) ? endpoint.app : null;
}
