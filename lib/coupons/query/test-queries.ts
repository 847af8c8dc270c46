// Shared by the query tests: a rejection that names its field, shorthands for a parsed filter and a
// condition, and a value each field kind accepts.
import { expect } from "vitest";
import { CouponError } from "../domain/errors";
import type { FieldDef, FilterOperator } from "../domain/fields";
import { parseQuery, type FilterValue, type Naming, type RawQuery } from "./query";

export const T0 = 1_714_521_600_000; // 2024-05-01T00:00:00Z

function rejection(raw: RawQuery, naming?: Naming): CouponError {
  try {
    parseQuery(raw, naming);
  } catch (error) {
    if (error instanceof CouponError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}
export function expectRejected(raw: RawQuery, field: string, description: RegExp, naming?: Naming) {
  const error = rejection(raw, naming);
  expect(error.code).toBe("INVALID_ARGUMENT");
  expect(error.violations).toEqual([{ field, description: expect.stringMatching(description) }]);
}
export const filterOf = (filter: unknown, naming?: Naming) => parseQuery({ filter }, naming).filter;
export const cond = (field: string, op: FilterOperator, value: FilterValue) => ({ kind: "cond", field, op, value });

/** A value each field kind accepts, as sent and as parsed. */
export function sample(field: FieldDef, op: FilterOperator): [unknown, FilterValue] {
  if (op === "$contains" || op === "$startsWith") return ["abc", "abc"];
  const one =
    field.id === "type"
      ? "MoneyOff"
      : field.id === "status"
        ? "UsedUp"
        : field.kind === "boolean"
          ? true
          : field.kind === "number" || field.kind === "money"
            ? 5
            : field.kind === "datetime"
              ? T0
              : "abc";
  return op === "$hasSome" ? [[one], [one]] : [one, one];
}
