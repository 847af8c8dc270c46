// The coupon table's state lives in the URL, and this is its one parser: the server page, the GET
// route handlers and the browser all read the URL through it. Whatever it keeps is allowed by the
// field catalogue AND by what the active backend can answer (`Allowances`); anything else is
// dropped, so a hand-edited or stale link can never reach a backend with a query it would refuse
// or answer wrongly. No I/O, no zod: the browser bundles it.
//
// URL format (every part optional; defaults are left out, so the bare /coupons is the default view):
//   q=summer                       search: code or name contains, ignoring case
//   status=Active,UsedUp           facets: status, type, namespace (catalogue enum values)
//   type=PercentOff&namespace=stores
//   active=false&expired=false     boolean facets: switched on/off, end passed or not
//   expirationTime=2024-05-01..2024-05-07   date range: days in the merchant's time zone, inclusive
//   numberOfUsages=100..           number range: min and/or max, inclusive
//   sort=-numberOfUsages,code      sort keys, "-" for descending
//   page=2&size=50                 1-based page; size from PAGE_SIZES
//   cols=code,name,status          visible columns (absent: the merchant's saved or default set)
//   coupon=<id>                    the coupon open in the details drawer
//   family=SUMMER-                 a code family: codes starting with its (reserved) prefix
import { FACET_KEYS, type FacetKey, type FieldId } from "../domain/fields";
import { MAX_SORT_KEYS, type SortSpec } from "../query/query";
import { isDay } from "../time/zoned-day";
import type { Allowances } from "./allowances";
import { ALWAYS_VISIBLE, TABLE_COLUMNS } from "./columns";
import { FACETS, NO_FACETS, RANGE_FIELDS, rangeKind, type Facets, type Range } from "./filters";

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;
export const MAX_PAGE = 100_000;
export const MAX_SEARCH_LENGTH = 100;

export interface TableState {
  page: number;
  pageSize: PageSize;
  sort: SortSpec[];
  search: string;
  facets: Facets;
  ranges: Partial<Record<FieldId, Range>>;
  columns: FieldId[] | null;
  coupon: string | null;
  /** A code family's prefix: only codes starting with it. */
  family: string | null;
}

export const DEFAULT_STATE: TableState = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: [],
  search: "",
  facets: NO_FACETS,
  ranges: {},
  columns: null,
  coupon: null,
  family: null,
};

/** Next's `searchParams` object or a URLSearchParams; the first value of a repeated key wins. */
export type ParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function reader(input: ParamsInput): (key: string) => string | undefined {
  if (input instanceof URLSearchParams) return (key) => input.get(key) ?? undefined;
  return (key) => {
    const value = input[key];
    return Array.isArray(value) ? value[0] : value;
  };
}

