import "server-only";
// Wix Stores Catalog V3 as the emulator reads it: Search Products (free text over the name) and
// Query Products (a narrow set of fields: no name), both with cursor paging and answering
// `{ products, pagingMetadata: { count, cursors, hasNext } }`. Fields and operators are from
// Products V3's "Supported filters and sorting" and the SDKs' query and search specs. The store's
// collections, which Catalog V3 calls categories, are in catalogue-v3-categories.ts.
import { CouponError } from "@/lib/coupons/domain/errors";
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { PRODUCT_KIND, decimal, priceOf, slugOf, type CatalogueSettings, type QueryApi } from "./catalogue";
import { flagIn, objectIn, refuse, requestedFieldsIn, type Json } from "./json";
import { cursorMetadataOut, cursorPagingIn } from "./paging";
import { filterIn, sortIn, type FieldSpecs, type Predicate } from "./wql";

/** Products V3's requested fields (the `fields` array). */
const PRODUCT_REQUESTED_FIELDS = [
  "URL",
  "CURRENCY",
  "INFO_SECTION",
  "MERCHANT_DATA",
  "PLAIN_DESCRIPTION",
  "INFO_SECTION_PLAIN_DESCRIPTION",
  "SUBSCRIPTION_PRICES_INFO",
  "BREADCRUMBS_INFO",
  "WEIGHT_MEASUREMENT_UNIT_INFO",
  "VARIANT_OPTION_CHOICE_NAMES",
  "MEDIA_ITEMS_INFO",
  "DESCRIPTION",
  "DIRECT_CATEGORIES_INFO",
  "ALL_CATEGORIES_INFO",
  "INFO_SECTION_DESCRIPTION",
  "THUMBNAIL",
  "PRODUCT_CHOICES_MEDIA_REFERENCES",
  "PRODUCT_CHOICES_DISPLAY_IMAGE",
  "MIN_PRICE_VARIANT",
  "DISCOUNT_INFO",
];

/** cursorPaging.limit: at most 100; [guess] 100 when absent (the docs give only the maximum). */
const PRODUCT_LIMITS = { defaultLimit: 100, maxLimit: 100 };

const ANY = ["$eq", "$ne", "$exists", "$in", "$hasSome", "$startsWith", "$gt", "$lt", "$lte", "$gte"] as const;
const DATES = ["$eq", "$ne", "$exists", "$in", "$hasSome", "$lt", "$lte", "$gt", "$gte"] as const;
const id = (i: CatalogueItem) => i.id;
const visible = (i: CatalogueItem) => !i.hidden;
const slug = (i: CatalogueItem) => slugOf(i.name);

/** Query Products: id, handle, slug, dates, visible, options.id; only slug, dates and visible sort. No name. */
const QUERY_FIELDS: FieldSpecs = {
  id: { ops: ANY, sortable: false, value: id },
  slug: { ops: ANY, sortable: true, value: slug },
  visible: { ops: ["$eq", "$ne", "$exists", "$in", "$hasSome"], sortable: true, value: visible },
  handle: { ops: ANY, sortable: false },
  "options.id": { ops: ANY, sortable: false },
  createdDate: { ops: DATES, sortable: true },
  updatedDate: { ops: DATES, sortable: true },
};

/** Search Products: its table's fields; name takes the SDK spec's any operator and sorts [guess: which operators exactly]. */
const SEARCH_FIELDS: FieldSpecs = {
  id: { ops: ["$eq", "$ne", "$exists", "$in", "$hasSome", "$startsWith"], sortable: false, value: id },
  slug: { ops: ["$eq", "$ne", "$exists", "$in", "$hasSome", "$startsWith"], sortable: false, value: slug },
  handle: { ops: ["$eq", "$ne", "$exists", "$in", "$hasSome", "$startsWith"], sortable: false },
  visible: { ops: ["$eq", "$ne", "$exists", "$in"], sortable: false, value: visible },
  productType: { ops: ["$eq", "$ne", "$exists", "$in"], sortable: false, value: () => "PHYSICAL" },
  name: { ops: ["$eq", "$ne", "$exists", "$in", "$startsWith"], sortable: true, value: (i) => i.name },
  createdDate: { ops: DATES, sortable: true },
  updatedDate: { ops: DATES, sortable: true },
};

/** The fields Search Products' free text may be asked to look in (the SDK's `searchable`). */
const SEARCHABLE = [
  "description",
  "directCategoryIdsInfo.categoryIds",
  "minVariantPriceInfo.sku",
  "name",
  "physicalProperties.deliveryProfileId",
  "physicalProperties.shippingGroupId",
  "variantsInfo.variants.barcode",
  "variantsInfo.variants.sku",
];

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * `search.search`: `{ expression, mode, fields, fuzzy }`. A term matches a product when a word of its
 * name starts with it, any case [guess: Wix's search engine isn't documented; word-prefix matching is
 * what its storefront search does]. Mode OR (any term) unless AND (every term) [guess: OR is the
 * enum's first value, proto's default]. `fuzzy` is read and ignored: no typo tolerance [guess].
 * Of the searchable fields the demo products have only a name.
 */
