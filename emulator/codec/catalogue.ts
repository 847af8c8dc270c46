import "server-only";
// Wix's catalogue query endpoints (Stores Catalog V1 products and collections, Bookings Services
// V2, Events V3 events and ticket definitions, Pricing Plans V2 plans) as the emulator reads them:
// written from Wix's docs for the emulator alone, not taken from the gateway's wire module, so the
// two readings check each other. Requests are `{ query: { filter, sort, paging: { limit, offset } } }`;
// Catalog V1 sends filter and sort as JSON-encoded strings, the newer APIs as objects.
import { CouponError, invalidArgument } from "@/lib/coupons/errors";
import type { CatalogueItem, ItemKind } from "@/lib/coupons/catalogue";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);
const refuse = (field: string, description: string): never => {
  throw invalidArgument([{ field, description }]);
};

export interface CatalogueEndpoint {
  /** "stores/product": the kind's namespace and group, as `deniedCatalogues` names it. */
  key: string;
  kind: ItemKind;
  /** The query endpoint (POST). */
  path: string;
  /** Where the answer lists the items. */
  listKey: string;
  /** The field holding the item's name, the one `$startsWith` filters on. */
  nameField: string;
  /** The app whose read permission the key needs. */
  app: string;
  /** Catalog V1: filter and sort as JSON strings; answers with `metadata` and `totalResults`. */
  v1: boolean;
}

export const CATALOGUE_ENDPOINTS: readonly CatalogueEndpoint[] = [
  { key: "stores/product", kind: { namespace: "stores", group: "product" }, path: "/stores/v1/products/query", listKey: "products", nameField: "name", app: "Wix Stores", v1: true },
  { key: "stores/collection", kind: { namespace: "stores", group: "collection" }, path: "/stores/v1/collections/query", listKey: "collections", nameField: "name", app: "Wix Stores", v1: true },
  { key: "bookings/service", kind: { namespace: "bookings", group: "service" }, path: "/bookings/v2/services/query", listKey: "services", nameField: "name", app: "Wix Bookings", v1: false },
  { key: "events/event", kind: { namespace: "events", group: "event" }, path: "/events/v3/events/query", listKey: "events", nameField: "title", app: "Wix Events", v1: false },
  { key: "events/ticket", kind: { namespace: "events", group: "ticket" }, path: "/events/v3/ticket-definitions/query", listKey: "ticketDefinitions", nameField: "name", app: "Wix Events", v1: false },
  { key: "pricingPlans/plan", kind: { namespace: "pricingPlans", group: "plan" }, path: "/pricing-plans/v2/plans/query", listKey: "plans", nameField: "name", app: "Wix Pricing Plans", v1: false },
];

/** The kind keys `deniedCatalogues` and `--deny-catalogue` take, besides "*". */
export const CATALOGUE_KEYS: readonly string[] = CATALOGUE_ENDPOINTS.map((e) => e.key);

export const PRODUCT_KIND: ItemKind = { namespace: "stores", group: "product" };

// ---- requests ----------------------------------------------------------------------------------

export const CATALOGUE_DEFAULT_LIMIT = 50;
export const CATALOGUE_MAX_LIMIT = 100;
/** Most ids an `$in` takes [guess: Wix doesn't say; a page of coupons needs at most 100]. */
export const CATALOGUE_MAX_IDS = 100;

export type CatalogueFilter = { by: "all" } | { by: "prefix"; text: string } | { by: "ids"; ids: string[] };

export interface CatalogueQuery {
  filter: CatalogueFilter;
  limit: number;
  offset: number;
}

/** filter or sort: a JSON string on Catalog V1 (an object is taken too), an object elsewhere. */
function queryPart(value: unknown, key: "filter" | "sort", v1: boolean): unknown {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") {
    if (!v1) return refuse(`query.${key}`, `This API takes ${key} as an object, not a string.`);
    try {
      return JSON.parse(value);
    } catch {
      return refuse(`query.${key}`, `${key} is not valid JSON.`);
    }
  }
  return value;
}

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

