import "server-only";
// Wix Stores Catalog V1 as the emulator reads it: Query Products and Query Collections, whose
// `query.filter` and `query.sort` travel as JSON-encoded strings, with offset paging, answering
// `{ <list>, metadata: { items, offset }, totalResults }`; and the product writes (create, update)
// the tests use as the merchant's dashboard. Fields and operators are the V1 "Filter and sort"
// table's ($hasSome there is SQL's IN); hidden products are left out unless the request sets
// `includeHiddenProducts`, which needs the Manage Products permission.
import { CouponError } from "@/lib/coupons/domain/errors";
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { COLLECTION_KIND, PRODUCT_KIND, priceOf, slugOf, type QueryApi } from "./catalogue";
import { flagIn, isObject, objectIn, refuse, type Json } from "./json";
import { offsetPagingIn, type PageResult } from "./paging";
import { filterIn, sortIn, type FieldSpecs } from "./wql";

/** [guess] Wix's V1 docs give the maximum (100), not the default. */
const LIMITS = { defaultLimit: 50, maxLimit: 100 };

const TEXT = ["$eq", "$ne", "$hasSome", "$in", "$contains", "$startsWith"] as const;
const IDS = ["$eq", "$ne", "$hasSome", "$in"] as const;
const NUMBERS = ["$eq", "$ne", "$hasSome", "$lt", "$lte", "$gt", "$gte"] as const;

// $in besides $hasSome on each field [guess: the table lists $hasSome, which it says is IN].
const PRODUCT_FIELDS: FieldSpecs = {
  id: { ops: IDS, sortable: true, value: (i) => i.id },
  name: { ops: TEXT, sortable: true, value: (i) => i.name },
  slug: { ops: TEXT, sortable: true, value: (i) => slugOf(i.name) },
  price: { ops: NUMBERS, sortable: true, value: (i) => priceOf(i)?.amount },
  productType: { ops: ["$eq", "$ne", "$hasSome"], sortable: true, value: () => "physical" },
  // The SDK's docs filter `{"visible": false}` (matching nothing without includeHiddenProducts).
  visible: { ops: ["$eq", "$ne"], sortable: false, value: (i) => !i.hidden },
  // Fields Wix filters on that the demo catalogue has no data for.
  sku: { ops: TEXT, sortable: true },
  description: { ops: TEXT, sortable: false },
  numericId: { ops: NUMBERS, sortable: true },
  lastUpdated: { ops: NUMBERS, sortable: true },
  createdDate: { ops: NUMBERS, sortable: true },
};

const COLLECTION_FIELDS: FieldSpecs = {
  id: { ops: TEXT, sortable: true, value: (i) => i.id },
  name: { ops: TEXT, sortable: true, value: (i) => i.name },
};

/** filter or sort: a JSON string, as Catalog V1 sends them (an object or list is taken too). */
function jsonPart(value: unknown, key: "filter" | "sort"): unknown {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return refuse(`query.${key}`, `${key} is not valid JSON.`);
  }
}

/** V1 writes a sort as `[{ "name": "asc" }]`; `{ fieldName, order }` entries are read too. */
function v1Sort(raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  return raw.map((entry) => {
    if (!isObject(entry) || "fieldName" in entry) return entry;
    const [field, order, ...rest] = Object.entries(entry).flat();
    if (rest.length > 0 || typeof field !== "string" || (order !== "asc" && order !== "desc"))
      return refuse("query.sort", 'Each sort entry is { "<field>": "asc" | "desc" }.');
    return { fieldName: field, order: order.toUpperCase() };
  });
}

function v1Query(body: Json, fields: FieldSpecs) {
  const query = objectIn(body.query, "query");
  return {
    matches: filterIn(jsonPart(query.filter, "filter"), fields),
    compare: sortIn(v1Sort(jsonPart(query.sort, "sort")), fields),
    page: offsetPagingIn(query.paging, "query.paging", LIMITS),
  };
}

const v1Answer = (listKey: string) => (list: Json[], page: PageResult<CatalogueItem>) => ({
  [listKey]: list,
  metadata: { items: list.length, offset: page.offset },
  totalResults: page.total,
});

