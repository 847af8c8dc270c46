// The field catalogue against seeds/004 (the "Marketing/Coupons" collection) and WIX-API-NOTES
// "Filtering and sorting": columns, sortability, filter operators and what REST can reach.
import { describe, expect, it } from "vitest";
import { FIELD_DESCRIPTIONS } from "./field-descriptions";
import {
  COLUMN_FIELDS,
  FACET_FIELDS,
  FACET_KEYS,
  facetOfColumn,
  FIELDS,
  fieldById,
  fieldByRestPath,
  labelOf,
  SORTABLE_FIELDS,
  type FieldDef,
  type FieldId,
  type FilterOperator,
  wordsOf,
} from "./fields";

/** The collection's field ids, in the seed's order. */
const SEED_FIELD_IDS = [
  "_id",
  "name",
  "code",
  "startTime",
  "expirationTime",
  "usageLimit",
  "limitPerCustomer",
  "appliesToSubscriptions",
  "limitedToOneItem",
  "active",
  "minimumSubtotal",
  "scope",
  "type",
  "buyXGetY",
  "fixedPriceAmount",
  "freeShipping",
  "moneyOffAmount",
  "percentOffRate",
  "_dateCreated",
  "numberOfUsages",
  "expired",
  "displayData",
  "appId",
];
/** "Can be sorted: Yes" in the seed. */
const SEED_SORTABLE = [
  "_id",
  "name",
  "code",
  "startTime",
  "expirationTime",
  "usageLimit",
  "limitPerCustomer",
  "minimumSubtotal",
  "_dateCreated",
  "numberOfUsages",
  "appId",
];

const TEXT: FilterOperator[] = ["$eq", "$ne", "$hasSome", "$contains", "$startsWith"];
const RANGE: FilterOperator[] = ["$eq", "$ne", "$hasSome", "$lt", "$lte", "$gt", "$gte"];
const BOOL: FilterOperator[] = ["$eq", "$ne"];
/** "Can be filtered" per the seed. Where the seed only says "Yes", the comment gives the catalogue's choice. */
const SEED_OPERATORS: Record<string, FilterOperator[]> = {
  _id: TEXT,
  name: TEXT,
  code: TEXT,
  startTime: RANGE,
  expirationTime: RANGE,
  usageLimit: RANGE,
  limitPerCustomer: RANGE,
  appliesToSubscriptions: BOOL, // seed: "Yes" (Boolean) → the boolean operators, like the other Boolean fields
  limitedToOneItem: BOOL,
  active: BOOL,
  minimumSubtotal: RANGE,
  scope: [], // seed: "No"; filtering goes through the scope.* sub-fields below
  type: ["$eq", "$ne", "$hasSome"],
  buyXGetY: [],
  fixedPriceAmount: [],
  freeShipping: [],
  moneyOffAmount: [],
  percentOffRate: [],
  _dateCreated: RANGE,
  numberOfUsages: RANGE,
  expired: BOOL,
  displayData: [], // seed: "Yes" (JSON) → not filterable as a whole; the filter-only displayData.name is
  appId: TEXT, // seed: "Yes" (its Type is Text, not JSON) → the Text operators, like _id
};

const ids = (fields: readonly { id: string }[]) => fields.map((f) => f.id);

describe("columns", () => {
  it("are the seed's 23 fields in the seed's order", () => {
    expect(SEED_FIELD_IDS).toHaveLength(23);
    expect(ids(COLUMN_FIELDS)).toEqual(SEED_FIELD_IDS);
  });
  it("sortable fields are exactly the seed's 'Can be sorted: Yes'", () => {
    expect(ids(SORTABLE_FIELDS).sort()).toEqual([...SEED_SORTABLE].sort());
  });
  it.each(SEED_FIELD_IDS)("%s filters with the seed's operators", (id) => {
    expect([...fieldById(id)!.operators].sort()).toEqual([...SEED_OPERATORS[id]!].sort());
  });
  it("describes no field the catalogue doesn't have", () => {
    expect(Object.keys(FIELD_DESCRIPTIONS).sort()).toEqual(FIELDS.map((f) => f.id).sort());
  });
  it.each(FIELDS.map((f) => [f.id, f] as const))("%s has a label and a description", (_id, field) => {
    expect(field.label).toMatch(/\S/);
    expect(FIELD_DESCRIPTIONS[field.id as FieldId]).toMatch(/\S/);
  });
});

