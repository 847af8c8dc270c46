// parseQuery: the allow-list between a URL or a Wix query body and a backend. Sorting, both field
// namings, paging, and what is not a query at all (filters: query-filters.test.ts).
import { describe, expect, it } from "vitest";
import { FIELDS } from "../domain/fields";
import { DEFAULT_LIMIT, parseQuery, type RawQuery } from "./query";
import { expectRejected, filterOf, sample } from "./test-queries";

describe("sorting", () => {
  it.each(["type", "active", "scope", "expired", "moneyOffAmount", "scope.namespace"])("refuses to sort by %s", (name) => {
    expectRejected(
      { sort: [{ fieldName: name, order: "ASC" }] },
      `sort.${name}`,
      new RegExp(`${name.replace(/\./g, "\\.")} can't be sorted`),
    );
  });
  it.each([
    [[{ fieldName: "nope" }], "sort.nope", /Unknown field "nope"/],
    [[{ code: "up" }], "sort.code", /ASC or DESC/],
    [[{ fieldName: "code", order: { toString: 1, valueOf: 1 } }], "sort.code", /ASC or DESC/],
    [{ code: "asc" }, "sort", /sort is a list/],
    [[{}], "sort", /names a field/],
    [["code"], "sort", /Each sort entry is an object/],
    [Array.from({ length: 6 }, () => ({ code: "asc" })), "sort", /at most 5 fields/],
  ])("rejects %j", (sort, field, message) => expectRejected({ sort }, field, message));
});

describe("fields", () => {
  it.each(["foo", "specification.code", "dateCreated", "id", "__proto__"])("collection naming refuses %j", (name) => {
    expectRejected({ filter: { [name]: "x" } }, `filter.${name}`, /Unknown field/);
  });
  it.each([
    ["specification.code", "code"],
    ["id", "_id"],
    ["dateCreated", "_dateCreated"],
    ["specification.scope.namespace", "scope.namespace"],
  ])("REST naming maps %s to %s", (rest, id) => {
    const [value] = sample(
      FIELDS.find((f) => f.id === id)!,
      "$eq",
    );
    expect(filterOf({ [rest]: value }, "rest")).toMatchObject({ field: id });
  });
  it.each(["numberOfUsages", "startTime", "expirationTime", "type", "code", "specification.moneyOffAmount"])(
    "REST naming can't reach %s",
    (name) => {
      expectRejected({ filter: { [name]: 1 } }, `filter.${name}`, /Unknown field/, "rest");
      expectRejected({ sort: [{ [name]: "desc" }] }, `sort.${name}`, /Unknown field/, "rest");
    },
  );
});

describe("paging", () => {
  it("defaults to 50 from the start", () => {
    expect(parseQuery({})).toEqual({ filter: undefined, sort: [], limit: DEFAULT_LIMIT, offset: 0 });
    expect(DEFAULT_LIMIT).toBe(50);
  });
  it.each([
    [{ limit: 1, offset: 0 }, 1, 0],
    [{ limit: 100, offset: 200 }, 100, 200],
    [{ limit: "20", offset: "40" }, 20, 40],
    [null, 50, 0],
  ])("accepts %j", (paging, limit, offset) => {
    expect(parseQuery({ paging })).toMatchObject({ limit, offset });
  });
  it.each<[unknown, string, RegExp]>([
    [{ limit: 0 }, "paging.limit", /1 to 100/],
    [{ limit: 101 }, "paging.limit", /1 to 100/],
    [{ limit: 1.5 }, "paging.limit", /1 to 100/],
    [{ limit: true }, "paging.limit", /1 to 100/],
    [{ limit: { valueOf: 1, toString: 1 } }, "paging.limit", /1 to 100/],
    [{ offset: -1 }, "paging.offset", /0 or more/],
    [{ offset: "x" }, "paging.offset", /0 or more/],
  ])("rejects %j", (paging, field, message) => expectRejected({ paging } as RawQuery, field, message));
});

describe("a query that is not an object", () => {
  it.each([null, undefined, "code", 5])("rejects %j as INVALID_ARGUMENT", (raw) => {
    expectRejected(raw as RawQuery, "query", /A query is an object/);
  });
});
