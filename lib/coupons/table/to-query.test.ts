// The table's state as a gateway query: search, facets and ranges as conditions, whole days in the
// merchant's zone, and every query one the backend's own validation accepts unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery, toWixFilter, toWixSort } from "../query/query";
import { validateQuery } from "../query/query-validate";
import { NO_FACETS } from "./filters";
import { DEFAULT_STATE } from "./table-state";
import { ALL, arbitraryState, parse, state } from "./test-states";
import { toCouponQuery } from "./to-query";

describe("toCouponQuery", () => {
  const BERLIN = "Europe/Berlin";

  it("the default view is the first page, unfiltered, in the backend's order", () => {
    expect(toCouponQuery(DEFAULT_STATE, ALL, BERLIN)).toEqual({ filter: undefined, sort: [], limit: 25, offset: 0 });
  });

  it("search is $contains over code or name", () => {
    expect(toCouponQuery(state({ search: "Vip" }), ALL, BERLIN).filter).toEqual({
      kind: "or",
      nodes: [
        { kind: "cond", field: "code", op: "$contains", value: "Vip" },
        { kind: "cond", field: "name", op: "$contains", value: "Vip" },
      ],
    });
  });

  it("a switch facet compares a boolean, and takes one value", () => {
    expect(parse("active=false,true&expired=false").facets).toEqual({ ...NO_FACETS, active: ["false"], expired: ["false"] });
    expect(toCouponQuery(parse("active=false&expired=false"), ALL, BERLIN).filter).toEqual({
      kind: "and",
      nodes: [
        { kind: "cond", field: "active", op: "$eq", value: false },
        { kind: "cond", field: "expired", op: "$eq", value: false },
      ],
    });
    expect(parse("active=yes&expired=FALSE").facets).toEqual(NO_FACETS);
  });

  it("a facet with one value is $eq, with several $hasSome; everything is ANDed", () => {
    const s = state({ facets: { ...NO_FACETS, status: ["Active"], type: ["MoneyOff", "PercentOff"] } });
    expect(toCouponQuery(s, ALL, BERLIN).filter).toEqual({
      kind: "and",
      nodes: [
        { kind: "cond", field: "status", op: "$eq", value: "Active" },
        { kind: "cond", field: "type", op: "$hasSome", value: ["MoneyOff", "PercentOff"] },
      ],
    });
  });

  it("a date range covers whole days in the merchant's zone, the last day included", () => {
    const s = state({ ranges: { expirationTime: { min: "2024-05-01", max: "2024-05-07" } } });
    expect(toCouponQuery(s, ALL, BERLIN).filter).toEqual({
      kind: "and",
      nodes: [
        { kind: "cond", field: "expirationTime", op: "$gte", value: Date.UTC(2024, 3, 30, 22) },
        { kind: "cond", field: "expirationTime", op: "$lt", value: Date.UTC(2024, 4, 7, 22) },
      ],
    });
  });

  it("a number range is inclusive", () => {
    const s = state({ ranges: { numberOfUsages: { min: "10", max: "20.5" } } });
    expect(toCouponQuery(s, ALL, "UTC").filter).toEqual({
      kind: "and",
      nodes: [
        { kind: "cond", field: "numberOfUsages", op: "$gte", value: 10 },
        { kind: "cond", field: "numberOfUsages", op: "$lte", value: 20.5 },
      ],
    });
  });

  it("pages by offset", () => {
    expect(toCouponQuery(state({ page: 4, pageSize: 50 }), ALL, "UTC")).toMatchObject({ limit: 50, offset: 150 });
  });

  it("every state's query passes the backend's own validation unchanged", () => {
    fc.assert(
      fc.property(arbitraryState(), fc.constantFrom("UTC", BERLIN, "America/Sao_Paulo"), (s, zone) => {
        const query = toCouponQuery(s, ALL, zone);
        expect(validateQuery(query)).toEqual(query.filter ? query : { ...query, filter: undefined });
        const viaWix = parseQuery({ filter: query.filter ? toWixFilter(query.filter) : undefined, sort: toWixSort(query.sort) });
        expect(viaWix.filter).toEqual(query.filter);
      }),
      { numRuns: 500 },
    );
  });
});
