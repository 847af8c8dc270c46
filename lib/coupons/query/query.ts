// The coupon query language: Wix's filter/sort JSON ⇄ a typed query, checked against the field
// catalogue so that nothing outside the allow-list ever reaches a backend. No zod here: the table
// page's client bundle reads this module; the zod shape check lives in query-validate.ts.
import { COUPON_TYPES } from "../domain/coupon-types";
import { invalidArgument, type FieldViolation } from "../domain/errors";
import { fieldById, fieldByRestPath, type FieldDef, type FieldId, type FilterOperator } from "../domain/fields";
import { STATUSES } from "../domain/status";

export type Scalar = string | number | boolean;
export type FilterValue = Scalar | null | Scalar[];

export type FilterNode =
  | { kind: "and"; nodes: FilterNode[] }
  | { kind: "or"; nodes: FilterNode[] }
  | { kind: "cond"; field: FieldId; op: FilterOperator; value: FilterValue };

export type SortOrder = "asc" | "desc";
export interface SortSpec {
  field: FieldId;
  order: SortOrder;
}

export interface CouponQuery {
  filter?: FilterNode;
  sort: SortSpec[];
  limit: number;
  offset: number;
}

export interface QueryResult<T> {
  items: T[];
  totalResults: number;
}

/** Field names as the collection spells them (`code`) or as REST v2 does (`specification.code`). */
export type Naming = "collection" | "rest";

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 50;
export const MAX_SORT_KEYS = 5;
const MAX_DEPTH = 8;
const MAX_CONDITIONS = 100;
const MAX_HAS_SOME = 100;

class QueryProblem extends Error {
  constructor(readonly violation: FieldViolation) {
    super(violation.description);
  }
}
const problem = (field: string, description: string): never => {
  throw new QueryProblem({ field, description });
};

function resolveField(name: string, naming: Naming, where: string): FieldDef {
  const field = naming === "rest" ? fieldByRestPath(name) : fieldById(name);
  if (!field) return problem(where, `Unknown field "${name}"; filter and sort only by fields of the coupon collection.`);
  return field;
}

function parseJsonString(input: unknown, where: string): unknown {
  if (typeof input !== "string") return input;
  if (input.trim() === "") return undefined;
  try {
    return JSON.parse(input);
  } catch {
    return problem(where, `${where} is not valid JSON.`);
  }
}

function coerceScalar(field: FieldDef, raw: unknown, where: string): Scalar {
  switch (field.kind) {
    case "boolean":
      if (raw === true || raw === "true") return true;
      if (raw === false || raw === "false") return false;
      return problem(where, `${field.id} takes true or false.`);
    case "number":
    case "money": {
      const n = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
      if (typeof n !== "number" || !Number.isFinite(n)) return problem(where, `${field.id} takes a number.`);
      return n;
    }
    case "datetime": {
      const value = raw !== null && typeof raw === "object" && "$date" in raw ? (raw as { $date: unknown }).$date : raw;
      if (typeof value === "number" && Number.isSafeInteger(value)) return value;
      if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
      if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return Date.parse(value);
      return problem(where, `${field.id} takes a time: epoch milliseconds or an ISO date.`);
    }
    default:
      if (typeof raw !== "string") return problem(where, `${field.id} takes text.`);
      if (field.id === "type" && !(COUPON_TYPES as readonly string[]).includes(raw)) {
        return problem(where, `type is one of ${COUPON_TYPES.join(", ")}.`);
      }
      if (field.id === "status" && !(STATUSES as readonly string[]).includes(raw)) {
        return problem(where, `status is one of ${STATUSES.join(", ")}.`);
      }
      return raw;
  }
}

function parseCondition(field: FieldDef, op: string, raw: unknown, where: string): FilterNode {
  if (!(field.operators as readonly string[]).includes(op)) {
    const allowed = field.operators.length ? `use ${field.operators.join(", ")}` : "it can't be filtered";
    return problem(where, `${field.id} can't be filtered with ${op}; ${allowed}.`);
  }
  const operator = op as FilterOperator;
  let value: FilterValue;
  if (operator === "$hasSome") {
    if (!Array.isArray(raw) || raw.length === 0) return problem(where, `$hasSome takes a non-empty list of values.`);
    if (raw.length > MAX_HAS_SOME) return problem(where, `$hasSome takes at most ${MAX_HAS_SOME} values.`);
    value = raw.map((item) => coerceScalar(field, item, where));
  } else if (operator === "$contains" || operator === "$startsWith") {
    if (typeof raw !== "string") return problem(where, `${operator} takes text.`);
    value = raw;
  } else if (raw === null && (operator === "$eq" || operator === "$ne")) {
    value = null;
  } else {
    value = coerceScalar(field, raw, where);
  }
  return { kind: "cond", field: field.id as FieldId, op: operator, value };
}

