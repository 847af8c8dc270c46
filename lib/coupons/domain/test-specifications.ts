// Shared by the specification tests: one valid coupon of each type, and a way to expect a
// rejection that names its field.
import { expect } from "vitest";
import type { CouponType } from "./coupon-types";
import { CouponError } from "./errors";
import { parseSpecification } from "./specification";

export const T0 = 1_714_521_600_000; // 2024-05-01T00:00:00Z

export const VALUE: Record<CouponType, Record<string, unknown>> = {
  MoneyOff: { moneyOffAmount: 5 },
  PercentOff: { percentOffRate: 10 },
  FixedPrice: { fixedPriceAmount: 20 },
  FreeShipping: { freeShipping: true },
  BuyXGetY: { buyXGetY: { x: 2, y: 1 } },
};
export const STORES = { namespace: "stores" };
export const base = { name: "Summer sale", code: "SUMMER", startTime: T0 };
/** A valid coupon of the type: scoped to all store products, free shipping unscoped. */
export const spec = (type: CouponType, extra: Record<string, unknown> = {}) => ({
  ...base,
  ...VALUE[type],
  ...(type === "FreeShipping" ? {} : { scope: STORES }),
  ...extra,
});
export const moneyOff = (extra: Record<string, unknown> = {}) => spec("MoneyOff", extra);

export function rejection(input: unknown): CouponError {
  try {
    parseSpecification(input);
  } catch (error) {
    if (error instanceof CouponError) return error;
    throw error;
  }
  throw new Error(`expected a rejection for ${JSON.stringify(input)}`);
}
export function expectRejected(input: unknown, field: string, description: RegExp) {
  const error = rejection(input);
  expect(error.code).toBe("INVALID_ARGUMENT");
  expect(error.violations).toContainEqual({ field, description: expect.stringMatching(description) });
  expect(error.message).toContain(field ? `${field}: ` : "");
}
