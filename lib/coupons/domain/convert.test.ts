// Coupon ⇄ collection row: nothing is lost or invented on the way through, for every type.
import { describe, expect, it } from "vitest";
import { COUPON_TYPES, type CouponType } from "./coupon-types";
import { couponToRow, rowToCoupon, type CouponRow } from "./convert";
import { COLUMN_FIELDS } from "./fields";
import type { Coupon, StoredSpecification } from "./model";

const T0 = 1_714_521_600_000;

const SPECS: Record<CouponType, StoredSpecification> = {
  MoneyOff: {
    type: "MoneyOff",
    name: "Ten off",
    code: "TEN",
    startTime: T0,
    expirationTime: T0 + 1000,
    usageLimit: 50,
    limitPerCustomer: 2,
    limitedToOneItem: true,
    active: true,
    moneyOffAmount: 10,
    scope: { namespace: "stores", group: { name: "product", entityId: "p1" } },
  },
  PercentOff: {
    type: "PercentOff",
    name: "Plans",
    code: "PLANS",
    startTime: T0,
    active: false,
    percentOffRate: 15,
    scope: { namespace: "pricingPlans" },
    appliesToSubscriptions: true,
    discountedCycleCount: 3,
  },
  FixedPrice: {
    type: "FixedPrice",
    name: "Sale",
    code: "SALE",
    startTime: T0,
    active: true,
    fixedPriceAmount: 9.99,
    scope: { namespace: "stores" },
  },
  FreeShipping: { type: "FreeShipping", name: "Ship", code: "SHIP", startTime: T0, active: true, freeShipping: true, minimumSubtotal: 40 },
  BuyXGetY: {
    type: "BuyXGetY",
    name: "2 for 1",
    code: "B2G1",
    startTime: T0,
    active: true,
    buyXGetY: { x: 2, y: 1 },
    scope: { namespace: "stores", group: { name: "collection", entityId: "c1" } },
  },
};
const couponOf = (type: CouponType, extra: Partial<Coupon> = {}): Coupon => ({
  id: `id-${type}`,
  specification: SPECS[type],
  dateCreated: T0 - 5000,
  expired: false,
  numberOfUsages: 7,
  ...extra,
});

describe.each(COUPON_TYPES)("a %s coupon", (type) => {
  it("round-trips through a row unchanged", () => {
    const coupon = couponOf(type, { displayData: { name: "Shirt", formattedPrice: "$10" }, appId: "app-1" });
    expect(rowToCoupon(couponToRow(coupon))).toEqual(coupon);
  });
  it("round-trips without displayData and appId, adding neither", () => {
    const back = rowToCoupon(couponToRow(couponOf(type)));
    expect(back).toEqual(couponOf(type));
    expect(back).not.toHaveProperty("displayData");
    expect(back).not.toHaveProperty("appId");
  });
  it("becomes a flat row with the collection's names", () => {
    const row = couponToRow(couponOf(type, { expired: true }));
    expect(row).toMatchObject({ _id: `id-${type}`, _dateCreated: T0 - 5000, numberOfUsages: 7, expired: true, type });
    expect(row).not.toHaveProperty("id");
    expect(row).not.toHaveProperty("specification");
    const known = new Set([...COLUMN_FIELDS.map((f) => f.id), "discountedCycleCount"]);
    expect(Object.keys(row).filter((key) => !known.has(key))).toEqual([]);
  });
});

describe("active", () => {
  it("reads a missing switch as on, as Wix's default is", () => {
    const { active: _active, ...spec } = SPECS.MoneyOff;
    const row = couponToRow(couponOf("MoneyOff", { specification: spec as StoredSpecification }));
    expect(row.active).toBe(true);
    expect(rowToCoupon(row).specification.active).toBe(true);
  });
  it("keeps a switched-off coupon off", () => {
    expect(couponToRow(couponOf("PercentOff")).active).toBe(false);
  });
});

it("refuses a row whose type is not a coupon type", () => {
  const row = { ...couponToRow(couponOf("MoneyOff")), type: "Discount" } as unknown as CouponRow;
  expect(() => rowToCoupon(row)).toThrow(/Unknown coupon type Discount/);
});