function parseNode(input: unknown, naming: Naming, depth: number, count: { n: number }): FilterNode {
  if (depth > MAX_DEPTH) return problem("filter", `The filter is nested more than ${MAX_DEPTH} levels deep.`);
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return problem("filter", 'A filter is an object such as {"code": {"$startsWith": "SUM"}}.');
  }
  const nodes: FilterNode[] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(raw) || raw.length === 0) return problem("filter", `${key} takes a non-empty list of filters.`);
      const children = raw.map((child) => parseNode(child, naming, depth + 1, count));
      nodes.push({ kind: key === "$and" ? "and" : "or", nodes: children });
      continue;
    }
    if (key.startsWith("$")) return problem("filter", `Unknown operator ${key}; use $and or $or to combine filters.`);
    const where = `filter.${key}`;
    const field = resolveField(key, naming, where);
    const isOperatorObject =
      raw !== null &&
      typeof raw === "object" &&
      !Array.isArray(raw) &&
      Object.keys(raw).every((k) => k.startsWith("$")) &&
      !("$date" in raw);
    const entries: [string, unknown][] = isOperatorObject ? Object.entries(raw as object) : [["$eq", raw]];
    if (entries.length === 0) return problem(where, `Give ${key} an operator such as $eq.`);
    for (const [op, value] of entries) {
      if (++count.n > MAX_CONDITIONS) return problem("filter", `A filter has at most ${MAX_CONDITIONS} conditions.`);
      nodes.push(parseCondition(field, op, value, where));
    }
  }
  if (nodes.length === 1) return nodes[0]!;
  return { kind: "and", nodes };
}

function parseSortEntries(input: unknown, naming: Naming): SortSpec[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) return problem("sort", 'sort is a list such as [{"fieldName": "code", "order": "ASC"}].');
  if (input.length > MAX_SORT_KEYS) return problem("sort", `Sort by at most ${MAX_SORT_KEYS} fields.`);
  return input.map((entry): SortSpec => {
    if (entry === null || typeof entry !== "object") return problem("sort", "Each sort entry is an object.");
    const record = entry as Record<string, unknown>;
    const [name, rawOrder] =
      typeof record.fieldName === "string"
        ? [record.fieldName, record.order ?? "ASC"]
        : (Object.entries(record)[0] ?? problem("sort", "A sort entry names a field."));
    // Only text is an order; String() of a JSON object such as {"toString": 1} would throw.
    const order = typeof rawOrder === "string" ? rawOrder.toLowerCase() : "";
    if (order !== "asc" && order !== "desc") return problem(`sort.${name}`, `Sort order is ASC or DESC.`);
    const field = resolveField(name, naming, `sort.${name}`);
    if (!field.sortable) return problem(`sort.${name}`, `${field.id} can't be sorted.`);
    return { field: field.id as FieldId, order };
  });
}

/** A number, or text from a URL; anything else (true, [5], {"valueOf": 1}) is not a count. */
const toCount = (value: unknown): number => (typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN);

function parsePaging(limitInput: unknown, offsetInput: unknown): { limit: number; offset: number } {
  const limit = limitInput === undefined || limitInput === null ? DEFAULT_LIMIT : toCount(limitInput);
  const offset = offsetInput === undefined || offsetInput === null ? 0 : toCount(offsetInput);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return problem("paging.limit", `A page holds 1 to ${MAX_LIMIT} coupons.`);
  }
  if (!Number.isInteger(offset) || offset < 0) return problem("paging.offset", "offset is a whole number, 0 or more.");
  return { limit, offset };
}

export interface RawQuery {
  filter?: unknown;
  sort?: unknown;
  paging?: { limit?: unknown; offset?: unknown } | null;
}

/** Parses a Wix-style query (filter and sort as objects or JSON strings). Throws INVALID_ARGUMENT. */
export function parseQuery(raw: RawQuery, naming: Naming = "collection"): CouponQuery {
  try {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      return problem("query", 'A query is an object such as {"filter": {...}, "sort": [...], "paging": {"limit": 50}}.');
    }
    const filterJson = parseJsonString(raw.filter, "filter");
    const filter =
      filterJson === undefined || filterJson === null || (typeof filterJson === "object" && Object.keys(filterJson).length === 0)
        ? undefined
        : parseNode(filterJson, naming, 0, { n: 0 });
    const sort = parseSortEntries(parseJsonString(raw.sort, "sort"), naming);
    const paging = raw.paging ?? {};
    return { filter, sort, ...parsePaging(paging.limit, paging.offset) };
  } catch (error) {
    if (error instanceof QueryProblem) throw invalidArgument([error.violation]);
    throw error;
  }
}

function nameOf(field: FieldId, naming: Naming): string {
  const def = fieldById(field);
  if (!def) throw invalidArgument([{ field, description: `Unknown field "${field}".` }]);
  if (naming === "collection") return def.id;
  if (!def.rest) throw invalidArgument([{ field, description: `Wix's REST query can't reach ${field}.` }]);
  return def.rest.path;
}

/** The Wix JSON form of a typed filter, for the REST gateway and for round trips. */
export function toWixFilter(node: FilterNode, naming: Naming = "collection"): Record<string, unknown> {
  // parseQuery reads a nested {} as an empty "and" (match all); write it back as {}, since Wix and
  // parseQuery both refuse an empty $and list.
  if (node.kind === "and" && node.nodes.length === 0) return {};
  if (node.kind === "and") return { $and: node.nodes.map((n) => toWixFilter(n, naming)) };
  if (node.kind === "or") return { $or: node.nodes.map((n) => toWixFilter(n, naming)) };
  return { [nameOf(node.field, naming)]: { [node.op]: node.value } };
}

export function toWixSort(sort: SortSpec[], naming: Naming = "collection"): Record<string, SortOrder>[] {
  return sort.map((s) => ({ [nameOf(s.field, naming)]: s.order }));
}

/** Every condition in a filter, for capability checks. */
export function conditionsOf(node: FilterNode | undefined): Extract<FilterNode, { kind: "cond" }>[] {
  if (!node) return [];
  return node.kind === "cond" ? [node] : node.nodes.flatMap(conditionsOf);
}
