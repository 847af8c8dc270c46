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
import { COUPON_TYPES, type CouponType } from "../domain/coupon-types";
import { COLUMN_FIELDS, FIELDS, fieldById, type FieldId, type FilterOperator } from "../domain/fields";
import type { BackendCapabilities } from "../domain/gateway";
import { MAX_SORT_KEYS, type CouponQuery, type FilterNode, type SortSpec } from "../query/query";
import { NAMESPACES, type Namespace } from "../domain/scope-matrix";
import { STATUSES, type CouponStatus } from "../domain/status";
import { addDays, isDay, startOfDayIn } from "../time/zoned-day";

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;
export const MAX_PAGE = 100_000;
export const MAX_SEARCH_LENGTH = 100;

/** The table's columns: the collection's fields plus the derived status badge, in display order. */
const LEADING: FieldId[] = ["code", "name", "type", "scope", "status", "numberOfUsages", "startTime", "expirationTime"];
export const TABLE_COLUMNS: readonly FieldId[] = [
  ...LEADING,
  ...COLUMN_FIELDS.map((f) => f.id as FieldId).filter((id) => !LEADING.includes(id)),
];
/** The catalogue's default columns, plus the status badge (derived, so not a catalogue column). */
export const DEFAULT_COLUMNS: readonly FieldId[] = TABLE_COLUMNS.filter((id) => id === "status" || fieldById(id)?.defaultVisible);
/** The code identifies a coupon on screen and opens its details; it can't be hidden. */
export const ALWAYS_VISIBLE: FieldId = "code";

const BOOLEAN_VALUES = ["true", "false"] as const;
type BooleanText = (typeof BOOLEAN_VALUES)[number];

export const FACETS = {
  status: { field: "status", values: STATUSES },
  type: { field: "type", values: COUPON_TYPES },
  namespace: { field: "scope.namespace", values: NAMESPACES },
  active: { field: "active", values: BOOLEAN_VALUES },
  expired: { field: "expired", values: BOOLEAN_VALUES },
} as const satisfies Record<string, { field: FieldId; values: readonly string[] }>;
export type FacetKey = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];
export interface Facets {
  status: CouponStatus[];
  type: CouponType[];
  namespace: Namespace[];
  active: BooleanText[];
  expired: BooleanText[];
}
export const NO_FACETS: Facets = { status: [], type: [], namespace: [], active: [], expired: [] };

/** A facet value as the query compares it: booleans travel as "true"/"false" in the URL. */
const facetValue = (field: FieldId, value: string): string | boolean => (fieldById(field)?.kind === "boolean" ? value === "true" : value);

/** Range filters: number fields compare with $gte/$lte, date fields by whole days ($gte/$lt). */
export const RANGE_FIELDS: readonly FieldId[] = FIELDS.filter(
  (f) => f.column && ["number", "money", "datetime"].includes(f.kind) && f.operators.length > 0,
).map((f) => f.id as FieldId);
export type RangeKind = "number" | "date";
export const rangeKind = (field: FieldId): RangeKind => (fieldById(field)?.kind === "datetime" ? "date" : "number");
/** Canonical text: numbers as String(Number(x)), days as YYYY-MM-DD. At least one side is set. */
export interface Range {
  min?: string;
  max?: string;
}

export const SEARCH_FIELDS: readonly FieldId[] = ["code", "name"];

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

/** What the table may offer: the catalogue intersected with the active backend's capabilities. */
export interface Allowances {
  sortable: FieldId[];
  /** "multi" with $hasSome, "single" with only $eq, absent when the backend can't filter it. */
  facets: Partial<Record<FacetKey, "multi" | "single">>;
  ranges: Partial<Record<FieldId, { min: boolean; max: boolean }>>;
  /** Fields the search box looks in ($contains); empty: no search box. */
  search: FieldId[];
  /** Whether codes can be filtered by how they start (a code family's prefix). */
  codePrefix: boolean;
}

export function allowancesFor(capabilities: BackendCapabilities): Allowances {
  const can = (field: FieldId, op: FilterOperator) =>
    (fieldById(field)?.operators as readonly string[] | undefined)?.includes(op) === true &&
    capabilities.filterable[field]?.includes(op) === true;
  const facets: Allowances["facets"] = {};
  for (const key of FACET_KEYS) {
    const field = FACETS[key].field;
    if (can(field, "$hasSome")) facets[key] = "multi";
    else if (can(field, "$eq")) facets[key] = "single";
  }
  const ranges: Allowances["ranges"] = {};
  for (const field of RANGE_FIELDS) {
    const min = can(field, "$gte");
    const max = can(field, rangeKind(field) === "date" ? "$lt" : "$lte");
    if (min || max) ranges[field] = { min, max };
  }
  return {
    sortable: FIELDS.filter((f) => f.sortable && capabilities.sortable.includes(f.id as FieldId)).map((f) => f.id as FieldId),
    facets,
    ranges,
    search: SEARCH_FIELDS.filter((f) => can(f, "$contains")),
    codePrefix: can("code", "$startsWith"),
  };
}

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

/** The merchant's column choice, kept in this cookie so a plain /coupons opens with it. */
export const COLUMNS_COOKIE = "coupon-table-columns";

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

type Condition = Extract<FilterNode, { kind: "cond" }>;
const cond = (field: FieldId, op: FilterOperator, value: Condition["value"]): Condition => ({ kind: "cond", field, op, value });

/**
 * TableState → the typed query a gateway answers. The search is an $or of $contains over code and
 * name (those the backend can do); a facet with one value is $eq, with several $hasSome; a date
 * range covers whole days in the merchant's `timeZone`, "to" included.
 */
export function toCouponQuery(state: TableState, allow: Allowances, timeZone: string): CouponQuery {
  const nodes: FilterNode[] = [];
  if (state.family && allow.codePrefix) nodes.push(cond("code", "$startsWith", state.family));
  if (state.search && allow.search.length) {
    const terms = allow.search.map((field) => cond(field, "$contains", state.search));
    nodes.push(terms.length === 1 ? terms[0]! : { kind: "or", nodes: terms });
  }
  for (const key of FACET_KEYS) {
    const values: readonly string[] = state.facets[key];
    if (values.length === 0) continue;
    const field = FACETS[key].field;
    nodes.push(values.length === 1 ? cond(field, "$eq", facetValue(field, values[0]!)) : cond(field, "$hasSome", [...values]));
  }
  for (const field of RANGE_FIELDS) {
    const range = state.ranges[field];
    if (!range) continue;
    if (rangeKind(field) === "date") {
      if (range.min !== undefined) nodes.push(cond(field, "$gte", startOfDayIn(range.min, timeZone)));
      if (range.max !== undefined) nodes.push(cond(field, "$lt", startOfDayIn(addDays(range.max, 1), timeZone)));
    } else {
      if (range.min !== undefined) nodes.push(cond(field, "$gte", Number(range.min)));
      if (range.max !== undefined) nodes.push(cond(field, "$lte", Number(range.max)));
    }
  }
  return {
    filter: nodes.length === 0 ? undefined : nodes.length === 1 ? nodes[0] : { kind: "and", nodes },
    sort: state.sort,
    limit: state.pageSize,
    offset: (state.page - 1) * state.pageSize,
  };
}