/** `{}`, `{ <name>: { $startsWith } }`, `{ id: "x" }`, `{ id: { $eq } }` or `{ id: { $in: [...] } }`; anything else is refused by name. */
function filterIn(raw: unknown, nameField: string): CatalogueFilter {
  if (raw === undefined) return { by: "all" };
  if (!isObject(raw)) return refuse("query.filter", "filter is an object of field conditions.");
  const entries = Object.entries(raw);
  if (entries.length === 0) return { by: "all" };
  const [field, condition] = entries[0]!;
  const supported = `This emulator filters on ${nameField} ($startsWith) and id ($eq, $in) only, one at a time.`;
  if (entries.length > 1) {
    const extra = entries.find(([key]) => key !== field)![0];
    return refuse(`filter.${extra}`, supported);
  }
  if (field === nameField) {
    const ops = isObject(condition) ? Object.keys(condition) : [];
    if (ops.length !== 1 || ops[0] !== "$startsWith" || typeof (condition as Json).$startsWith !== "string") return refuse(`filter.${field}`, supported);
    return { by: "prefix", text: (condition as Json).$startsWith as string };
  }
  if (field === "id") {
    if (typeof condition === "string") return { by: "ids", ids: [condition] };
    const ops = isObject(condition) ? Object.keys(condition) : [];
    if (ops.length === 1 && ops[0] === "$eq" && typeof (condition as Json).$eq === "string") return { by: "ids", ids: [(condition as Json).$eq as string] };
    if (ops.length === 1 && ops[0] === "$in" && isIdList((condition as Json).$in)) {
      const ids = (condition as Json).$in as string[];
      if (ids.length > CATALOGUE_MAX_IDS) return refuse("filter.id", `$in takes at most ${CATALOGUE_MAX_IDS} ids.`);
      return { by: "ids", ids };
    }
    return refuse(`filter.${field}`, supported);
  }
  return refuse(`filter.${field}`, supported);
}

/** An integer paging value; numeric strings are read as numbers (int64 fields travel as strings). */
function pagingNumber(value: unknown, field: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n)) return refuse(field, `${field.split(".").pop()} is a whole number.`);
  if (n < min || n > max) return refuse(field, max === Number.MAX_SAFE_INTEGER ? `${field.split(".").pop()} is ${min} or more.` : `${field.split(".").pop()} is between ${min} and ${max}.`);
  return n;
}

