import "server-only";
// Requests as Wix reads them, decoded by the emulator itself from Wix's docs and WIX-API-NOTES,
// not with the gateway's wire module: a misunderstanding of the wire format can't pass on both
// sides. What a request means is then the store's business (the same rules as the embedded store).
import { invalidArgument } from "@/lib/coupons/domain/errors";
import type { CouponQuery } from "@/lib/coupons/query/query";
import { parseQuery } from "@/lib/coupons/query/query";
import { CATALOGUE_CAPABILITIES, assertSupported } from "@/lib/coupons/domain/capabilities";
import { REST_FIELDS } from "./rest-fields";

export const COUPONS_COLLECTION = "Marketing/Coupons";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);
const refuse = (field: string, description: string): never => {
  throw invalidArgument([{ field, description }]);
};

/**
 * A specification as a client sends it. Wix reads a field sent as null as not set; times may be
 * numbers or numeric strings (the store's schema judges them: seconds and ISO text are refused).
 */
export function specificationIn(input: unknown): unknown {
  if (!isObject(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
}

/** `{ specification }` of a create: required. */
export function createIn(body: Json): unknown {
  if (body.specification === undefined || body.specification === null) refuse("", "specification is required.");
  return specificationIn(body.specification);
}

/** The paths of a field mask: `"active,name"` or `{ paths: [...] }` (both seen on Wix), with or without `specification.`. */
function maskPaths(fieldMask: unknown): string[] {
  const raw =
    typeof fieldMask === "string" ? fieldMask.split(",") : isObject(fieldMask) && Array.isArray(fieldMask.paths) ? fieldMask.paths : [];
  return raw
    .map((p) =>
      String(p)
        .trim()
        .replace(/^specification\./, ""),
    )
    .filter(Boolean);
}

/**
 * `{ specification, fieldMask }` of an update, as the store applies it: each masked field takes the
 * sent value, or is cleared when none or null is sent. Fields outside the mask are left alone
 * [guess: the notes say only the sent fields change]. No mask: Wix's own words.
 */
export function updateIn(body: Json): Json {
  const paths = maskPaths(body.fieldMask);
  if (paths.length === 0) refuse("fieldMask", "Updating coupons: field mask is missing");
  const sent = isObject(body.specification) ? body.specification : {};
  return Object.fromEntries(paths.map((path) => [path, sent[path] ?? null]));
}

/** `{ specifications, returnFullEntity }` of a bulk create. */
export function bulkCreateIn(body: Json): { specifications: unknown[]; returnFullEntity: boolean } {
  const specifications = Array.isArray(body.specifications) ? body.specifications.map(specificationIn) : (body.specifications as unknown[]);
  return { specifications, returnFullEntity: body.returnFullEntity === true };
}

/** `{ ids }` of a bulk delete. */
export function bulkDeleteIn(body: Json): string[] {
  return body.ids as string[];
}

/** A JSON-encoded string, as REST's filter and sort are; anything else is refused by name. */
function jsonString(value: unknown, key: "filter" | "sort"): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") refuse(`query.${key}`, `${key} is a JSON-encoded string, e.g. "{\\"expired\\":\\"true\\"}".`);
  try {
    return JSON.parse(value as string);
  } catch {
    return refuse(`query.${key}`, `${key} is not valid JSON.`);
  }
}

/** A REST field path to the collection field it means; one REST can't reach is refused. */
function restField(path: string, where: string, sorting: boolean): string {
  const known = REST_FIELDS[path];
  if (!known) return refuse(where, `Wix's REST query can't ${sorting ? "sort by" : "filter on"} ${path}.`);
  if (sorting && !known.sortable) return refuse(where, `Wix's REST query can't sort by ${path}.`);
  return known.field;
}

/** A REST filter with its field paths renamed to the collection's; operators and values as sent. */
function restFilter(node: unknown): unknown {
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === "$and" || key === "$or"
        ? [key, Array.isArray(value) ? value.map(restFilter) : value]
        : key.startsWith("$")
          ? [key, value]
          : [restField(key, `filter.${key}`, false), value],
    ),
  );
}

/** REST's sort: `[{"dateCreated":"desc"}]`, each entry one field and its order. */
function restSort(sort: unknown): unknown {
  if (!Array.isArray(sort)) return sort;
  return sort.map((entry) => {
    if (!isObject(entry)) return entry;
    const [path, order] = Object.entries(entry)[0] ?? refuse("sort", "A sort entry names a field.");
    return { fieldName: restField(path, `sort.${path}`, true), order };
  });
}

/** `POST /stores/v2/coupons/query`: `{ query: { filter, sort, paging: { limit, offset } } }`. */
export function restQueryIn(body: Json): CouponQuery {
  const query = isObject(body.query) ? body.query : {};
  const filter = jsonString(query.filter, "filter");
  const sort = jsonString(query.sort, "sort");
  return parseQuery({ filter: restFilter(filter), sort: restSort(sort), paging: isObject(query.paging) ? query.paging : {} });
}

/**
 * `POST /wix-data/v2/items/query` on Marketing/Coupons: `{ dataCollectionId, query: { filter,
 * sort: [{ fieldName, order }], paging } }`, filter and sort as objects, collection field names,
 * dates as {"$date": ISO}. The collection's fields and operators (seed 004) decide what is allowed.
 */
export function dataItemsQueryIn(body: Json): CouponQuery {
  const query = isObject(body.query) ? body.query : {};
  if (typeof query.filter === "string") refuse("query.filter", "The Data Items API takes filter as an object, not a string.");
  const parsed = parseQuery({
    filter: query.filter,
    sort: query.sort,
    paging: isObject(query.paging) ? query.paging : isObject(body.paging) ? body.paging : {},
  });
  assertSupported(CATALOGUE_CAPABILITIES, parsed);
  return parsed;
}
