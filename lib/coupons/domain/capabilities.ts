// What a backend can sort and filter, and the one check built on it: a backend refuses (and the UI
// never offers) an operation its capabilities don't list, instead of answering it wrongly.
import { invalidArgument, type FieldViolation } from "./errors";
import { FIELDS, type FieldId, type FilterOperator } from "./fields";
import type { BackendCapabilities } from "./gateway";
import { conditionsOf, type CouponQuery } from "../query/query";

function capabilitiesOf(fields: readonly (typeof FIELDS)[number][]): BackendCapabilities {
  return {
    sortable: fields.filter((f) => f.sortable).map((f) => f.id as FieldId),
    filterable: Object.fromEntries(
      fields.filter((f) => f.operators.length > 0).map((f) => [f.id, f.operators as readonly FilterOperator[]]),
    ),
  };
}

/**
 * Everything the Marketing/Coupons collection allows (Wix's Data Items API). Derived fields such as
 * `status` are not collection fields, so they are not in it.
 */
export const CATALOGUE_CAPABILITIES: BackendCapabilities = capabilitiesOf(FIELDS.filter((f) => !f.derived));

/** The embedded store answers the whole catalogue and computes the derived fields in SQL too. */
export const STORE_CAPABILITIES: BackendCapabilities = capabilitiesOf(FIELDS);

/**
 * What Wix's REST v2 query can answer: only fields with a `rest` path, with the collection's
 * operators; sorting is decided by `rest.sortable`, never by the collection's `sortable`.
 */
export const REST_CAPABILITIES: BackendCapabilities = {
  sortable: FIELDS.filter((f) => f.rest?.sortable).map((f) => f.id as FieldId),
  filterable: Object.fromEntries(
    FIELDS.filter((f) => f.rest && f.operators.length > 0).map((f) => [f.id, f.operators as readonly FilterOperator[]]),
  ),
};

export function canSort(capabilities: BackendCapabilities, field: FieldId): boolean {
  return capabilities.sortable.includes(field);
}

export function canFilter(capabilities: BackendCapabilities, field: FieldId, op: FilterOperator): boolean {
  return capabilities.filterable[field]?.includes(op) ?? false;
}

/** Both sets together: what a backend with two query paths can answer through one or the other. */
export function unionCapabilities(a: BackendCapabilities, b: BackendCapabilities): BackendCapabilities {
  const fields = new Set([...Object.keys(a.filterable), ...Object.keys(b.filterable)]) as Set<FieldId>;
  return {
    sortable: [...new Set([...a.sortable, ...b.sortable])],
    filterable: Object.fromEntries([...fields].map((f) => [f, [...new Set([...(a.filterable[f] ?? []), ...(b.filterable[f] ?? [])])]])),
  };
}

/** The first part of a query these capabilities can't answer, named as parseQuery names it; null when all can. */
export function unsupportedPart(capabilities: BackendCapabilities, query: Pick<CouponQuery, "filter" | "sort">): FieldViolation | null {
  for (const c of conditionsOf(query.filter)) {
    if (!canFilter(capabilities, c.field, c.op)) {
      return { field: `filter.${c.field}`, description: `This backend can't filter ${c.field} with ${c.op}.` };
    }
  }
  for (const s of query.sort) {
    if (!canSort(capabilities, s.field)) {
      return { field: `sort.${s.field}`, description: `This backend can't sort by ${s.field}.` };
    }
  }
  return null;
}

export function supportsQuery(capabilities: BackendCapabilities, query: Pick<CouponQuery, "filter" | "sort">): boolean {
  return unsupportedPart(capabilities, query) === null;
}

/** Throws INVALID_ARGUMENT naming the first part of the query these capabilities can't answer. */
export function assertSupported(capabilities: BackendCapabilities, query: Pick<CouponQuery, "filter" | "sort">): void {
  const problem = unsupportedPart(capabilities, query);
  if (problem) throw invalidArgument([problem]);
}
