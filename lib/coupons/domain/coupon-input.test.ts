// The actions' input: the domain schema again on the server, the 100 % confirmation again, and
// each problem under the path of the field it is about.
import { describe, expect, it } from "vitest";
import { createCouponInputSchema, updateCouponInputSchema } from "./coupon-input";
import { violationsFrom } from "./specification";

const specification = { name: "Free week", code: "FREE", startTime: 1_750_000_000_000, percentOffRate: 100, minimumSubtotal: 10 };
const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("createCouponInputSchema", () => {
  it("accepts a confirmed 100 % coupon", () => {
    expect(createCouponInputSchema.safeParse({ specification, confirmFullDiscount: true }).success).toBe(true);
  });
  it("refuses an unconfirmed one on the percentage", () => {
    expect(paths(createCouponInputSchema.safeParse({ specification }))).toEqual(["specification.percentOffRate"]);
  });
  it("runs every domain rule, e.g. scope and minimum together", () => {
    const both = { ...specification, percentOffRate: 10, scope: { namespace: "stores" } };
    expect(paths(createCouponInputSchema.safeParse({ specification: both }))).toEqual(["specification.minimumSubtotal"]);
  });
  it("takes nothing else", () => {
    expect(paths(createCouponInputSchema.safeParse({ specification, confirmFullDiscount: true, id: "x" }))).toEqual([""]);
  });
});

describe("updateCouponInputSchema", () => {
  it("parses the changes with the domain's update rules", () => {
    const result = updateCouponInputSchema.safeParse({ id: "c1", expectedRevision: "r1", changes: { expirationTime: null, name: "New" } });
    expect(result.data).toEqual({ id: "c1", expectedRevision: "r1", changes: { expirationTime: null, name: "New" } });
  });
  it.each([
    [{ id: "c1", changes: {} }, ["changes"]],
    [{ id: "c1", changes: { type: "MoneyOff" } }, ["changes.type"]],
    [{ id: "c1", changes: { code: null } }, ["changes.code"]],
    [{ id: "", changes: { name: "x" } }, ["id"]],
    [{ id: "c1", changes: { percentOffRate: 100 } }, ["changes.percentOffRate"]],
  ])("refuses %j", (input, expected) => {
    expect(paths(updateCouponInputSchema.safeParse(input))).toEqual(expected);
  });
  it.each([
    [{ percentOffRate: 500, usageLimit: "abc", scope: { namespace: "bookings" } }, ["changes.usageLimit", "changes.percentOffRate"]],
    [{ scope: { namespace: "restaurants" } }, ["changes.scope.namespace"]],
    [{ expirationTime: 1_800_000_000 }, ["changes.expirationTime"]],
    [{ buyXGetY: { x: 0, y: 1 } }, ["changes.buyXGetY.x"]],
    [{ discountedCycleCount: 1000 }, ["changes.discountedCycleCount"]],
    [{ moneyOffAmount: 5, percentOffRate: 10 }, ["changes.percentOffRate"]],
    [{ nickname: "x" }, ["changes.nickname"]],
  ])("refuses the bad values in %j, each under its field", (changes, expected) => {
    const result = updateCouponInputSchema.safeParse({ id: "c1", changes }, { reportInput: true });
    expect(result.success).toBe(false);
    expect(violationsFrom(result.error!).map((v) => v.field)).toEqual(expected);
  });
  it("hands on the changes normalised, as the backends take them", () => {
    expect(updateCouponInputSchema.parse({ id: "c1", changes: { expirationTime: "1760000000000" } }).changes).toEqual({
      expirationTime: 1_760_000_000_000,
    });
  });
});
