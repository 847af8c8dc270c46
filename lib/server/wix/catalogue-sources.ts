import "server-only";
// How the gateway asks each Wix catalogue API for items by name and by id. The APIs differ in
// three ways that matter here, so there are four kinds of source:
//   offset:  `name $startsWith`, offset paging         (Catalog V1 products and collections, Bookings services)
//   cursor:  `name $startsWith`, cursor paging         (Pricing Plans V3, Categories)
//   scan:    no prefix filter on the name: pages are   (Events V3 events, which filter `title` only by
//            read by title and matched here             $eq/$in/ranges; ticket definitions, likewise `name`)
//   search:  a free-text search endpoint for names,    (Catalog V3 products)
//            a query endpoint for ids
// Catalog V1 filter and sort travel as JSON strings; the newer APIs take objects.
import { CATALOGUE_LOOKUP_MAX, offsetOfCursor, type ItemsById } from "@/lib/coupons/domain/catalogue";
import { itemsOf, type ItemShape, type WireItem } from "./catalogue-items";

/** One POST to Wix; a 401 or 403 rejects with CatalogueRefused. */
export type Post = (path: string, body: unknown) => Promise<unknown>;

export class CatalogueRefused extends Error {
  constructor(readonly path: string) {
    super(`Wix refused ${path}`);
    this.name = "CatalogueRefused";
  }
}

export interface WirePage {
  items: WireItem[];
  nextCursor?: string;
}

export interface CatalogueSource {
  search(post: Post, text: string, size: number, cursor?: string): Promise<WirePage>;
  getMany(post: Post, ids: readonly string[]): Promise<Pick<ItemsById, "unknown"> & { items: WireItem[] }>;
}

interface ListSpec {
  path: string;
  /** Where the answer lists the items. */
  listKey: string;
  shape: ItemShape;
  /** Sent beside `query` in every request. */
  extra?: Record<string, unknown>;
}

const byIds = (ids: readonly string[]) => ({ id: { $in: [...ids] } });
const found = (items: WireItem[], ids: readonly string[]) => {
  const wanted = new Set(ids);
  return { items: items.filter((i) => wanted.has(i.id)), unknown: [] };
};

/** `name $startsWith` with offset paging; asks one more than a page to tell whether another follows. */
export function offsetSource(spec: ListSpec & { nameField: string; filterAsString: boolean }): CatalogueSource {
  const encode = (value: unknown) => (spec.filterAsString ? JSON.stringify(value) : value);
  const query = (filter: object, limit: number, offset: number) => ({
    ...spec.extra,
    query: { filter: encode(filter), sort: encode([{ fieldName: spec.nameField, order: "ASC" }]), paging: { limit, offset } },
  });
  return {
    async search(post, text, size, cursor) {
      const offset = offsetOfCursor(cursor);
      const filter = text ? { [spec.nameField]: { $startsWith: text } } : {};
      const items = itemsOf(await post(spec.path, query(filter, size + 1, offset)), spec.listKey, spec.shape);
      return { items: items.slice(0, size), ...(items.length > size ? { nextCursor: String(offset + size) } : {}) };
    },
    async getMany(post, ids) {
      return found(itemsOf(await post(spec.path, query(byIds(ids), ids.length, 0)), spec.listKey, spec.shape), ids);
    },
  };
}

interface CursorAnswer {
  pagingMetadata?: { cursors?: { next?: string | null } | null; hasNext?: boolean | null } | null;
}

const nextCursorOf = (json: unknown): string | undefined => {
  const meta = (json as CursorAnswer | null)?.pagingMetadata;
  const next = meta?.cursors?.next;
  return next && meta?.hasNext !== false ? next : undefined;
};

/** `name $startsWith` with cursor paging: a later page sends only the cursor, as Wix asks. */
export function cursorSource(spec: ListSpec): CatalogueSource {
  return {
    async search(post, text, size, cursor) {
      const query = cursor
        ? { cursorPaging: { limit: size, cursor } }
        : {
            filter: text ? { name: { $startsWith: text } } : {},
            sort: [{ fieldName: "name", order: "ASC" }],
            cursorPaging: { limit: size },
          };
      const json = await post(spec.path, { ...spec.extra, query });
      return { items: itemsOf(json, spec.listKey, spec.shape), nextCursor: nextCursorOf(json) };
    },
    async getMany(post, ids) {
      const json = await post(spec.path, { ...spec.extra, query: { filter: byIds(ids), cursorPaging: { limit: CATALOGUE_LOOKUP_MAX } } });
      return found(itemsOf(json, spec.listKey, spec.shape), ids);
    },
  };
}

