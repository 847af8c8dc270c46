// The table's URL: one parser for server and browser. Round trips are exact, junk is dropped, and
// nothing outside the catalogue ∩ the backend's capabilities survives parsing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FACET_KEYS } from "../domain/fields";
import { allowancesFor } from "./allowances";
import { DEFAULT_COLUMNS } from "./columns";
import { NO_FACETS, RANGE_FIELDS } from "./filters";
import { DEFAULT_STATE, isFiltered, parseTableState, serialiseTableState, withoutFilters, type TableState } from "./table-state";
import { ALL, arbitraryState, parse, REST, state } from "./test-states";
import { toCouponQuery } from "./to-query";

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
});