/** Catalog V1 product: `{ id, name, slug, visible, productType, price: { currency, price, formatted: { price } } }`. */
export function productOut(item: CatalogueItem): Json {
  const price = priceOf(item);
  const formatted = item.formattedPrice !== undefined ? { formatted: { price: item.formattedPrice } } : {};
  return {
    id: item.id,
    name: item.name,
    slug: slugOf(item.name),
    visible: !item.hidden,
    productType: "physical",
    ...(price ? { price: { currency: price.currency, price: price.amount, ...formatted } } : {}),
  };
}

const needsManageProducts = (flag: string) =>
  new CouponError(
    "PERMISSION_DENIED",
    `The API key has no permission for ${flag}: it needs Wix Stores' Manage Products permission, not only Read Products.`,
  );

export const V1_PRODUCTS: QueryApi = {
  key: "stores/product",
  kind: PRODUCT_KIND,
  path: "/stores/v1/products/query",
  app: "Wix Stores",
  catalog: "V1_CATALOG",
  read(body, settings) {
    const includeHidden = flagIn(body.includeHiddenProducts, "includeHiddenProducts");
    const merchantData = flagIn(body.includeMerchantSpecificData, "includeMerchantSpecificData");
    flagIn(body.includeVariants, "includeVariants"); // read, but the demo products have no variants
    if (settings.productsReadOnly && includeHidden) throw needsManageProducts("includeHiddenProducts");
    if (settings.productsReadOnly && merchantData) throw needsManageProducts("includeMerchantSpecificData");
    const { matches, compare, page } = v1Query(body, PRODUCT_FIELDS);
    // Without includeHiddenProducts Wix adds `visible: true` to every filter, silently.
    return { matches: includeHidden ? matches : (item) => !item.hidden && matches(item), compare, page, itemOut: productOut };
  },
  answer: v1Answer("products"),
};

/** Catalog V1 collection: `{ id, name, slug, visible }`. */
export const collectionOut = (item: CatalogueItem): Json => ({
  id: item.id,
  name: item.name,
  slug: slugOf(item.name),
  visible: !item.hidden,
});

export const V1_COLLECTIONS: QueryApi = {
  key: "stores/collection",
  kind: COLLECTION_KIND,
  path: "/stores/v1/collections/query",
  app: "Wix Stores",
  catalog: "V1_CATALOG",
  read: (body) => ({ ...v1Query(body, COLLECTION_FIELDS), itemOut: collectionOut }),
  answer: v1Answer("collections"),
};

// ---- the merchant's product writes ---------------------------------------------------------------

export interface ProductDraft {
  name: string;
  hidden: boolean;
  price: number;
}

/** `POST /stores/v1/products`: `{ product: { name, visible?, priceData: { price } } }`. */
export function productCreateIn(body: Json): ProductDraft {
  const product = isObject(body.product) ? body.product : refuse("product", "product is required.");
  const name = typeof product.name === "string" ? product.name.trim() : "";
  if (!name) refuse("product.name", "product.name is required.");
  if (product.visible !== undefined && typeof product.visible !== "boolean") refuse("product.visible", "visible is true or false.");
  const price = isObject(product.priceData) ? product.priceData.price : undefined;
  if (price === undefined) refuse("product.priceData.price", "product.priceData.price is required.");
  if (typeof price !== "number" || !Number.isFinite(price) || price < 0) refuse("product.priceData.price", "price is a number, 0 or more.");
  return { name, hidden: product.visible === false, price: price as number };
}

/** `PATCH /stores/v1/products/{id}`: `{ product: { name?, visible? } }`; only what is sent changes. */
export function productUpdateIn(body: Json): { name?: string; hidden?: boolean } {
  const product = isObject(body.product) ? body.product : refuse("product", "product is required.");
  const changes: { name?: string; hidden?: boolean } = {};
  if (product.name !== undefined) {
    if (typeof product.name !== "string" || !product.name.trim()) refuse("product.name", "name is a non-empty string.");
    changes.name = (product.name as string).trim();
  }
  if (product.visible !== undefined) {
    if (typeof product.visible !== "boolean") refuse("product.visible", "visible is true or false.");
    changes.hidden = !product.visible;
  }
  return changes;
}
