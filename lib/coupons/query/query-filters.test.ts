// parseQuery's filters: every accepted operator and every refused one, values by field kind, and/or
// combinations, JSON strings as Wix's REST query sends them, and the nesting and size limits.
import { describe, expect, it } from "vitest";
import { FIELDS, FILTER_OPERATORS } from "../domain/fields";
import { conditionsOf, type Naming, parseQuery } from "./query";
import { cond, expectRejected, filterOf, sample, T0 } from "./test-queries";

describe("operators", () => {
  const allowed = FIELDS.flatMap((f) => f.operators.map((op) => [f.id, op, f] as const));
  const refused = FIELDS.flatMap((f) =>
    FILTER_OPERATORS.filter((op) => !(f.operators as readonly string[]).includes(op)).map((op) => [f.id, op, f] as const),
  );

  it("exercises every operator on some field", () => {
    expect(new Set(allowed.map(([, op]) => op))).toEqual(new Set(FILTER_OPERATORS));
  });
  it.each(allowed)("accepts %s %s", (id, op, field) => {
    const [raw, value] = sample(field, op);
    expect(filterOf({ [id]: { [op]: raw } })).toEqual(cond(id, op, value));
  });
  it.each(refused)("refuses %s %s, naming the field", (id, op, field) => {
    const [raw] = sample(field, op);
    expectRejected(
      { filter: { [id]: { [op]: raw } } },
      `filter.${id}`,
      new RegExp(`^${id.replace(/\./g, "\\.")} can't be filtered with \\${op}`),
    );
  });
  it.each([
    ["numberOfUsages", { $contains: "1" }, /use \$eq, \$ne, \$hasSome, \$lt, \$lte, \$gt, \$gte/],
    ["scope", { $eq: "stores" }, /it can't be filtered/],
    ["scope", "stores", /it can't be filtered/],
    ["type", { $lt: "MoneyOff" }, /use \$eq, \$ne, \$hasSome/],
    ["moneyOffAmount", { $gt: 5 }, /it can't be filtered/],
  ])("%s %j says what to use instead", (id, raw, message) => {
    expectRejected({ filter: { [id]: raw } }, `filter.${id}`, message);
  });
});

describe("filter values", () => {
  it.each([
    [{ code: "SUMMER" }, cond("code", "$eq", "SUMMER")],
    [{ expired: "true" }, cond("expired", "$eq", true)],
    [{ active: { $ne: "false" } }, cond("active", "$ne", false)],
    [{ numberOfUsages: { $gte: "10" } }, cond("numberOfUsages", "$gte", 10)],
    [{ startTime: { $gt: "2024-05-01T00:00:00.000Z" } }, cond("startTime", "$gt", T0)],
    [{ startTime: { $lt: String(T0) } }, cond("startTime", "$lt", T0)],
    [{ _dateCreated: { $date: "2024-05-01T00:00:00Z" } }, cond("_dateCreated", "$eq", T0)],
    [{ expirationTime: null }, cond("expirationTime", "$eq", null)],
    [{ type: { $hasSome: ["MoneyOff", "BuyXGetY"] } }, cond("type", "$hasSome", ["MoneyOff", "BuyXGetY"])],
  ])("%j", (filter, expected) => {
    expect(filterOf(filter)).toEqual(expected);
  });

  it.each([
    [{ expired: "yes" }, "filter.expired", /takes true or false/],
    [{ numberOfUsages: "many" }, "filter.numberOfUsages", /takes a number/],
    [{ startTime: { $gt: "next tuesday" } }, "filter.startTime", /epoch milliseconds or an ISO date/],
    [{ type: "Bogus" }, "filter.type", /type is one of MoneyOff/],
    [{ status: "Paused" }, "filter.status", /status is one of Active/],
    [{ status: { $hasSome: ["Active", "Done"] } }, "filter.status", /status is one of Active/],
    [{ code: 5 }, "filter.code", /takes text/],
    [{ code: { $contains: 5 } }, "filter.code", /\$contains takes text/],
    [{ code: { $hasSome: [] } }, "filter.code", /non-empty list/],
    [{ code: { $hasSome: Array.from({ length: 101 }, (_, i) => `c${i}`) } }, "filter.code", /at most 100 values/],
    [{ code: {} }, "filter.code", /Give code an operator/],
  ])("rejects %j", (filter, field, message) => expectRejected({ filter }, field, message));
});

describe("combining", () => {
  it("nests $and and $or", () => {
    expect(filterOf({ $or: [{ code: "A" }, { $and: [{ expired: false }, { numberOfUsages: { $gt: 3 } }] }] })).toEqual({
      kind: "or",
      nodes: [cond("code", "$eq", "A"), { kind: "and", nodes: [cond("expired", "$eq", false), cond("numberOfUsages", "$gt", 3)] }],
    });
  });
  it("ands several keys, and several operators on one key", () => {
    expect(filterOf({ code: "A", usageLimit: { $gte: 1, $lt: 9 } })).toEqual({
      kind: "and",
      nodes: [cond("code", "$eq", "A"), cond("usageLimit", "$gte", 1), cond("usageLimit", "$lt", 9)],
    });
  });
  it.each([
    [{ $and: [] }, /\$and takes a non-empty list/],
    [{ $or: { code: "A" } }, /\$or takes a non-empty list/],
    [{ $not: { code: "A" } }, /Unknown operator \$not/],
    [{ $and: ["code"] }, /A filter is an object/],
  ])("rejects %j", (filter, message) => expectRejected({ filter }, "filter", message));
});

describe("JSON strings, as Wix's REST query sends them", () => {
  it("parses a filter string", () => {
    expect(filterOf('{"expired":"true"}')).toEqual(cond("expired", "$eq", true));
  });
  it.each<[unknown, Naming, { field: string; order: string }[]]>([
    ['[{"dateCreated":"desc"}]', "rest", [{ field: "_dateCreated", order: "desc" }]],
    ['[{"_dateCreated":"desc"}]', "collection", [{ field: "_dateCreated", order: "desc" }]],
    [[{ fieldName: "numberOfUsages", order: "DESC" }], "collection", [{ field: "numberOfUsages", order: "desc" }]],
    [
      [{ fieldName: "code" }, { name: "ASC" }],
      "collection",
      [
        { field: "code", order: "asc" },
        { field: "name", order: "asc" },
      ],
    ],
    ['[{"fieldName":"specification.code","order":"ASC"}]', "rest", [{ field: "code", order: "asc" }]],
  ])("sorts %j (%s naming)", (sort, naming, expected) => {
    expect(parseQuery({ sort }, naming).sort).toEqual(expected);
  });
  it.each([
    [{ filter: "{not json" }, "filter", /not valid JSON/],
    [{ sort: "[{" }, "sort", /not valid JSON/],
  ])("rejects %j", (raw, field, message) => expectRejected(raw, field, message));
  it.each(["", "   ", "{}", null])("treats filter %j as no filter", (filter) => {
    expect(parseQuery({ filter }).filter).toBeUndefined();
  });
});

describe("size limits", () => {
  const nested = (depth: number): unknown => (depth === 0 ? { code: "A" } : { $and: [nested(depth - 1)] });
  it("accepts 8 levels of nesting and refuses 9", () => {
    expect(conditionsOf(filterOf(nested(8)))).toEqual([cond("code", "$eq", "A")]);
    expectRejected({ filter: nested(9) }, "filter", /nested more than 8 levels/);
  });
  const many = (n: number) => ({ $or: Array.from({ length: n }, (_, i) => ({ code: `C${i}` })) });
  it("accepts 100 conditions and refuses 101", () => {
    expect(conditionsOf(filterOf(many(100)))).toHaveLength(100);
    expectRejected({ filter: many(101) }, "filter", /at most 100 conditions/);
  });
});
