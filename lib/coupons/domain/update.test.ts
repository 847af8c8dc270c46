// applyUpdate with Wix's PATCH semantics: only sent fields change, null clears, the type is fixed,
// and the merged coupon must still be valid.
import { describe, expect, it } from "vitest";
import { CouponError } from "./errors";
import { parseSpecification, type CouponSpecification } from "./specification";
import { applyUpdate, CLEARABLE_FIELDS } from "./update";

const T0 = 1_714_521_600_000;
const DAY = 86_400_000;

const storesMoneyOff = parseSpecification({
  name: "Summer",
  code: "SUMMER",
  startTime: T0,
  expirationTime: T0 + 30 * DAY,
  usageLimit: 100,
  limitPerCustomer: 2,
  limitedToOneItem: true,
  active: true,
  moneyOffAmount: 5,
  scope: { namespace: "stores", group: { name: "product", entityId: "p1" } },
});
const subtotalMoneyOff = parseSpecification({ name: "Big order", code: "BIG", startTime: T0, moneyOffAmount: 10, minimumSubtotal: 100 });
const plans = parseSpecification({
  name: "Plans",
  code: "PLANS",
  startTime: T0,
  percentOffRate: 20,
  scope: { namespace: "pricingPlans" },
  appliesToSubscriptions: true,
  discountedCycleCount: 3,
});
const freeShipping = parseSpecification({ name: "Ship", code: "SHIP", startTime: T0, freeShipping: true, minimumSubtotal: 40 });
const bookings = parseSpecification({ name: "Book", code: "BOOK", startTime: T0, moneyOffAmount: 5, scope: { namespace: "bookings" } });

