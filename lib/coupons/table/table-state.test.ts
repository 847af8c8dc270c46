// The table's URL: one parser for server and browser. Round trips are exact, junk is dropped, and
// nothing outside the catalogue ∩ the backend's capabilities survives parsing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUPON_TYPES } from "../domain/coupon-types";
import { FIELDS, type FieldId, type FilterOperator } from "../domain/fields";
import type { BackendCapabilities } from "../domain/gateway";
import { parseQuery, toWixFilter, toWixSort } from "../query/query";
import { validateQuery } from "../query/query-validate";
import { NAMESPACES } from "../domain/scope-matrix";
import { STATUSES } from "../domain/status";
import {
  allowancesFor,
  DEFAULT_COLUMNS,
  DEFAULT_STATE,
  FACETS,
  FACET_KEYS,
  isFiltered,
  PAGE_SIZES,
  parseTableState,
  RANGE_FIELDS,
  NO_FACETS,
  rangeKind,
  serialiseTableState,
  TABLE_COLUMNS,
  toCouponQuery,
  withoutFilters,
  type Range,
  type TableState,
} from "./table-state";

/** Everything the catalogue allows: what the embedded store declares. */
const EVERYTHING: BackendCapabilities = {
  sortable: FIELDS.filter((f) => f.sortable).map((f) => f.id as FieldId),
  filterable: Object.fromEntries(FIELDS.filter((f) => f.operators.length).map((f) => [f.id, f.operators as readonly FilterOperator[]])),
};
/** Roughly what Wix's REST query can do: no usage/date sorting, no type, no status, no dates. */
const REST_LIKE: BackendCapabilities = {
  sortable: FIELDS.filter((f) => f.rest?.sortable).map((f) => f.id as FieldId),
  filterable: Object.fromEntries(
    FIELDS.filter((f) => f.rest && f.operators.length).map((f) => [f.id, f.operators as readonly FilterOperator[]]),
  ),
};
const ALL = allowancesFor(EVERYTHING);
const REST = allowancesFor(REST_LIKE);
const parse = (query: string, allow = ALL) => parseTableState(new URLSearchParams(query), allow);
const state = (patch: Partial<TableState>): TableState => ({ ...DEFAULT_STATE, ...patch });

describe("allowances", () => {
  it("with every capability: every catalogue sort, every facet with $hasSome, every range, code and name search", () => {
    expect(ALL.sortable.sort()).toEqual(
      FIELDS.filter((f) => f.sortable)
        .map((f) => f.id)
        .sort(),
    );
    expect(ALL.facets).toEqual({ status: "multi", type: "multi", namespace: "multi", active: "single", expired: "single" });
    expect(Object.keys(ALL.ranges).sort()).toEqual([...RANGE_FIELDS].sort());
    expect(ALL.search).toEqual(["code", "name"]);
  });
  it("with REST's: no usage or date sorting, no status or type facet, only REST-reachable ranges", () => {
    expect(REST.sortable).not.toContain("numberOfUsages");
    expect(REST.sortable).not.toContain("expirationTime");
    // The switches are REST fields: on Wix, "switched off" and "end passed" still filter.
    expect(REST.facets).toEqual({ namespace: "multi", active: "single", expired: "single" });
    expect(Object.keys(REST.ranges).sort()).toEqual(["_dateCreated", "usageLimit"]);
  });
  it("a facet the backend can only $eq is single-choice", () => {
    const allow = allowancesFor({ sortable: [], filterable: { type: ["$eq"] } });
    expect(allow.facets).toEqual({ type: "single" });
    expect(parse("type=MoneyOff,PercentOff", allow).facets.type).toEqual(["MoneyOff"]);
  });
  it("an operator the backend has but the catalogue lacks is not offered", () => {
    const allow = allowancesFor({ sortable: ["type" as FieldId], filterable: { type: ["$contains"], moneyOffAmount: ["$gte"] } });
    expect(allow).toEqual({ sortable: [], facets: {}, ranges: {}, search: [], codePrefix: false });
  });
  it("a range offers only the sides the backend can compare", () => {
    const allow = allowancesFor({ sortable: [], filterable: { numberOfUsages: ["$gte"], startTime: ["$lt"] } });
    expect(allow.ranges).toEqual({ numberOfUsages: { min: true, max: false }, startTime: { min: false, max: true } });
    expect(parse("numberOfUsages=5..10&startTime=2024-01-01..2024-02-01", allow).ranges).toEqual({
      numberOfUsages: { min: "5" },
      startTime: { max: "2024-02-01" },
    });
  });
});

