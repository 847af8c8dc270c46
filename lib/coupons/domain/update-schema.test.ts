// parseUpdate, the update schema on its own (no stored coupon to merge with): each sent value is
// judged by the create rules, and a patch may not change the coupon's type.
import { describe, expect, it } from "vitest";
import { CouponError } from "./errors";
import { SPECIFICATION_KEYS } from "./specification";
import { CLEARABLE_FIELDS, parseUpdate } from "./update";

const T0 = 1_714_521_600_000;
const DAY = 86_400_000;

/** parseUpdate's rejection of a patch, on its own (no stored coupon to merge with). */
function updateRejection(patch: unknown, currentType?: Parameters<typeof parseUpdate>[1]): CouponError {
  try {
    parseUpdate(patch, currentType);
  } catch (error) {
    if (error instanceof CouponError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(patch)} to be rejected`);
}

describe("the update schema judges each sent value with the create rules", () => {
  const long = (n: number) => "x".repeat(n);
  /** Per field: values it takes (with what they become, when that differs) and values it refuses. */
  const FIELD_CASES: Record<string, { accepted: [unknown, unknown?][]; rejected: [unknown, string, RegExp][] }> = {
    name: {
      accepted: [["Autumn"], [long(80)]],
      rejected: [
        ["", "name", /Give the coupon a name/],
        ["   ", "name", /Give the coupon a name/],
        [long(81), "name", /at most 80 characters/],
        [5, "name", /name must be text/],
      ],
    },
    code: {
      accepted: [["AUTUMN"], [long(20)]],
      rejected: [
        ["", "code", /Enter a code/],
        [long(21), "code", /at most 20 characters/],
        ["A B", "code", /can't contain spaces/],
        [7, "code", /code must be text/],
      ],
    },
    startTime: {
      accepted: [[T0], [String(T0), T0]],
      rejected: [
        [1_714_521_600, "startTime", /multiply it by 1000/],
        ["2024-05-01", "startTime", /ISO dates/],
        [T0 + 0.5, "startTime", /fractions/],
        [true, "startTime", /epoch milliseconds/],
      ],
    },
    expirationTime: {
      accepted: [[T0 + DAY], [String(T0 + DAY), T0 + DAY], [null]],
      rejected: [
        [1_800_000_000, "expirationTime", /multiply it by 1000/],
        ["soon", "expirationTime", /epoch milliseconds/],
      ],
    },
    usageLimit: {
      accepted: [[1], [null]],
      rejected: [
        [0, "usageLimit", /at least 1/],
        [2.5, "usageLimit", /whole number/],
        ["abc", "usageLimit", /whole number/],
        [-3, "usageLimit", /at least 1/],
      ],
    },
    limitPerCustomer: {
      accepted: [[2], [null]],
      rejected: [
        [0, "limitPerCustomer", /at least 1/],
        ["2", "limitPerCustomer", /whole number/],
      ],
    },
    limitedToOneItem: { accepted: [[true], [false], [null]], rejected: [["yes", "limitedToOneItem", /true or false/]] },
    appliesToSubscriptions: { accepted: [[true], [null]], rejected: [[1, "appliesToSubscriptions", /true or false/]] },
    discountedCycleCount: {
      accepted: [[1], [999], [null]],
      rejected: [
        [0, "discountedCycleCount", /between 1 and 999/],
        [1000, "discountedCycleCount", /between 1 and 999/],
        [1.5, "discountedCycleCount", /whole number/],
      ],
    },
    active: {
      accepted: [[false]],
      rejected: [
        ["false", "active", /true or false/],
        [null, "active", /can't be cleared; send a new value instead/],
      ],
    },
    minimumSubtotal: {
      accepted: [[0.01], [null]],
      rejected: [
        [0, "minimumSubtotal", /more than 0/],
        [-5, "minimumSubtotal", /more than 0/],
        ["50", "minimumSubtotal", /must be a number/],
      ],
    },
    scope: {
      accepted: [
        [{ namespace: "bookings" }],
        [{ namespace: "stores", group: { name: "product", entityId: "p1" } }],
        [{ namespace: "events", group: { name: "ticket" } }],
        [null],
      ],
      rejected: [
        [{ namespace: "restaurants" }, "scope.namespace", /Unknown namespace "restaurants"\. Use one of/],
        [{ namespace: "events" }, "scope.group", /needs a group: event or ticket/],
        [{ namespace: "stores", group: { name: "product" } }, "scope.group.entityId", /needs an entityId/],
        [{ namespace: "bookings", group: { name: "product", entityId: "x" } }, "scope.group.name", /not a group of bookings/],
        [
          { namespace: "stores", group: { name: "collection", entityId: "" } },
          "scope.group.entityId",
          /can't be empty; leave it out instead/,
        ],
        [{ namespace: "stores", everything: true }, "scope.everything", /Unknown field everything; remove it/],
        ["stores", "scope", /expected object/],
      ],
    },
    moneyOffAmount: {
      accepted: [[7.5]],
      rejected: [
        [0, "moneyOffAmount", /more than 0/],
        ["5", "moneyOffAmount", /must be a number/],
        [2e9, "moneyOffAmount", /at most 1000000000/],
        [null, "moneyOffAmount", /can't be cleared/],
      ],
    },
    percentOffRate: {
      accepted: [[0.5], [100]],
      rejected: [
        [500, "percentOffRate", /can't be more than 100/],
        [0, "percentOffRate", /more than 0/],
        [-10, "percentOffRate", /more than 0/],
      ],
    },
    fixedPriceAmount: { accepted: [[3]], rejected: [[-3, "fixedPriceAmount", /more than 0/]] },
    freeShipping: {
      accepted: [[true], [false]],
      rejected: [
        ["yes", "freeShipping", /true or false/],
        [null, "freeShipping", /can't be cleared/],
      ],
    },
    buyXGetY: {
      accepted: [[{ x: 2, y: 1 }]],
      rejected: [
        [{ x: 0, y: 1 }, "buyXGetY.x", /at least 1/],
        [{ x: 1, y: 1.5 }, "buyXGetY.y", /whole number/],
        [{ x: 1 }, "buyXGetY.y", /buyXGetY\.y is required/],
        [{ x: 1, y: 1, z: 1 }, "buyXGetY.z", /Unknown field z/],
        [null, "buyXGetY", /can't be cleared/],
      ],
    },
  };

  it("has cases for every specification field", () => {
    expect(Object.keys(FIELD_CASES).sort()).toEqual([...SPECIFICATION_KEYS].sort());
  });

  const accepted = Object.entries(FIELD_CASES).flatMap(([field, { accepted }]) =>
    accepted.map(([value, parsed]) => [field, value, parsed === undefined ? value : parsed] as const),
  );
  it.each(accepted)("accepts %s: %j", (field, value, parsed) => {
    expect(parseUpdate({ [field]: value })).toEqual({ [field]: parsed });
  });

  const rejected = Object.entries(FIELD_CASES).flatMap(([field, { rejected }]) =>
    rejected.map(([value, at, message]) => [field, value, at, message] as const),
  );
  it.each(rejected)("refuses %s: %j, naming %s and saying what would do", (field, value, at, message) => {
    const error = updateRejection({ [field]: value });
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.violations).toContainEqual({ field: at, description: expect.stringMatching(message) });
    expect(error.message).toContain(`${at}: `);
  });

  it("reports every bad value at once, the issue's own example included", () => {
    const error = updateRejection({ percentOffRate: 500, usageLimit: "abc", scope: { namespace: "bookings" } });
    expect(error.violations.map((v) => v.field).sort()).toEqual(["percentOffRate", "usageLimit"]);
  });

  it.each(CLEARABLE_FIELDS)("null clears %s", (field) => {
    expect(parseUpdate({ [field]: null })).toEqual({ [field]: null });
  });

  it.each(["name", "code", "startTime", "active", "moneyOffAmount", "percentOffRate", "fixedPriceAmount", "freeShipping", "buyXGetY"])(
    "refuses to clear %s",
    (field) => {
      expect(updateRejection({ [field]: null }).violations).toEqual([
        { field, description: `${field} can't be cleared; send a new value instead.` },
      ]);
    },
  );

  it("treats a field sent as undefined as not sent", () => {
    expect(parseUpdate({ name: "x", usageLimit: undefined })).toEqual({ name: "x" });
    expect(updateRejection({ usageLimit: undefined }).violations).toEqual([
      { field: "", description: "Send at least one field to change." },
    ]);
  });

  it("refuses a non-object in plain words", () => {
    expect(updateRejection([{ name: "x" }]).violations).toEqual([
      { field: "", description: expect.stringMatching(/Send the changes as an object/) },
    ]);
  });
});