/** The query of a catalogue query request. Sort is read (and must parse) but items always come by name. */
export function catalogueQueryIn(body: Json, endpoint: CatalogueEndpoint): CatalogueQuery {
  const query = body.query === undefined || body.query === null ? {} : body.query;
  if (!isObject(query)) return refuse("query", "query is an object.");
  const filter = filterIn(queryPart(query.filter, "filter", endpoint.v1), endpoint.nameField);
  queryPart(query.sort, "sort", endpoint.v1);
  const paging = query.paging === undefined || query.paging === null ? {} : query.paging;
  if (!isObject(paging)) return refuse("query.paging", "paging is an object of limit and offset.");
  return {
    filter,
    limit: pagingNumber(paging.limit, "query.paging.limit", CATALOGUE_DEFAULT_LIMIT, 1, CATALOGUE_MAX_LIMIT),
    offset: pagingNumber(paging.offset, "query.paging.offset", 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

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

export const formatProductPrice = (price: number): string => `$${price.toFixed(2)}`;

// ---- answers -----------------------------------------------------------------------------------

const CURRENCIES: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };

/** The first number of a formatted price ("$19.00 / month" → 19) and its currency (USD unless €/£). */
export function parsePrice(formatted: string | undefined): { amount: number; currency: string } | undefined {
  if (!formatted) return undefined;
  const match = /\d[\d,]*(?:\.\d+)?/.exec(formatted);
  if (!match) return undefined;
  const symbol = Object.keys(CURRENCIES).find((s) => formatted.includes(s));
  return { amount: Number(match[0].replace(/,/g, "")), currency: symbol ? CURRENCIES[symbol]! : "USD" };
}

/** Money as the newer APIs write it: `{ value: "20.00", currency }`. */
const money = (formatted: string | undefined) => {
  const price = parsePrice(formatted);
  return price && { value: price.amount.toFixed(2), currency: price.currency };
};

/** Catalog V1 product: `{ id, name, visible, productType, price: { currency, price, formatted: { price } } }`. */
export function productOut(item: CatalogueItem): Json {
  const price = parsePrice(item.formattedPrice);
  return {
    id: item.id,
    name: item.name,
    visible: !item.hidden,
    productType: "physical",
    ...(price ? { price: { currency: price.currency, price: price.amount, formatted: { price: item.formattedPrice } } } : {}),
  };
}

/** Catalog V1 collection: `{ id, name, visible }`. */
export const collectionOut = (item: CatalogueItem): Json => ({ id: item.id, name: item.name, visible: !item.hidden });

/** Bookings V2 service: fixed price and session length. */
export function serviceOut(item: CatalogueItem): Json {
  const price = money(item.formattedPrice);
  return {
    id: item.id,
    name: item.name,
    hidden: Boolean(item.hidden),
    ...(price ? { payment: { rateType: "FIXED", fixed: { price } } } : {}),
    ...(item.durationMinutes !== undefined ? { schedule: { availabilityConstraints: { sessionDurations: [item.durationMinutes] } } } : {}),
  };
}

/** UPCOMING before its start, ENDED after its end, STARTED between. */
export function eventStatus(item: CatalogueItem, now: number): "UPCOMING" | "STARTED" | "ENDED" | undefined {
  if (item.startsAt === undefined && item.endsAt === undefined) return undefined;
  if (item.startsAt !== undefined && now < item.startsAt) return "UPCOMING";
  if (item.endsAt !== undefined && now >= item.endsAt) return "ENDED";
  return "STARTED";
}

/** Events V3 event: `{ id, title, status, dateAndTimeSettings: { startDate, endDate } }`, dates ISO. */
export function eventOut(item: CatalogueItem, now: number): Json {
  const status = eventStatus(item, now);
  const dates = {
    ...(item.startsAt !== undefined ? { startDate: new Date(item.startsAt).toISOString() } : {}),
    ...(item.endsAt !== undefined ? { endDate: new Date(item.endsAt).toISOString() } : {}),
  };
  return { id: item.id, title: item.name, ...(status ? { status } : {}), ...(Object.keys(dates).length > 0 ? { dateAndTimeSettings: dates } : {}) };
}

/** Events V3 ticket definition: `{ id, name, hidden, pricingMethod: { fixedPrice } }`. */
export function ticketOut(item: CatalogueItem): Json {
  const price = money(item.formattedPrice);
  return { id: item.id, name: item.name, hidden: Boolean(item.hidden), ...(price ? { pricingMethod: { fixedPrice: price } } : {}) };
}

/** Pricing Plans V2 plan: `{ id, name, public, archived, pricing: { price } }`. */
export function planOut(item: CatalogueItem): Json {
  const price = money(item.formattedPrice);
  return { id: item.id, name: item.name, public: !item.hidden, archived: false, ...(price ? { pricing: { price } } : {}) };
}

/** One item in the shape of its endpoint. */
export function catalogueItemOut(endpoint: CatalogueEndpoint, item: CatalogueItem, now: number = Date.now()): Json {
  switch (endpoint.key) {
    case "stores/product":
      return productOut(item);
    case "stores/collection":
      return collectionOut(item);
    case "bookings/service":
      return serviceOut(item);
    case "events/event":
      return eventOut(item, now);
    case "events/ticket":
      return ticketOut(item);
    case "pricingPlans/plan":
      return planOut(item);
    default:
      throw new CouponError("INTERNAL", `No answer shape for ${endpoint.key}.`);
  }
}

/**
 * A page of a query: Catalog V1 answers `{ <list>, metadata: { items, offset }, totalResults }`,
 * the newer APIs `{ <list>, pagingMetadata: { count, offset, total } }`.
 */
export function catalogueAnswerOut(endpoint: CatalogueEndpoint, items: CatalogueItem[], offset: number, total: number, now: number = Date.now()): Json {
  const list = items.map((item) => catalogueItemOut(endpoint, item, now));
  if (endpoint.v1) return { [endpoint.listKey]: list, metadata: { items: list.length, offset }, totalResults: total };
  return { [endpoint.listKey]: list, pagingMetadata: { count: list.length, offset, total } };
}
