// The table's state as the typed query a gateway answers.
import { FACET_KEYS, fieldById, type FieldId, type FilterOperator } from "../domain/fields";
import type { CouponQuery, FilterNode } from "../query/query";
import { addDays, startOfDayIn } from "../time/zoned-day";
import type { Allowances } from "./allowances";
import { FACETS, RANGE_FIELDS, rangeKind } from "./filters";
import type { TableState } from "./table-state";

/** A facet value as the query compares it: booleans travel as "true"/"false" in the URL. */
const facetValue = (field: FieldId, value: string): string | boolean => (fieldById(field)?.kind === "boolean" ? value === "true" : value);

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
