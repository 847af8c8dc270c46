import "server-only";
// Wix's API Query Language, as the emulator reads it: a filter is an object of field conditions
// (`{ name: { $startsWith: "Blue" } }`, `{ id: "x" }` for $eq, `$and`/`$or`/`$not` over filters);
// a sort is a list of `{ fieldName, order: "ASC" | "DESC" }`. Each endpoint declares its fields and
// the operators each takes (from Wix's "supported filters and sorting" tables and the SDK's query
// specs); anything else is refused with 400, as Wix refuses a field it hasn't declared.
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { isObject, refuse } from "./json";

export const OPERATORS = [
  "$eq",
  "$ne",
  "$in",
  "$nin",
  "$hasSome",
  "$lt",
  "$lte",
  "$gt",
  "$gte",
  "$exists",
  "$startsWith",
  "$contains",
] as const;
export type Operator = (typeof OPERATORS)[number];
export type Value = string | number | boolean | undefined;

export interface FieldSpec {
  /** The operators Wix takes on this field. */
  ops: readonly Operator[];
  sortable: boolean;
  /** The item's value. None: a field Wix has but the emulator keeps no data for (sorting by it keeps the order). */
  value?: (item: CatalogueItem) => Value;
}
export type FieldSpecs = Record<string, FieldSpec>;
export type Predicate = (item: CatalogueItem) => boolean;
export type Comparator = (a: CatalogueItem, b: CatalogueItem) => number;

/** Most values a `$in`, `$nin` or `$hasSome` takes [guess: Wix doesn't say; a page of coupons needs at most 100]. */
export const MAX_LIST = 100;

const isScalar = (v: unknown): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
const lower = (v: Value) => (typeof v === "string" ? v.toLowerCase() : "");

function compareValues(a: Value, b: Value): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  // [guess] strings compare without regard to case, as a merchant reading names would expect.
  if (typeof a === "string" && typeof b === "string")
    return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One operator's test, its operand checked first. `$startsWith` and `$contains` ignore case (Catalog V1 says so; [guess] elsewhere). */
function operatorTest(op: Operator, operand: unknown, at: string): (v: Value) => boolean {
  const need = (ok: boolean, what: string) => ok || refuse(at, `${op} takes ${what}.`);
  switch (op) {
    case "$eq":
    case "$ne":
      need(isScalar(operand), "a string, number or boolean");
      return op === "$eq" ? (v) => v === operand : (v) => v !== operand;
    case "$in":
    case "$nin":
    case "$hasSome": {
      need(Array.isArray(operand) && operand.every(isScalar), "a list of values");
      if ((operand as unknown[]).length > MAX_LIST) refuse(at, `${op} takes at most ${MAX_LIST} values.`);
      const list = operand as Value[];
      return op === "$nin" ? (v) => !list.includes(v) : (v) => list.includes(v);
    }
    case "$lt":
    case "$lte":
    case "$gt":
    case "$gte": {
      need(typeof operand === "string" || typeof operand === "number", "a string or a number");
      const keep = { $lt: (c: number) => c < 0, $lte: (c: number) => c <= 0, $gt: (c: number) => c > 0, $gte: (c: number) => c >= 0 }[op];
      return (v) => v !== undefined && typeof v === typeof operand && keep(compareValues(v, operand as Value));
    }
    case "$exists":
      need(typeof operand === "boolean", "true or false");
      return (v) => (v !== undefined) === operand;
    case "$startsWith":
    case "$contains": {
      need(typeof operand === "string", "a string");
      const text = (operand as string).toLowerCase();
      return op === "$startsWith" ? (v) => lower(v).startsWith(text) : (v) => lower(v).includes(text);
    }
  }
}

function fieldCondition(field: string, condition: unknown, specs: FieldSpecs, where: string): Predicate {
  const at = `${where}.${field}`;
  const spec = Object.hasOwn(specs, field) ? specs[field] : undefined;
  // Wix's words for a field a Query endpoint doesn't filter on (Query Products' docs quote them).
  if (!spec || spec.ops.length === 0) return refuse(at, `Field '${field}' is not declared as filterable.`);
  const operators = isObject(condition) ? condition : { $eq: condition };
  const tests = Object.entries(operators).map(([op, operand]) => {
    if (!(OPERATORS as readonly string[]).includes(op)) return refuse(at, `Unknown operator ${op}.`);
    if (!spec.ops.includes(op as Operator)) return refuse(at, `Field '${field}' does not support ${op}; it takes ${spec.ops.join(", ")}.`);
    if (!spec.value) return refuse(at, `The emulator keeps no ${field}, so it can't filter on it.`);
    return operatorTest(op as Operator, operand, at);
  });
  if (tests.length === 0) return refuse(at, `The condition on ${field} names no operator.`);
  const value = spec.value!;
  return (item) => tests.every((test) => test(value(item)));
}

/** A filter object; absent or null matches everything. */
export function filterIn(raw: unknown, specs: FieldSpecs, where = "filter"): Predicate {
  if (raw === undefined || raw === null) return () => true;
  if (!isObject(raw)) return refuse(where, "filter is an object of field conditions.");
  const parts = Object.entries(raw).map(([key, condition]): Predicate => {
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(condition) || condition.length === 0) return refuse(`${where}.${key}`, `${key} takes a list of filters.`);
      const subs = condition.map((c) => filterIn(c, specs, where));
      return key === "$and" ? (item) => subs.every((s) => s(item)) : (item) => subs.some((s) => s(item));
    }
    if (key === "$not") {
      const sub = filterIn(condition, specs, where);
      return (item) => !sub(item);
    }
    return fieldCondition(key, condition, specs, where);
  });
  return (item) => parts.every((p) => p(item));
}

/** By name, any case, then id: the emulator's default order. */
export const byName: Comparator = (a, b) => compareValues(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A sort list, `[{ fieldName, order }]` (order ASC when absent; `direction` is read too, as Ticket
 * Definitions' docs write it [guess]). Ties, and no sort at all, fall back to `fallback`.
 */
export function sortIn(raw: unknown, specs: FieldSpecs, where = "sort", fallback: Comparator = byName): Comparator {
  if (raw === undefined || raw === null) return fallback;
  if (!Array.isArray(raw)) return refuse(where, "sort is a list of { fieldName, order }.");
  const keys = raw.map((entry) => {
    if (!isObject(entry) || typeof entry.fieldName !== "string") return refuse(where, "Each sort entry is { fieldName, order }.");
    const field = entry.fieldName;
    const spec = Object.hasOwn(specs, field) ? specs[field] : undefined;
    if (!spec?.sortable) return refuse(`${where}.${field}`, `Field '${field}' is not declared as sortable.`);
    const order = entry.order ?? entry.direction ?? "ASC";
    if (order !== "ASC" && order !== "DESC") return refuse(`${where}.${field}`, "order is ASC or DESC.");
    return { value: spec.value, sign: order === "DESC" ? -1 : 1 };
  });
  return (a, b) => {
    for (const { value, sign } of keys) {
      const c = value ? compareValues(value(a), value(b)) : 0;
      if (c !== 0) return sign * c;
    }
    return fallback(a, b);
  };
}
