// parseQuery: the allow-list between a URL or a Wix query body and a backend. Every accepted
// operator, every refused one, both namings, paging, limits and the round trip to Wix's JSON.
import { describe, expect, it } from "vitest";
import { CouponError } from "../domain/errors";
import { FIELDS, FILTER_OPERATORS, type FieldDef, type FilterOperator } from "../domain/fields";
import { conditionsOf, DEFAULT_LIMIT, parseQuery, toWixFilter, toWixSort, type FilterValue, type Naming, type RawQuery } from "./query";

const T0 = 1_714_521_600_000; // 2024-05-01T00:00:00Z

function rejection(raw: RawQuery, naming?: Naming): CouponError {
  try {
    parseQuery(raw, naming);
  } catch (error) {
    if (error instanceof CouponError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}
function expectRejected(raw: RawQuery, field: string, description: RegExp, naming?: Naming) {
  const error = rejection(raw, naming);
  expect(error.code).toBe("INVALID_ARGUMENT");
  expect(error.violations).toEqual([{ field, description: expect.stringMatching(description) }]);
}
const filterOf = (filter: unknown, naming?: Naming) => parseQuery({ filter }, naming).filter;
const cond = (field: string, op: FilterOperator, value: FilterValue) => ({ kind: "cond", field, op, value });

/** A value each field kind accepts, as sent and as parsed. */
function sample(field: FieldDef, op: FilterOperator): [unknown, FilterValue] {
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

describe("round trip through Wix's JSON", () => {
  const filters: [unknown, Naming][] = [
    [{ code: "SUMMER" }, "collection"],
    [{ numberOfUsages: { $gt: 3, $lte: 10 } }, "collection"],
    [
      {
        $or: [
          { type: { $hasSome: ["MoneyOff", "PercentOff"] } },
          { $and: [{ expired: "false" }, { startTime: { $gte: "2024-05-01T00:00:00Z" } }] },
        ],
      },
      "collection",
    ],
    [{ code: { $startsWith: "SU" }, active: true, expirationTime: { $eq: null } }, "collection"],
    [{ "scope.namespace": "stores", "scope.group.entityId": { $ne: null }, "displayData.name": { $contains: "Shirt" } }, "collection"],
    [{ "specification.code": { $hasSome: ["A", "B"] }, expired: true, dateCreated: { $lt: T0 } }, "rest"],
    [{ $or: [{ id: "x" }, { "specification.usageLimit": { $gte: 1 } }] }, "rest"],
    [{ $or: [{}, { code: "A" }] }, "collection"],
    [{ $and: [{}] }, "rest"],
  ];
  it.each(filters)("%j (%s)", (filter, naming) => {
    const q = parseQuery({ filter }, naming);
    const wix = toWixFilter(q.filter!, naming);
    expect(parseQuery({ filter: wix }, naming).filter).toEqual(q.filter);
    expect(parseQuery({ filter: JSON.stringify(wix) }, naming).filter).toEqual(q.filter);
  });
  it.each<Naming>(["collection", "rest"])("sort round-trips (%s)", (naming) => {
    const sort = [
      { fieldName: naming === "rest" ? "dateCreated" : "_dateCreated", order: "DESC" },
      { fieldName: naming === "rest" ? "specification.code" : "code" },
    ];
    const q = parseQuery({ sort }, naming);
    expect(parseQuery({ sort: JSON.stringify(toWixSort(q.sort, naming)) }, naming).sort).toEqual(q.sort);
  });
  it("refuses to write a REST filter or sort for a field REST can't reach", () => {
    const q = parseQuery({ filter: { numberOfUsages: { $gt: 1 } }, sort: [{ numberOfUsages: "desc" }] });
    expect(() => toWixFilter(q.filter!, "rest")).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", violations: [expect.objectContaining({ field: "numberOfUsages" })] }),
    );
    expect(() => toWixSort(q.sort, "rest")).toThrow(CouponError);
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

describe("a query that is not an object", () => {
  it.each([null, undefined, "code", 5])("rejects %j as INVALID_ARGUMENT", (raw) => {
    expectRejected(raw as RawQuery, "query", /A query is an object/);
  });
});