describe("filter-only sub-fields", () => {
  // The seed lists "scope.namespace", "scope.group.name" and "scope.group.entity"; the scope object's
  // key is entityId, and the catalogue filters by that name.
  it.each([
    ["scope.namespace", ["$eq", "$ne", "$hasSome"]],
    ["scope.group.name", ["$eq", "$ne", "$hasSome"]],
    ["scope.group.entityId", ["$eq", "$ne", "$hasSome"]],
    ["displayData.name", ["$eq", "$contains", "$startsWith"]],
  ])("%s is filterable but neither a column nor sortable", (id, operators) => {
    const field = fieldById(id)!;
    expect(field).toMatchObject({ column: false, sortable: false });
    expect([...field.operators].sort()).toEqual([...operators].sort());
  });
  it("nothing else hides from the table", () => {
    expect(ids(FIELDS.filter((f) => !f.column)).sort()).toEqual([
      "displayData.name",
      "scope.group.entityId",
      "scope.group.name",
      "scope.namespace",
      "status",
    ]);
  });
});

describe("derived fields", () => {
  it("only status is derived: filter-only, unreachable through REST, $eq and $hasSome", () => {
    expect(ids(FIELDS.filter((f) => f.derived))).toEqual(["status"]);
    expect(fieldById("status")).toMatchObject({ column: false, sortable: false, rest: null, kind: "enum" });
    expect([...fieldById("status")!.operators].sort()).toEqual(["$eq", "$hasSome"]);
  });
  it("no collection field is derived", () => {
    for (const id of SEED_FIELD_IDS) expect(fieldById(id)!.derived).toBe(false);
  });
});

describe("what REST v2 can reach", () => {
  const REST: [string, string][] = [
    ["id", "_id"],
    ["dateCreated", "_dateCreated"],
    ["expired", "expired"],
    ["specification.active", "active"],
    ["specification.name", "name"],
    ["specification.code", "code"],
    ["specification.usageLimit", "usageLimit"],
    ["specification.limitedToOneItem", "limitedToOneItem"],
    ["specification.scope.namespace", "scope.namespace"],
    ["specification.scope.group.name", "scope.group.name"],
    ["specification.scope.group.entityId", "scope.group.entityId"],
  ];
  it("is exactly the notes' list", () => {
    expect(
      FIELDS.filter((f) => f.rest)
        .map((f) => [f.rest!.path, f.id])
        .sort(),
    ).toEqual([...REST].sort());
  });
  it.each(REST)("%s resolves to %s", (path, id) => {
    expect(fieldByRestPath(path)?.id).toBe(id);
  });
  it.each([
    "numberOfUsages",
    "startTime",
    "expirationTime",
    "type",
    "moneyOffAmount",
    "percentOffRate",
    "fixedPriceAmount",
    "minimumSubtotal",
  ])("%s is out of REST's reach", (id) => {
    expect(fieldById(id)!.rest).toBeNull();
  });
  it("REST sorts only what the collection also sorts", () => {
    for (const field of FIELDS) if (field.rest?.sortable) expect(field.sortable).toBe(true);
  });
});

describe("the table's facets and alignment", () => {
  it("each facet filters one field, and its column offers it", () => {
    expect(FACET_FIELDS).toEqual({ status: "status", type: "type", namespace: "scope.namespace", active: "active", expired: "expired" });
    const offered = Object.fromEntries(FIELDS.flatMap((f) => (facetOfColumn(f.id) && f.column ? [[f.id, facetOfColumn(f.id)]] : [])));
    expect({ ...offered, status: facetOfColumn("status") }).toEqual({
      status: "status",
      type: "type",
      scope: "namespace",
      active: "active",
      expired: "expired",
    });
    for (const key of FACET_KEYS) expect(FIELDS.filter((f: FieldDef) => f.facet === key)).toHaveLength(1);
  });
  it("amounts and limits line up on the right", () => {
    expect(FIELDS.filter((f: FieldDef) => f.align === "end").map((f) => f.id)).toEqual([
      "usageLimit",
      "limitPerCustomer",
      "minimumSubtotal",
      "fixedPriceAmount",
      "moneyOffAmount",
      "percentOffRate",
    ]);
  });
});

describe("labels", () => {
  it("a field's label is the catalogue's, and its words in a sentence start in lower case", () => {
    expect(labelOf("usageLimit")).toBe("Usage limit");
    expect(wordsOf("usageLimit")).toBe("usage limit");
    expect(wordsOf("buyXGetY")).toBe("buy X get Y");
  });
  it("a name outside the catalogue is its own label", () => {
    expect(labelOf("discountedCycleCount")).toBe("discountedCycleCount");
  });
});