describe("parsing", () => {
  it("an empty URL is the default view, and the default view is an empty URL", () => {
    expect(parse("")).toEqual(DEFAULT_STATE);
    expect(serialiseTableState(DEFAULT_STATE)).toBe("");
  });

  it("reads every part", () => {
    const url =
      "q=summer&status=UsedUp,Active&type=PercentOff&namespace=stores,events&expirationTime=2024-05-01..2024-05-07" +
      "&numberOfUsages=100..&sort=-numberOfUsages,code&page=3&size=50&cols=name,status&coupon=abc-123&family=VIP-";
    expect(parse(url)).toEqual({
      page: 3,
      pageSize: 50,
      sort: [
        { field: "numberOfUsages", order: "desc" },
        { field: "code", order: "asc" },
      ],
      search: "summer",
      facets: { status: ["Active", "UsedUp"], type: ["PercentOff"], namespace: ["stores", "events"], active: [], expired: [] },
      ranges: { expirationTime: { min: "2024-05-01", max: "2024-05-07" }, numberOfUsages: { min: "100" } },
      columns: ["code", "name", "status"],
      coupon: "abc-123",
      family: "VIP-",
    });
  });

  it("accepts Next's searchParams object, first value of a repeated key", () => {
    expect(parseTableState({ q: ["one", "two"], page: "2", size: undefined }, ALL)).toEqual(state({ search: "one", page: 2 }));
  });

  it.each([
    ["page=0", {}],
    ["page=-2", {}],
    ["page=1.5", {}],
    ["page=abc", {}],
    ["page=999999999", {}],
    ["size=30", {}],
    ["size=1000", {}],
    ["sort=bogus,-type,scope,--code", {}], // unknown, not sortable, JSON, malformed
    ["sort=code,-code", { sort: [{ field: "code", order: "asc" }] }], // a field sorts once
    ["status=Paused,active", {}], // values are case-sensitive catalogue values
    ["type=Bogus,MoneyOff,MoneyOff", { facets: { ...NO_FACETS, status: [], type: ["MoneyOff"] } }],
    ["namespace=wix", {}],
    ["numberOfUsages=abc..", {}],
    ["numberOfUsages=1..2..3", {}],
    ["numberOfUsages=..", {}],
    ["numberOfUsages=5", {}],
    ["numberOfUsages=1e3..", {}],
    ["startTime=2024-02-30..", {}],
    ["startTime=2024-5-1..", {}],
    ["startTime=..2024-05-01T00:00", {}],
    ["moneyOffAmount=5..10", {}], // the catalogue can't filter it
    ["code=SUMMER", {}], // not a range field
    ["cols=bogus,stuff", {}],
    ["cols=code", {}], // the code alone is no choice: the default
    ["coupon=../../etc", {}],
    ["coupon=" + "x".repeat(101), {}],
    ["q=%20%20", {}],
    ["utm_source=mail&foo=bar", {}],
  ])("drops junk: %s", (query, expected) => {
    expect(parse(query)).toEqual(state(expected as Partial<TableState>));
  });

  it("tidies the search: trimmed, spaces collapsed, at most 100 characters", () => {
    expect(parse("q=%20%20summer%20%20%20sale%20").search).toBe("summer sale");
    expect(parse(`q=${"a".repeat(300)}`).search).toHaveLength(100);
  });

  it("canonicalises numbers", () => {
    expect(parse("minimumSubtotal=05.50..10.0").ranges).toEqual({ minimumSubtotal: { min: "5.5", max: "10" } });
  });

  it("the code column is always visible, and columns come in table order", () => {
    expect(parse("cols=status,name").columns).toEqual(["code", "name", "status"]);
    expect(parse("cols=_id,appId,code,bogus").columns).toEqual(["code", "_id", "appId"]);
  });

  it("drops what the backend can't do, keeping what it can", () => {
    const url = "status=Active&type=MoneyOff&namespace=stores&sort=-numberOfUsages,code&expirationTime=2024-05-01..&usageLimit=10..&q=vip";
    expect(parse(url, REST)).toEqual(
      state({
        sort: [{ field: "code", order: "asc" }],
        search: "vip",
        facets: { ...NO_FACETS, namespace: ["stores"] },
        ranges: { usageLimit: { min: "10" } },
      }),
    );
  });

  it("a code family is the codes starting with its prefix, on a backend that can filter so", () => {
    expect(parse("family=summer-", ALL).family).toBe("SUMMER-");
    expect(toCouponQuery(parse("family=SUMMER-", ALL), ALL, "UTC").filter).toEqual({
      kind: "cond",
      field: "code",
      op: "$startsWith",
      value: "SUMMER-",
    });
    expect(parse("family=no%20spaces", ALL).family).toBeNull();
    expect(parse("family=SUMMER-", allowancesFor({ sortable: [], filterable: { code: ["$eq"] } })).family).toBeNull();
  });

  it("without $contains on code or name there is no search", () => {
    const allow = allowancesFor({ sortable: [], filterable: { code: ["$eq"] } });
    expect(parse("q=vip", allow).search).toBe("");
  });
});

