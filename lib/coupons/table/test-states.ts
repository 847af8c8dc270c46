// Shared by the table's tests: two backends' allowances (everything the catalogue allows, and
// roughly what Wix's REST query can do), shorthands for parsing and states, and an arbitrary state.
import fc from "fast-check";
import { COUPON_TYPES } from "../domain/coupon-types";
import { FIELDS, type FieldId, type FilterOperator } from "../domain/fields";
import type { BackendCapabilities } from "../domain/gateway";
import { NAMESPACES } from "../domain/scope-matrix";
import { STATUSES } from "../domain/status";
import { allowancesFor } from "./allowances";
import { TABLE_COLUMNS } from "./columns";
import { rangeKind, type Range } from "./filters";
import { DEFAULT_STATE, PAGE_SIZES, parseTableState, type TableState } from "./table-state";

/** Everything the catalogue allows: what the embedded store declares. */
export const EVERYTHING: BackendCapabilities = {
  sortable: FIELDS.filter((f) => f.sortable).map((f) => f.id as FieldId),
  filterable: Object.fromEntries(FIELDS.filter((f) => f.operators.length).map((f) => [f.id, f.operators as readonly FilterOperator[]])),
};
/** Roughly what Wix's REST query can do: no usage/date sorting, no type, no status, no dates. */
export const REST_LIKE: BackendCapabilities = {
  sortable: FIELDS.filter((f) => f.rest?.sortable).map((f) => f.id as FieldId),
  filterable: Object.fromEntries(
    FIELDS.filter((f) => f.rest && f.operators.length).map((f) => [f.id, f.operators as readonly FilterOperator[]]),
  ),
};
export const ALL = allowancesFor(EVERYTHING);
export const REST = allowancesFor(REST_LIKE);
export const parse = (query: string, allow = ALL) => parseTableState(new URLSearchParams(query), allow);
export const state = (patch: Partial<TableState>): TableState => ({ ...DEFAULT_STATE, ...patch });

/** Any state the parser can produce under `allow`. */
export function arbitraryState(allow = ALL): fc.Arbitrary<TableState> {
  const day = fc.integer({ min: 0, max: 20_000 }).map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const number = fc
    .oneof(
      fc.integer({ min: 0, max: 100_000 }),
      fc.integer({ min: 0, max: 99_999 }).map((n) => n / 100),
    )
    .map(String);
  const range = (field: FieldId): fc.Arbitrary<Range> => {
    const side = rangeKind(field) === "date" ? day : number;
    return fc
      .record({ min: fc.option(side, { nil: undefined }), max: fc.option(side, { nil: undefined }) })
      .filter((r) => r.min !== undefined || r.max !== undefined)
      .map((r) => ({ ...(r.min !== undefined ? { min: r.min } : {}), ...(r.max !== undefined ? { max: r.max } : {}) }));
  };
  const subset = <T>(values: readonly T[], maxLength?: number) => fc.subarray([...values], { maxLength });
  return fc.record({
    page: fc.integer({ min: 1, max: 5000 }),
    pageSize: fc.constantFrom(...PAGE_SIZES),
    sort: fc
      .uniqueArray(fc.constantFrom(...allow.sortable), { maxLength: 3 })
      .chain((fields) =>
        fc.tuple(...fields.map((field) => fc.constantFrom("asc" as const, "desc" as const).map((order) => ({ field, order })))),
      ),
    search: fc.string({ maxLength: 30 }).map((s) => s.trim().replace(/\s+/g, " ")),
    facets: fc.record({
      status: subset(STATUSES),
      type: subset(COUPON_TYPES),
      namespace: subset(NAMESPACES),
      active: subset(["true", "false"] as const, 1),
      expired: subset(["true", "false"] as const, 1),
    }),
    ranges: fc
      .subarray(Object.keys(allow.ranges) as FieldId[])
      .chain((fields) => fc.tuple(...fields.map((f) => range(f).map((r) => [f, r] as const))))
      .map((entries) => Object.fromEntries(entries)),
    columns: fc.option(
      fc
        .subarray(
          TABLE_COLUMNS.filter((c) => c !== "code"),
          { minLength: 1 },
        )
        .map((cols) => TABLE_COLUMNS.filter((c) => c === "code" || cols.includes(c))),
      { nil: null },
    ),
    coupon: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), { nil: null }),
    family: allow.codePrefix ? fc.option(fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{1,11}$/), { nil: null }) : fc.constant(null),
  });
}