const list = (raw: string | undefined) =>
  (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

function parseWhole(raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || !/^\d{1,9}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

function canonicalNumber(raw: string): string | undefined {
  if (!/^-?\d{1,12}(\.\d{1,4})?$/.test(raw.trim())) return undefined;
  return String(Number(raw));
}

function parseRange(raw: string | undefined, field: FieldId, allowed: { min: boolean; max: boolean }): Range | undefined {
  if (!raw || !raw.includes("..")) return undefined;
  const [lo = "", hi = "", ...rest] = raw.split("..");
  if (rest.length > 0) return undefined;
  const canonical = rangeKind(field) === "date" ? (s: string) => (isDay(s) ? s : undefined) : canonicalNumber;
  const min = allowed.min && lo ? canonical(lo) : undefined;
  const max = allowed.max && hi ? canonical(hi) : undefined;
  if (min === undefined && max === undefined) return undefined;
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

function parseSort(raw: string | undefined, allow: Allowances): SortSpec[] {
  const sort: SortSpec[] = [];
  for (const token of list(raw)) {
    const desc = token.startsWith("-");
    const field = (desc ? token.slice(1) : token) as FieldId;
    if (!allow.sortable.includes(field) || sort.some((s) => s.field === field)) continue;
    sort.push({ field, order: desc ? "desc" : "asc" });
    if (sort.length === MAX_SORT_KEYS) break;
  }
  return sort;
}

function parseFacet<K extends FacetKey>(raw: string | undefined, key: K, allow: Allowances): Facets[K] {
  const mode = allow.facets[key];
  if (!mode) return [];
  const values: readonly string[] = FACETS[key].values;
  const given = list(raw).filter((v) => values.includes(v));
  if (mode === "single") return given.slice(0, 1) as Facets[K];
  return values.filter((v) => given.includes(v)) as Facets[K];
}

/** "code,name,status" → visible columns in table order, the code always among them; null: no choice. */
export function parseColumnList(raw: string | undefined): FieldId[] | null {
  const given = list(raw);
  if (given.length === 0) return null;
  const visible = TABLE_COLUMNS.filter((id) => id === ALWAYS_VISIBLE || given.includes(id));
  return visible.length > 1 ? visible : null;
}

const COUPON_ID_RE = /^[A-Za-z0-9_-]{1,100}$/;
/** A family's prefix, as code-pattern.ts makes them. */
const PREFIX_RE = /^[A-Z0-9][A-Z0-9-]{1,11}$/;

/** URL → TableState, keeping only what the catalogue and the backend allow. Never throws. */
export function parseTableState(input: ParamsInput, allow: Allowances): TableState {
  const get = reader(input);
  const size = parseWhole(get("size"), 1, 1000);
  const search = allow.search.length ? (get("q") ?? "").trim().replace(/\s+/g, " ").slice(0, MAX_SEARCH_LENGTH) : "";
  const ranges: TableState["ranges"] = {};
  for (const field of RANGE_FIELDS) {
    const allowed = allow.ranges[field];
    const range = allowed && parseRange(get(field), field, allowed);
    if (range) ranges[field] = range;
  }
  const coupon = get("coupon");
  const family = get("family")?.trim().toUpperCase();
  return {
    page: parseWhole(get("page"), 1, MAX_PAGE) ?? 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size ?? 0) ? (size as PageSize) : DEFAULT_PAGE_SIZE,
    sort: parseSort(get("sort"), allow),
    search,
    facets: Object.fromEntries(FACET_KEYS.map((key) => [key, parseFacet(get(key), key, allow)])) as unknown as Facets,
    ranges,
    columns: parseColumnList(get("cols")),
    coupon: coupon && COUPON_ID_RE.test(coupon) ? coupon : null,
    family: allow.codePrefix && family && PREFIX_RE.test(family) ? family : null,
  };
}

// Commas and dots read better than %2C in a link people paste into tickets; both are legal here.
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ",");

/**
 * TableState → query string (no "?"), defaults left out, keys in a fixed order: equal states give
 * equal strings, which is what the react-query keys rely on. `only: "data"` keeps just what
 * changes the rows (the list's key and its GET request); columns and the drawer don't.
 */
export function serialiseTableState(state: TableState, only: "all" | "data" = "all"): string {
  const pairs: [string, string][] = [];
  if (state.search) pairs.push(["q", state.search]);
  if (state.family) pairs.push(["family", state.family]);
  for (const key of FACET_KEYS) if (state.facets[key].length) pairs.push([key, state.facets[key].join(",")]);
  for (const field of RANGE_FIELDS) {
    const range = state.ranges[field];
    if (range && (range.min !== undefined || range.max !== undefined)) pairs.push([field, `${range.min ?? ""}..${range.max ?? ""}`]);
  }
  if (state.sort.length) pairs.push(["sort", state.sort.map((s) => (s.order === "desc" ? "-" : "") + s.field).join(",")]);
  if (state.page !== 1) pairs.push(["page", String(state.page)]);
  if (state.pageSize !== DEFAULT_PAGE_SIZE) pairs.push(["size", String(state.pageSize)]);
  if (only === "all") {
    if (state.columns) pairs.push(["cols", state.columns.join(",")]);
    if (state.coupon) pairs.push(["coupon", state.coupon]);
  }
  return pairs.map(([k, v]) => `${k}=${encode(v)}`).join("&");
}

/** Whether any filter or search narrows the list (not paging, sorting or columns). */
export function isFiltered(state: TableState): boolean {
  return (
    Boolean(state.search) ||
    Boolean(state.family) ||
    FACET_KEYS.some((k) => state.facets[k].length > 0) ||
    Object.keys(state.ranges).length > 0
  );
}

/** The same view with no search and no filters, back on page 1. */
export function withoutFilters(state: TableState): TableState {
  return { ...state, search: "", family: null, facets: NO_FACETS, ranges: {}, page: 1 };
}
