// What the table may offer: the field catalogue intersected with what the active backend can
// answer. The URL parser keeps, and the toolbar shows, only what these allow.
import { FACET_KEYS, FIELDS, fieldById, type FacetKey, type FieldId, type FilterOperator } from "../domain/fields";
import type { BackendCapabilities } from "../domain/gateway";
import { FACETS, RANGE_FIELDS, rangeKind, SEARCH_FIELDS } from "./filters";

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
