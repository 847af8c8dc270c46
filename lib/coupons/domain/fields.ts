// Every field of Wix's "Marketing/Coupons" collection (seeds/004): label, kind, sorting and filter
// operators. The table's columns, the URL parser and the query validator all read this list.

export const FILTER_OPERATORS = ["$eq", "$ne", "$hasSome", "$contains", "$startsWith", "$lt", "$lte", "$gt", "$gte"] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export type FieldKind = "id" | "text" | "number" | "money" | "datetime" | "boolean" | "enum" | "json";

/** The table's facet filters (their URL keys), in the toolbar's order and the URL's. */
export const FACET_KEYS = ["status", "type", "namespace", "active", "expired"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

const TEXT_OPS = ["$eq", "$ne", "$hasSome", "$contains", "$startsWith"] as const satisfies FilterOperator[];
const RANGE_OPS = ["$eq", "$ne", "$hasSome", "$lt", "$lte", "$gt", "$gte"] as const satisfies FilterOperator[];
const BOOL_OPS = ["$eq", "$ne"] as const satisfies FilterOperator[];
const ENUM_OPS = ["$eq", "$ne", "$hasSome"] as const satisfies FilterOperator[];

export interface FieldDef {
  id: string;
  label: string;
  kind: FieldKind;
  sortable: boolean;
  operators: readonly FilterOperator[];
  /** A column of the table (false for filter-only sub-fields such as scope.namespace). */
  column: boolean;
  defaultVisible: boolean;
  /**
   * Where Wix's REST v2 query can reach this field (`null`: it can't). REST names differ from
   * the collection's, and REST filters and sorts fewer fields (WIX-API-NOTES "Filtering and sorting").
   */
  rest: { path: string; sortable: boolean } | null;
  /**
   * Not a field of the collection but computed from several (see `status`). Only a backend that
   * computes it the same way can filter by it, so it is never part of a Wix backend's capabilities.
   */
  derived: boolean;
  /**
   * The table's facet filter over this field's values. Its column offers it: the field's own, or
   * for a filter-only sub-field (scope.namespace) the column it belongs to (scope).
   */
  facet?: FacetKey;
  /** "end": the table lines the column's cells up on the right (amounts and limits). */
  align?: "end";
}

type Def = Omit<FieldDef, "column" | "defaultVisible" | "rest" | "derived"> &
  Partial<Pick<FieldDef, "column" | "defaultVisible" | "rest" | "derived">>;

const def = (d: Def): FieldDef => ({ column: true, defaultVisible: false, rest: null, derived: false, ...d });

export const FIELDS = [
  def({ id: "_id", label: "ID", kind: "id", sortable: true, operators: TEXT_OPS, rest: { path: "id", sortable: true } }),
  def({
    id: "name",
    label: "Name",
    kind: "text",
    sortable: true,
    operators: TEXT_OPS,
    defaultVisible: true,
    rest: { path: "specification.name", sortable: true },
  }),
  def({
    id: "code",
    label: "Code",
    kind: "text",
    sortable: true,
    operators: TEXT_OPS,
    defaultVisible: true,
    rest: { path: "specification.code", sortable: true },
  }),
  def({ id: "startTime", label: "Starts", kind: "datetime", sortable: true, operators: RANGE_OPS, defaultVisible: true }),
  def({ id: "expirationTime", label: "Ends", kind: "datetime", sortable: true, operators: RANGE_OPS, defaultVisible: true }),
  def({
    id: "usageLimit",
    label: "Usage limit",
    kind: "number",
    sortable: true,
    operators: RANGE_OPS,
    align: "end",
    rest: { path: "specification.usageLimit", sortable: true },
  }),
  def({ id: "limitPerCustomer", label: "Limit per customer", kind: "number", sortable: true, operators: RANGE_OPS, align: "end" }),
  def({ id: "appliesToSubscriptions", label: "Applies to subscriptions", kind: "boolean", sortable: false, operators: BOOL_OPS }),
  def({
    id: "limitedToOneItem",
    label: "Once per order",
    kind: "boolean",
    sortable: false,
    operators: BOOL_OPS,
    rest: { path: "specification.limitedToOneItem", sortable: false },
  }),
  def({
    id: "active",
    label: "Active",
    kind: "boolean",
    sortable: false,
    operators: BOOL_OPS,
    facet: "active",
    rest: { path: "specification.active", sortable: false },
  }),
  def({ id: "minimumSubtotal", label: "Minimum subtotal", kind: "money", sortable: true, operators: RANGE_OPS, align: "end" }),
  def({ id: "scope", label: "Applies to", kind: "json", sortable: false, operators: [], defaultVisible: true }),
  def({
    id: "scope.namespace",
    label: "Namespace",
    kind: "enum",
    sortable: false,
    operators: ENUM_OPS,
    column: false,
    rest: { path: "specification.scope.namespace", sortable: false },
    facet: "namespace",
  }),
  def({
    id: "scope.group.name",
    label: "Group",
    kind: "enum",
    sortable: false,
    operators: ENUM_OPS,
    column: false,
    rest: { path: "specification.scope.group.name", sortable: false },
  }),
  def({
    id: "scope.group.entityId",
    label: "Item ID",
    kind: "id",
    sortable: false,
    operators: ENUM_OPS,
    column: false,
    rest: { path: "specification.scope.group.entityId", sortable: false },
  }),
  def({ id: "type", label: "Type", kind: "enum", sortable: false, operators: ENUM_OPS, defaultVisible: true, facet: "type" }),
  def({ id: "buyXGetY", label: "Buy X get Y", kind: "json", sortable: false, operators: [] }),
  def({ id: "fixedPriceAmount", label: "Sale price", kind: "money", sortable: false, operators: [], align: "end" }),
  def({ id: "freeShipping", label: "Free shipping", kind: "boolean", sortable: false, operators: [] }),
  def({ id: "moneyOffAmount", label: "Amount off", kind: "money", sortable: false, operators: [], align: "end" }),
  def({ id: "percentOffRate", label: "Percent off", kind: "number", sortable: false, operators: [], align: "end" }),
  def({
    id: "_dateCreated",
    label: "Created",
    kind: "datetime",
    sortable: true,
    operators: RANGE_OPS,
    rest: { path: "dateCreated", sortable: true },
  }),
  def({ id: "numberOfUsages", label: "Uses", kind: "number", sortable: true, operators: RANGE_OPS, defaultVisible: true }),
  def({
    id: "expired",
    label: "Expired",
    kind: "boolean",
    sortable: false,
    operators: BOOL_OPS,
    facet: "expired",
    rest: { path: "expired", sortable: false },
  }),
  def({ id: "displayData", label: "Item", kind: "json", sortable: false, operators: [] }),
  def({
    id: "displayData.name",
    label: "Item name",
    kind: "text",
    sortable: false,
    operators: ["$eq", "$contains", "$startsWith"],
    column: false,
  }),
  def({ id: "appId", label: "Created by app", kind: "id", sortable: true, operators: TEXT_OPS }),
  // DERIVED, not a collection field: the badge's status (status.ts: Expired > Used up > Inactive >
  // Scheduled > Active). Wix's filter language can't express it ("used up" compares two columns),
  // so it is filter-only, unreachable through REST, and offered only by a backend that computes it
  // with statusOf's precedence (the embedded store does, in SQL).
  def({
    id: "status",
    label: "Status",
    kind: "enum",
    sortable: false,
    operators: ["$eq", "$hasSome"],
    column: false,
    derived: true,
    facet: "status",
  }),
] as const satisfies readonly FieldDef[];

export type FieldId = (typeof FIELDS)[number]["id"];

const BY_ID = new Map<string, FieldDef>(FIELDS.map((f) => [f.id, f]));
const BY_REST_PATH = new Map<string, FieldDef>(FIELDS.flatMap((f): [string, FieldDef][] => (f.rest ? [[f.rest.path, f]] : [])));

export function fieldById(id: string): FieldDef | undefined {
  return BY_ID.get(id);
}

/** A field's one merchant-facing label: the table's header, the form's, the export's column. */
export function labelOf(id: FieldId): string {
  return fieldById(id)?.label ?? id;
}

/** The label inside a sentence: "Usage limit" → "usage limit". */
export function wordsOf(id: FieldId): string {
  const label = labelOf(id);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export function fieldByRestPath(path: string): FieldDef | undefined {
  return BY_REST_PATH.get(path);
}

/** The field each facet filters, e.g. namespace → scope.namespace. */
export const FACET_FIELDS = Object.fromEntries(
  FACET_KEYS.map((key) => [key, FIELDS.find((f: FieldDef) => f.facet === key)!.id as FieldId]),
) as Record<FacetKey, FieldId>;

/** The facet a table column offers: its own field's, or that of a sub-field of it (scope → namespace). */
export function facetOfColumn(id: string): FacetKey | undefined {
  return FIELDS.find((f: FieldDef) => f.facet && (f.id === id || f.id.startsWith(`${id}.`)))?.facet;
}

export const COLUMN_FIELDS: readonly FieldDef[] = FIELDS.filter((f) => f.column);
export const SORTABLE_FIELDS: readonly FieldDef[] = FIELDS.filter((f) => f.sortable);
export const FILTERABLE_FIELDS: readonly FieldDef[] = FIELDS.filter((f) => f.operators.length > 0);