function textSearchIn(raw: unknown): Predicate {
  if (raw === undefined || raw === null) return () => true;
  const details = objectIn(raw, "search.search");
  const { expression, mode, fields } = details;
  if (expression !== undefined && expression !== null && typeof expression !== "string")
    return refuse("search.search.expression", "expression is a string.");
  if (typeof expression === "string" && expression.length > 100)
    return refuse("search.search.expression", "expression is at most 100 characters.");
  if (mode !== undefined && mode !== null && mode !== "OR" && mode !== "AND") return refuse("search.search.mode", "mode is OR or AND.");
  flagIn(details.fuzzy, "search.search.fuzzy");
  if (
    fields !== undefined &&
    fields !== null &&
    (!Array.isArray(fields) || fields.some((f) => typeof f !== "string" || !SEARCHABLE.includes(f)))
  ) {
    return refuse("search.search.fields", `fields lists searchable fields: ${SEARCHABLE.join(", ")}.`);
  }
  const terms = words(typeof expression === "string" ? expression : "");
  if (terms.length === 0) return () => true;
  const inName = !Array.isArray(fields) || fields.length === 0 || fields.includes("name");
  const hit = (item: CatalogueItem, term: string) => inName && words(item.name).some((w) => w.startsWith(term));
  return mode === "AND" ? (item) => terms.every((t) => hit(item, t)) : (item) => terms.some((t) => hit(item, t));
}

/** Catalog V3 product: `{ id, name, slug, visible, productType, actualPriceRange }`; formatted amounts and currency only with CURRENCY. */
export function productV3Out(item: CatalogueItem, fields: ReadonlySet<string>): Json {
  const price = priceOf(item);
  const withCurrency = fields.has("CURRENCY");
  const amount = price && {
    amount: decimal(price.amount),
    ...(withCurrency && item.formattedPrice !== undefined ? { formattedAmount: item.formattedPrice } : {}),
  };
  return {
    id: item.id,
    name: item.name,
    slug: slugOf(item.name),
    visible: !item.hidden,
    productType: "PHYSICAL",
    ...(amount ? { actualPriceRange: { minValue: amount, maxValue: amount } } : {}),
    ...(withCurrency && price ? { currency: price.currency } : {}),
  };
}

/**
 * `fields` of a products request, and whether hidden products may be answered: non-visible products
 * and MERCHANT_DATA need "Product v3 read admin". Without it MERCHANT_DATA is refused (403) and
 * hidden products are left out, silently [guess: the docs say the permission is needed, not how
 * Wix answers without it].
 */
function productAccess(body: Json, settings: CatalogueSettings) {
  const fields = requestedFieldsIn(body.fields, PRODUCT_REQUESTED_FIELDS);
  if (settings.productsReadOnly && fields.has("MERCHANT_DATA")) {
    throw new CouponError(
      "PERMISSION_DENIED",
      "The API key has no permission for MERCHANT_DATA: it needs Wix Stores' Product v3 read admin permission.",
    );
  }
  const shown = (item: CatalogueItem) => !settings.productsReadOnly || !item.hidden;
  return { fields, shown };
}

const productsAnswer = (list: Json[], page: Parameters<QueryApi["answer"]>[1]) => ({
  products: list,
  pagingMetadata: cursorMetadataOut(page),
});

export const V3_PRODUCTS_SEARCH: QueryApi = {
  key: "stores/product",
  kind: PRODUCT_KIND,
  path: "/stores/v3/products/search",
  app: "Wix Stores",
  catalog: "V3_CATALOG",
  read(body, settings) {
    const { fields, shown } = productAccess(body, settings);
    const search = objectIn(body.search, "search");
    const { page, parts } = cursorPagingIn(search, "search", "/stores/v3/products/search", PRODUCT_LIMITS, {
      filter: search.filter,
      sort: search.sort,
      search: search.search,
    });
    const matches = filterIn(parts.filter, SEARCH_FIELDS, "search.filter");
    const text = textSearchIn(parts.search);
    return {
      matches: (item) => shown(item) && text(item) && matches(item),
      // [guess] by name when unsorted: Wix orders by relevance, which the emulator doesn't score.
      compare: sortIn(parts.sort, SEARCH_FIELDS, "search.sort"),
      page,
      itemOut: (item) => productV3Out(item, fields),
    };
  },
  answer: productsAnswer,
};

export const V3_PRODUCTS_QUERY: QueryApi = {
  key: "stores/product",
  kind: PRODUCT_KIND,
  path: "/stores/v3/products/query",
  app: "Wix Stores",
  catalog: "V3_CATALOG",
  read(body, settings) {
    const { fields, shown } = productAccess(body, settings);
    const query = objectIn(body.query, "query");
    const { page, parts } = cursorPagingIn(query, "query", "/stores/v3/products/query", PRODUCT_LIMITS, {
      filter: query.filter,
      sort: query.sort,
    });
    const matches = filterIn(parts.filter, QUERY_FIELDS, "filter");
    // [guess] by name when unsorted: Wix's default order (by creation) needs dates the demo lacks.
    return {
      matches: (item) => shown(item) && matches(item),
      compare: sortIn(parts.sort, QUERY_FIELDS),
      page,
      itemOut: (item) => productV3Out(item, fields),
    };
  },
  answer: productsAnswer,
};
