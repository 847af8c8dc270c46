// The items a coupon can point at (scope.group.entityId): what they are, what the merchant sees
// of them, and the one interface both catalogues implement (the embedded demo catalogue and Wix's
// own Stores, Bookings, Events and Pricing Plans APIs). No I/O here.
import { formatDate } from "../time/dates";
import { invalidArgument } from "./errors";
import { SCOPE_RULES } from "./scope-matrix";

export interface CatalogueItem {
  namespace: string;
  group: string;
  id: string;
  name: string;
  formattedPrice?: string;
  /** A service's session length. */
  durationMinutes?: number;
  /** An event's start and end (epoch ms). */
  startsAt?: number;
  endsAt?: number;
  /** Not offered to customers: a hidden product or service, an archived or private plan. */
  hidden?: boolean;
  /** The price as a number, where the catalogue gives one: the code checker starts from it. */
  price?: { amount: number; currency: string };
  /** A pricing plan's payments: one every `every` `unit`s, `cycles` in all (absent: until cancelled). */
  billing?: PlanBilling;
}

export type BillingUnit = "DAY" | "WEEK" | "MONTH" | "YEAR";
export const BILLING_UNITS: readonly BillingUnit[] = ["DAY", "WEEK", "MONTH", "YEAR"];

export interface PlanBilling {
  every: number;
  unit: BillingUnit;
  cycles?: number;
}

/** Which kind of item: a namespace and one of its groups from the scope table. */
export interface ItemKind {
  namespace: string;
  group: string;
}

export interface CatalogueSearch {
  text: string;
  /** 1–50; default 20. */
  limit?: number;
  /** Where the page before left off (its `nextCursor`); none for the first page. */
  cursor?: string;
}

export interface CataloguePage {
  items: CatalogueItem[];
  /** Where the next page starts, when there is one: opaque, only its own catalogue reads it. */
  nextCursor?: string;
}

/** What a look-up by ids found. */
export interface ItemsById {
  items: CatalogueItem[];
  /**
   * Ids the catalogue found no item for but can't say are gone: Catalog V1 leaves hidden products
   * out of a key's answers unless the key may manage products. The other ids with no item are gone.
   */
  unknown: string[];
}

/** An item as the form's picker shows it. */
export interface PickerItem {
  id: string;
  name: string;
  /** "60 min · $20.00", "14 Mar 2027", "hidden"; empty when there is nothing to add. */
  detail: string;
  /** The price as a number, when the catalogue gives one (the code checker starts from it). */
  price?: { amount: number; currency: string };
}

export type CatalogueAnswer = { available: true; items: PickerItem[]; hasMore: boolean } | { available: false; message: string };

export type ItemCheck =
  { state: "found"; item: PickerItem } | { state: "missing"; message: string } | { state: "unchecked"; message: string };

/** Most ids one look-up takes: a table page (100 coupons) at most needs this many. */
export const CATALOGUE_LOOKUP_MAX = 100;
export const CATALOGUE_SEARCH_MAX = 50;

/** A search's page size as every catalogue reads it: 1–50 (default 1). */
export function searchPageSize(limit: number): number {
  return Math.min(Math.max(Math.trunc(limit) || 1, 1), CATALOGUE_SEARCH_MAX);
}

/** A cursor that is an offset into a list ("40"); anything else reads as the start. */
export function offsetOfCursor(cursor: string | undefined): number {
  return cursor && /^\d{1,9}$/.test(cursor) ? Number(cursor) : 0;
}

export interface CatalogueGateway {
  /** Items of one kind whose name matches the text (contains it, or on Wix starts with it), by name. */
  search(kind: ItemKind, search: CatalogueSearch): Promise<CataloguePage>;
  /** The items with these ids (up to CATALOGUE_LOOKUP_MAX); an id with no item is left out. */
  getMany(kind: ItemKind, ids: readonly string[]): Promise<ItemsById>;
}

/**
 * Where each kind of item lives on Wix and the permission the API key needs to read it, as the
 * picker names it when Wix refuses ("give the key Wix Stores' Read Products permission").
 */
export const CATALOGUE_SOURCES: Record<string, { app: string; permission: string }> = {
  product: { app: "Wix Stores", permission: "Read Products" },
  collection: { app: "Wix Stores", permission: "Read Products" },
  service: { app: "Wix Bookings", permission: "Read Bookings - Public Data" },
  event: { app: "Wix Events", permission: "Read Events" },
  ticket: { app: "Wix Events", permission: "Read Events" },
  plan: { app: "Wix Pricing Plans", permission: "Read Pricing Plans" },
};

/** "Manage Stores" style sentence for a refused look-up. */
export function missingPermission(group: string): string {
  const source = CATALOGUE_SOURCES[group];
  return source ? `${source.app}' ${source.permission}` : "the permission to read this catalogue";
}

function minutes(total: number): string {
  if (total < 60 || total % 60 !== 0) return total > 60 ? `${Math.floor(total / 60)} h ${total % 60} min` : `${total} min`;
  return `${total / 60} h`;
}

/** What helps tell items apart beside the name: "$25.00", "60 min · $20.00", "14 Mar 2027". */
export function itemDetail(item: CatalogueItem, timeZone: string): string {
  const parts: string[] = [];
  if (item.durationMinutes) parts.push(minutes(item.durationMinutes));
  if (item.startsAt !== undefined) parts.push(formatDate(item.startsAt, timeZone));
  if (item.formattedPrice) parts.push(item.formattedPrice);
  if (item.hidden) parts.push("hidden");
  return parts.join(" · ");
}

/** "Summer Tee · $25.00". */
export function itemLabel(item: CatalogueItem, timeZone: string): string {
  return [item.name, itemDetail(item, timeZone)].filter(Boolean).join(" · ");
}

/** The kinds of item a coupon can point at: the scope table's groups that take an entityId. */
export const ITEM_KINDS: readonly ItemKind[] = SCOPE_RULES.flatMap((rule) =>
  rule.group && rule.entityId !== "forbidden" ? [{ namespace: rule.namespace, group: rule.group }] : [],
);

export function isItemKind(kind: { namespace: unknown; group: unknown }): boolean {
  return ITEM_KINDS.some((k) => k.namespace === kind.namespace && k.group === kind.group);
}

/** Both catalogues check what they are asked the same way, and refuse it in the same words. */
export function checkLookup(kind: ItemKind, ids?: readonly unknown[]): void {
  if (!isItemKind(kind)) {
    throw invalidArgument([
      { field: "group", description: `"${String(kind.namespace)}/${String(kind.group)}" is not a kind of item a coupon can point at.` },
    ]);
  }
  if (ids && (ids.length > CATALOGUE_LOOKUP_MAX || ids.some((id) => typeof id !== "string" || id.length === 0 || id.length > 200))) {
    throw invalidArgument([{ field: "ids", description: `Send 1 to ${CATALOGUE_LOOKUP_MAX} item ids, each a non-empty string.` }]);
  }
}

export const kindKey = (kind: ItemKind) => `${kind.namespace}/${kind.group}`;