/** Any state the parser can produce under `allow`. */
function arbitraryState(allow = ALL): fc.Arbitrary<TableState> {
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

describe("round trips", () => {
  it("parse ∘ serialise is the identity on every state the parser can produce", () => {
    fc.assert(
      fc.property(arbitraryState(), (s) => {
        expect(parse(serialiseTableState(s))).toEqual(s);
      }),
      { numRuns: 1000 },
    );
  });

  it("serialise ∘ parse is a fixed point for any URL, junk included", () => {
    const junkParams = fc.dictionary(
      fc.constantFrom("q", "page", "size", "sort", "cols", "coupon", ...FACET_KEYS, ...RANGE_FIELDS, "x"),
      fc.oneof(
        fc.string(),
        fc.constantFrom("1..", "..5", "2024-01-01..2024-02-01", "-code,name", "Active,UsedUp", "50", "true", "false,true"),
      ),
    );
    fc.assert(
      fc.property(junkParams, (params) => {
        const once = serialiseTableState(parseTableState(params, ALL));
        expect(serialiseTableState(parse(once))).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it("a link copied from the REST-limited view means the same there", () => {
    fc.assert(
      fc.property(arbitraryState(REST), (s) => {
        const narrowed = parse(serialiseTableState(s), REST);
        expect(parse(serialiseTableState(narrowed), REST)).toEqual(narrowed);
        expect(narrowed.facets.status).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("writes readable links: commas and dots stay, defaults are left out", () => {
    const s = state({
      facets: { ...NO_FACETS, status: ["Active", "UsedUp"], type: [] },
      ranges: { numberOfUsages: { min: "10" } },
      search: "a b&c",
    });
    expect(serialiseTableState(s)).toBe("q=a%20b%26c&status=Active,UsedUp&numberOfUsages=10..");
  });

  it("the data part leaves out columns and the drawer", () => {
    const s = state({ page: 2, columns: [...DEFAULT_COLUMNS], coupon: "abc" });
    expect(serialiseTableState(s, "data")).toBe("page=2");
  });
});

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

describe("helpers", () => {
  it("isFiltered counts search, facets and ranges, not sort, paging or columns", () => {
    expect(isFiltered(state({ sort: [{ field: "code", order: "asc" }], page: 3, columns: ["code", "name"] }))).toBe(false);
    expect(isFiltered(state({ search: "x" }))).toBe(true);
    expect(isFiltered(state({ facets: { ...NO_FACETS, status: [], type: ["MoneyOff"] } }))).toBe(true);
    expect(isFiltered(state({ ranges: { usageLimit: { max: "5" } } }))).toBe(true);
  });
  it("withoutFilters keeps sort, size and columns, back on page 1", () => {
    const s = state({ search: "x", page: 4, pageSize: 100, sort: [{ field: "code", order: "desc" }], columns: ["code", "name"] });
    expect(withoutFilters(s)).toEqual(state({ pageSize: 100, sort: [{ field: "code", order: "desc" }], columns: ["code", "name"] }));
  });
  it("the default columns are the issue's: code, name, type, applies to, status, usage, start, expiry", () => {
    expect(DEFAULT_COLUMNS).toEqual(["code", "name", "type", "scope", "status", "numberOfUsages", "startTime", "expirationTime"]);
  });
  it("every facet field is in the catalogue with $eq", () => {
    for (const key of FACET_KEYS) expect(FIELDS.find((f) => f.id === FACETS[key].field)?.operators).toContain("$eq");
  });
});
