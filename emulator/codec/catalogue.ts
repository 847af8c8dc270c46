import "server-only";
// What the emulator's catalogue endpoints share: the kind keys `deniedCatalogues` takes, the catalog
// versions, how one query endpoint is described (codec/catalogue-v1, -v3, -apps and -plans describe
// them, catalogue-routes serves them), the other apps' query object, and prices as the demo
// catalogue writes them ("$19.00 / month").
// Written from Wix's docs for the emulator alone, not taken from the gateway's wire module, so the
// two readings check each other.
import type { CatalogueItem, ItemKind } from "@/lib/coupons/domain/catalogue";
import { objectIn, refuse, type Json } from "./json";
import type { PageRequest, PageResult } from "./paging";
import type { Comparator, Predicate } from "./wql";

/** The kinds `deniedCatalogues` and `--deny-catalogue` take, besides "*". */
export const CATALOGUE_KEYS = [
  "stores/product",
  "stores/collection",
  "bookings/service",
  "events/event",
  "events/ticket",
  "pricingPlans/plan",
] as const;
export type CatalogueKey = (typeof CATALOGUE_KEYS)[number];

/** Catalog Versioning's answer: which Stores catalogue the site runs, or none. */
export const CATALOG_VERSIONS = ["V1_CATALOG", "V3_CATALOG", "STORES_NOT_INSTALLED"] as const;
export type CatalogVersion = (typeof CATALOG_VERSIONS)[number];

export const PRODUCT_KIND: ItemKind = { namespace: "stores", group: "product" };
export const COLLECTION_KIND: ItemKind = { namespace: "stores", group: "collection" };

/** What an endpoint's answer depends on beyond the request. */
export interface CatalogueSettings {
  /** The key has Read Products but not Manage Products (Catalog V3: no "Product v3 read admin"). */
  productsReadOnly: boolean;
  now: number;
}

/** A request read: which items, in what order, which page, and each item's shape. */
export interface ParsedQuery {
  matches: Predicate;
  compare: Comparator;
  page: PageRequest;
  itemOut: (item: CatalogueItem) => Json;
}

/** One catalogue read endpoint (POST). */
export interface QueryApi {
  key: CatalogueKey;
  kind: ItemKind;
  path: string;
  /** The app whose read permission the key needs. */
  app: string;
  /** The Stores catalogue that serves it; other versions are refused. None: not a Stores endpoint. */
  catalog?: Exclude<CatalogVersion, "STORES_NOT_INSTALLED">;
  read(body: Json, settings: CatalogueSettings): ParsedQuery;
  answer(list: Json[], page: PageResult<CatalogueItem>): Json;
}

// ---- prices ------------------------------------------------------------------------------------
// An item's `price` where it has one; its formatted text ("$19.00 / month") only where it hasn't.

const CURRENCIES: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };

/** The first number of a formatted price ("$19.00 / month" → 19) and its currency (USD unless €/£). */
export function parsePrice(formatted: string | undefined): { amount: number; currency: string } | undefined {
  if (!formatted) return undefined;
  const match = /\d[\d,]*(?:\.\d+)?/.exec(formatted);
  if (!match) return undefined;
  const symbol = Object.keys(CURRENCIES).find((s) => formatted.includes(s));
  return { amount: Number(match[0].replace(/,/g, "")), currency: symbol ? CURRENCIES[symbol]! : "USD" };
}

/** An item's price: its `price` where the catalogue gives one, else read from `formattedPrice`. */
export function priceOf(item: CatalogueItem): { amount: number; currency: string } | undefined {
  return item.price ?? parsePrice(item.formattedPrice);
}

/** A decimal string as Wix's newer APIs write amounts: "20.00". */
export const decimal = (amount: number) => amount.toFixed(2);

/** An item's price as Bookings and Events write money: `{ value: "20.00", currency }`. */
export function money(item: CatalogueItem): { value: string; currency: string } | undefined {
  const price = priceOf(item);
  return price && { value: decimal(price.amount), currency: price.currency };
}

/** The price a merchant's new product shows: "$31.50". */
export const formatProductPrice = (price: number): string => `$${price.toFixed(2)}`;

/** A URL slug from a name [guess: Wix makes one from the name; its exact rules aren't documented]. */
export const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");

/** The query object; a filter or sort sent as a JSON string (Catalog V1's way) is refused. */
export function queryIn(body: Json, required = false): Json {
  if (required && (body.query === undefined || body.query === null)) refuse("query", "query is required.");
  const query = objectIn(body.query, "query");
  for (const key of ["filter", "sort"] as const) {
    if (typeof query[key] === "string")
      refuse(`query.${key}`, `This API takes ${key} as ${key === "filter" ? "an object" : "a list"}, not a JSON string.`);
  }
  return query;
}