describe("the update schema refuses a change of type", () => {
  it("without the stored type, refuses two type fields, naming the second", () => {
    expect(updateRejection({ moneyOffAmount: 5, percentOffRate: 10 }).violations).toEqual([
      { field: "percentOffRate", description: expect.stringMatching(/type can't change.*send moneyOffAmount or percentOffRate, not both/) },
    ]);
  });

  it.each<[Parameters<typeof parseUpdate>[1], Record<string, unknown>, string]>([
    ["MoneyOff", { percentOffRate: 10 }, "percentOffRate"],
    ["PercentOff", { moneyOffAmount: 10 }, "moneyOffAmount"],
    ["FreeShipping", { buyXGetY: { x: 1, y: 1 } }, "buyXGetY"],
    ["BuyXGetY", { freeShipping: true }, "freeShipping"],
    ["FixedPrice", { fixedPriceAmount: 2, moneyOffAmount: 1 }, "moneyOffAmount"],
  ])("on a %s coupon, refuses %j naming %s", (type, patch, field) => {
    expect(updateRejection(patch, type).violations).toEqual([
      { field, description: `This coupon is ${type}; its type can't change. Create a new coupon instead.` },
    ]);
  });

  it("takes a new value of the coupon's own type", () => {
    expect(parseUpdate({ percentOffRate: 35 }, "PercentOff")).toEqual({ percentOffRate: 35 });
  });
});