function rejection(current: CouponSpecification, patch: unknown): CouponError {
  try {
    applyUpdate(current, patch);
  } catch (error) {
    if (error instanceof CouponError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(patch)} to be rejected`);
}
function expectRejected(current: CouponSpecification, patch: unknown, field: string, description: RegExp) {
  const error = rejection(current, patch);
  expect(error.code).toBe("INVALID_ARGUMENT");
  expect(error.violations).toContainEqual({ field, description: expect.stringMatching(description) });
}

describe("only the given fields change", () => {
  it.each<Record<string, unknown>>([
    { name: "Autumn" },
    { code: "AUTUMN" },
    { usageLimit: 5 },
    { active: false },
    { expirationTime: T0 + DAY },
    { moneyOffAmount: 7.5 },
    { name: "Both", limitPerCustomer: 1 },
    { scope: { namespace: "stores" } },
  ])("%j", (patch) => {
    const before = structuredClone(storesMoneyOff);
    expect(applyUpdate(storesMoneyOff, patch)).toEqual({ ...storesMoneyOff, ...patch });
    expect(storesMoneyOff).toEqual(before);
  });

  it("normalises a numeric-string time like create does", () => {
    expect(applyUpdate(storesMoneyOff, { expirationTime: String(T0 + DAY) }).expirationTime).toBe(T0 + DAY);
  });

  it("accepts a stored specification that still carries the read-only type", () => {
    const stored = { ...storesMoneyOff, type: "MoneyOff" } as unknown as CouponSpecification;
    expect(applyUpdate(stored, { name: "Renamed" })).toEqual({ ...storesMoneyOff, name: "Renamed" });
  });
});

describe("null clears a clearable field", () => {
  it.each<[string, CouponSpecification, Record<string, unknown>]>([
    ["expirationTime", storesMoneyOff, { expirationTime: null }],
    ["usageLimit", storesMoneyOff, { usageLimit: null }],
    ["limitPerCustomer", storesMoneyOff, { limitPerCustomer: null }],
    ["limitedToOneItem", storesMoneyOff, { limitedToOneItem: null }],
    ["discountedCycleCount", plans, { discountedCycleCount: null }],
    ["appliesToSubscriptions", plans, { appliesToSubscriptions: null, discountedCycleCount: null }],
    ["minimumSubtotal", freeShipping, { minimumSubtotal: null }],
    ["scope", storesMoneyOff, { scope: null, minimumSubtotal: 50 }],
  ])("%s", (field, current, patch) => {
    const updated = applyUpdate(current, patch);
    expect(updated).not.toHaveProperty(field);
    expect(CLEARABLE_FIELDS).toContain(field);
  });

  it("switches from scope to minimumSubtotal", () => {
    const { scope: _scope, ...rest } = storesMoneyOff;
    expect(applyUpdate(storesMoneyOff, { scope: null, minimumSubtotal: 50 })).toEqual({ ...rest, minimumSubtotal: 50 });
  });

  it("switches from minimumSubtotal to scope", () => {
    const updated = applyUpdate(subtotalMoneyOff, { minimumSubtotal: null, scope: { namespace: "bookings" } });
    expect(updated).toMatchObject({ scope: { namespace: "bookings" }, limitedToOneItem: true });
    expect(updated).not.toHaveProperty("minimumSubtotal");
  });

  it("keeps a bookings coupon limited to one item when the flag is cleared", () => {
    expect(applyUpdate(bookings, { limitedToOneItem: null }).limitedToOneItem).toBe(true);
  });
});

describe("fields that can't be cleared", () => {
  it.each(["name", "code", "startTime", "active", "moneyOffAmount"])("rejects %s: null, naming it", (field) => {
    expectRejected(storesMoneyOff, { [field]: null }, field, /can't be cleared; send a new value instead/);
  });
});

describe("the type never changes", () => {
  it.each<[string, unknown]>([
    ["percentOffRate", 10],
    ["fixedPriceAmount", 3],
    ["freeShipping", true],
    ["buyXGetY", { x: 1, y: 1 }],
  ])("rejects %s on a MoneyOff coupon, naming it and saying create a new coupon", (field, value) => {
    expectRejected(storesMoneyOff, { [field]: value }, field, /This coupon is MoneyOff; its type can't change\. Create a new coupon/);
  });

  it("rejects the read-only type key", () => {
    expectRejected(storesMoneyOff, { type: "MoneyOff" }, "type", /read-only; change the type's value field instead/);
  });

  it.each<[CouponSpecification, Record<string, unknown>]>([
    [storesMoneyOff, { moneyOffAmount: 9 }],
    [plans, { percentOffRate: 35 }],
    [freeShipping, { freeShipping: true }],
  ])("accepts a new value of the same type (%#)", (current, patch) => {
    expect(applyUpdate(current, patch)).toEqual({ ...current, ...patch });
  });
});

describe("the merged coupon is still validated", () => {
  it.each<[string, CouponSpecification, Record<string, unknown>, string, RegExp]>([
    ["an end before the start", storesMoneyOff, { expirationTime: T0 - DAY }, "expirationTime", /after the start/],
    ["a start after the stored end", storesMoneyOff, { startTime: T0 + 60 * DAY }, "expirationTime", /after the start/],
    ["a scope next to the stored minimumSubtotal", subtotalMoneyOff, { scope: { namespace: "stores" } }, "minimumSubtotal", /not both/],
    ["clearing the only minimumSubtotal", subtotalMoneyOff, { minimumSubtotal: null }, "scope", /only FreeShipping coupon is allowed/],
    ["clearing the only scope", storesMoneyOff, { scope: null }, "scope", /only FreeShipping coupon is allowed/],
    [
      "moving to bookings with a per-customer limit",
      storesMoneyOff,
      { scope: { namespace: "bookings" } },
      "limitPerCustomer",
      /remove limitPerCustomer/,
    ],
    [
      "subscriptions off under discounted cycles",
      plans,
      { appliesToSubscriptions: null },
      "discountedCycleCount",
      /appliesToSubscriptions/,
    ],
    ["a scope on free shipping", freeShipping, { scope: { namespace: "stores" } }, "scope", /takes no scope/],
    ["a usage limit of 0", storesMoneyOff, { usageLimit: 0 }, "usageLimit", /at least 1/],
    ["a fractional usage limit", storesMoneyOff, { usageLimit: 2.5 }, "usageLimit", /whole number/],
    ["a time in seconds", storesMoneyOff, { expirationTime: 1_800_000_000 }, "expirationTime", /multiply it by 1000/],
    [
      "a product without an id",
      storesMoneyOff,
      { scope: { namespace: "stores", group: { name: "product" } } },
      "scope.group.entityId",
      /needs an entityId/,
    ],
  ])("rejects %s", (_label, current, patch, field, message) => expectRejected(current, patch, field, message));
});

describe("malformed patches", () => {
  it("rejects an empty patch, asking for a field", () => {
    expectRejected(storesMoneyOff, {}, "", /Send at least one field to change/);
  });
  it.each(["foo", "id", "numberOfUsages", "dateCreated"])("rejects unknown key %s, naming it", (key) => {
    expectRejected(storesMoneyOff, { [key]: 1 }, key, new RegExp(`Unknown field ${key}; remove it`));
  });
  it.each([null, undefined, "name", 5, [], [{ name: "x" }]])("rejects %j", (patch) => {
    const error = rejection(storesMoneyOff, patch);
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.violations.length).toBeGreaterThan(0);
  });
});