/** Pages a scan reads before it answers with what it has (each page is one call of the 200 a minute). */
export const SCAN_MAX_PAGES = 3;
const SCAN_PAGE = 100;

const folded = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * No prefix filter on the name: read pages of 100 by name and keep the items whose name contains
 * the text (any case, any accents). The cursor is the offset in that list where the next page
 * starts, so paging on resumes the scan.
 */
export function scanSource(spec: ListSpec & { nameField: string }): CatalogueSource {
  const page = (filter: object, limit: number, offset: number) => ({
    ...spec.extra,
    query: { filter, sort: [{ fieldName: spec.nameField, order: "ASC" }], paging: { limit, offset } },
  });
  return {
    async search(post, text, size, cursor) {
      const wanted = folded(text);
      const matches: { item: WireItem; at: number }[] = [];
      let offset = offsetOfCursor(cursor);
      for (let pages = 0; pages < SCAN_MAX_PAGES; pages++) {
        const items = itemsOf(await post(spec.path, page({}, SCAN_PAGE, offset)), spec.listKey, spec.shape);
        items.forEach((item, i) => {
          if (folded(item.name).includes(wanted)) matches.push({ item, at: offset + i });
        });
        offset += items.length;
        if (matches.length > size) return { items: matches.slice(0, size).map((m) => m.item), nextCursor: String(matches[size]!.at) };
        if (items.length < SCAN_PAGE) return { items: matches.map((m) => m.item) };
      }
      return { items: matches.map((m) => m.item), nextCursor: String(offset) };
    },
    async getMany(post, ids) {
      return found(itemsOf(await post(spec.path, page(byIds(ids), ids.length, 0)), spec.listKey, spec.shape), ids);
    },
  };
}

/** Catalog V3 products: names through the search endpoint's free text, ids through the query endpoint. */
export function productsV3Source(shape: ItemShape): CatalogueSource {
  // CURRENCY brings `formattedAmount`, the price as the store writes it.
  const fields = ["CURRENCY"];
  return {
    async search(post, text, size, cursor) {
      const search = cursor
        ? { cursorPaging: { limit: size, cursor } }
        : {
            ...(text ? { search: { expression: text, mode: "AND" } } : {}),
            sort: [{ fieldName: "name", order: "ASC" }],
            cursorPaging: { limit: size },
          };
      const json = await post("/stores/v3/products/search", { search, fields });
      return { items: itemsOf(json, "products", shape), nextCursor: nextCursorOf(json) };
    },
    async getMany(post, ids) {
      const json = await post("/stores/v3/products/query", {
        query: { filter: byIds(ids), cursorPaging: { limit: CATALOGUE_LOOKUP_MAX } },
        fields,
      });
      return found(itemsOf(json, "products", shape), ids);
    },
  };
}

const RETRY_HIDDEN_MS = 10 * 60_000;

/**
 * Catalog V1 products leave hidden ones out unless `includeHiddenProducts` is sent, which needs
 * the Manage Products permission. Without it, ask again for the visible ones: an id not among them
 * may be hidden rather than deleted, so it is `unknown`, not gone.
 */
export function withHiddenProducts(
  withHidden: CatalogueSource,
  visibleOnly: CatalogueSource,
  now: () => number = Date.now,
): CatalogueSource {
  // After a refusal, ask for visible products only for a while (the key may be given the permission).
  let refusedAt = Number.NEGATIVE_INFINITY;
  /** Asks with hidden products where the key may; else for visible ones only (`onlyVisible`). */
  const attempt = async <T>(run: (source: CatalogueSource, onlyVisible: boolean) => Promise<T>): Promise<T> => {
    if (now() - refusedAt > RETRY_HIDDEN_MS) {
      try {
        return await run(withHidden, false);
      } catch (error) {
        if (!(error instanceof CatalogueRefused)) throw error;
        refusedAt = now();
      }
    }
    return run(visibleOnly, true);
  };
  return {
    search: (post, text, size, cursor) => attempt((s) => s.search(post, text, size, cursor)),
    getMany: (post, ids) =>
      attempt(async (s, onlyVisible) => {
        const answer = await s.getMany(post, ids);
        if (!onlyVisible) return answer;
        const seen = new Set(answer.items.map((i) => i.id));
        return { items: answer.items, unknown: ids.filter((id) => !seen.has(id)) };
      }),
  };
}
