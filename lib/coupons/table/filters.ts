// What the table can filter by: the facets (each a catalogue field and its values), the range
// filters over number and date fields, and the fields the search box looks in.
import { COUPON_TYPES, type CouponType } from "../domain/type-names";
import { FACET_FIELDS, FIELDS, fieldById, type FacetKey, type FieldId } from "../domain/fields";
import { NAMESPACES, type Namespace } from "../domain/namespaces";
import { STATUSES, type CouponStatus } from "../domain/status";

const BOOLEAN_VALUES = ["true", "false"] as const;
type BooleanText = (typeof BOOLEAN_VALUES)[number];

export const FACETS = {
  status: { field: FACET_FIELDS.status, values: STATUSES },
  type: { field: FACET_FIELDS.type, values: COUPON_TYPES },
  namespace: { field: FACET_FIELDS.namespace, values: NAMESPACES },
  active: { field: FACET_FIELDS.active, values: BOOLEAN_VALUES },
  expired: { field: FACET_FIELDS.expired, values: BOOLEAN_VALUES },
} as const satisfies Record<FacetKey, { field: FieldId; values: readonly string[] }>;
export interface Facets {
  status: CouponStatus[];
  type: CouponType[];
  namespace: Namespace[];
  active: BooleanText[];
  expired: BooleanText[];
}
export const NO_FACETS: Facets = { status: [], type: [], namespace: [], active: [], expired: [] };

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
