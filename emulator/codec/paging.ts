import "server-only";
// Paging as Wix's query APIs take it: offset paging (`paging: { limit, offset }`) or cursor paging
// (`cursorPaging: { limit, cursor }`). A first cursor request sends filter and sort; each later one
// sends only the cursor from `pagingMetadata.cursors.next`, which carries them (Wix: "following
// requests use the cursor token and not filter or sort"). The emulator's cursors are opaque to
// clients: base64url of the query's state, bound to the endpoint that made them.
import { isObject, objectIn, refuse, wholeNumberIn, type Json } from "./json";

export interface Limits {
  defaultLimit: number;
  maxLimit: number;
  /** 1 unless the API takes 0 (Events V3: a limit of 0 returns no events). */
  minLimit?: number;
}

/** What a cursor carries: the endpoint, the first request's filter, sort and search, and where the next page starts. */
interface CursorState {
  path: string;
  filter?: unknown;
  sort?: unknown;
  search?: unknown;
  offset: number;
}

export type PageRequest =
  { mode: "offset"; limit: number; offset: number } | { mode: "cursor"; limit: number; offset: number; state: CursorState };

export interface PageResult<T> {
  mode: PageRequest["mode"];
  items: T[];
  offset: number;
  /** Every match, not just this page. */
  total: number;
  /** The cursor for the next page, on cursor paging when there is one. */
  next?: string;
}

/** The query parts a cursor stands in for. */
export interface QueryParts {
  filter?: unknown;
  sort?: unknown;
  search?: unknown;
}

export function offsetPagingIn(raw: unknown, where: string, limits: Limits): PageRequest {
  const paging = objectIn(raw, where);
  return {
    mode: "offset",
    limit: wholeNumberIn(paging.limit, `${where}.limit`, limits.defaultLimit, limits.minLimit ?? 1, limits.maxLimit),
    offset: wholeNumberIn(paging.offset, `${where}.offset`, 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

const encodeCursor = (state: CursorState) => Buffer.from(JSON.stringify(state), "utf8").toString("base64url");

function decodeCursor(cursor: string, path: string, at: string): CursorState {
  let state: unknown;
  try {
    state = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return refuse(at, "The cursor is not one this API gave out.");
  }
  if (!isObject(state) || state.path !== path || typeof state.offset !== "number" || !Number.isInteger(state.offset) || state.offset < 0) {
    return refuse(at, "The cursor is not one this API gave out.");
  }
  return state as unknown as CursorState;
}

/** Empty `{}` or `[]` counts as not sent [guess: lenient, as a client may send an empty filter beside a cursor]. */
const sent = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  value !== "" &&
  !(Array.isArray(value) && value.length === 0) &&
  !(isObject(value) && Object.keys(value).length === 0);

/**
 * `<where>.cursorPaging` of a request, and the filter, sort and search to answer it with: the
 * request's own on a first page, the cursor's on a later one. A cursor beside a filter, sort or
 * search expression is refused [guess: the docs say later requests don't send them, not what Wix
 * does when they do].
 */
export function cursorPagingIn(
  root: Json,
  where: string,
  path: string,
  limits: Limits,
  parts: QueryParts,
): { page: PageRequest; parts: QueryParts } {
  const paging = objectIn(root.cursorPaging, `${where}.cursorPaging`);
  const limit = wholeNumberIn(paging.limit, `${where}.cursorPaging.limit`, limits.defaultLimit, limits.minLimit ?? 1, limits.maxLimit);
  const at = `${where}.cursorPaging.cursor`;
  const cursor = paging.cursor;
  if (cursor === undefined || cursor === null || cursor === "") {
    return { page: { mode: "cursor", limit, offset: 0, state: { path, ...parts, offset: 0 } }, parts };
  }
  if (typeof cursor !== "string") return refuse(at, "cursor is a string from pagingMetadata.cursors.next.");
  const extra = (["filter", "sort", "search"] as const).find((key) => sent(parts[key]));
  if (extra) return refuse(at, `A request with a cursor doesn't send ${extra}: the cursor carries the first request's filter and sort.`);
  const state = decodeCursor(cursor, path, at);
  return {
    page: { mode: "cursor", limit, offset: state.offset, state },
    parts: { filter: state.filter, sort: state.sort, search: state.search },
  };
}

/** One page of the matches, with the next cursor on cursor paging. */
export function pageOf<T>(all: T[], page: PageRequest): PageResult<T> {
  const items = all.slice(page.offset, page.offset + page.limit);
  const end = page.offset + items.length;
  const next = page.mode === "cursor" && end < all.length ? encodeCursor({ ...page.state, offset: end }) : undefined;
  return { mode: page.mode, items, offset: page.offset, total: all.length, ...(next ? { next } : {}) };
}

/** `pagingMetadata` of cursor paging: `{ count, cursors: { next? }, hasNext }`. */
export const cursorMetadataOut = (page: PageResult<unknown>) => ({
  count: page.items.length,
  cursors: page.next ? { next: page.next } : {},
  hasNext: page.next !== undefined,
});

/** `PagingMetadataV2` of cursor paging (Ticket Definitions, Plans V3): `{ count, cursors: { next? } }`, no hasNext. */
export const cursorMetadataV2Out = (page: PageResult<unknown>) => ({
  count: page.items.length,
  cursors: page.next ? { next: page.next } : {},
});

/** `pagingMetadata` (or Ticket Definitions' `metadata`) of offset paging: `{ count, offset, total }`. */
export const offsetMetadataOut = (page: PageResult<unknown>) => ({ count: page.items.length, offset: page.offset, total: page.total });
