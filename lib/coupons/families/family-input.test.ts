// A family of 100 %-off codes needs the same confirmation as one 100 %-off coupon.
import { describe, expect, it } from "vitest";
import { FULL_DISCOUNT_UNCONFIRMED } from "../domain/guardrails";
import { startFamilyInputSchema } from "./family-input";

const input = (percentOffRate: number, confirmFullDiscount?: boolean) => ({
  template: { name: "Free for friends", startTime: 1_700_000_000_000, percentOffRate, scope: { namespace: "stores" } },
  pattern: { count: 10, prefix: "FRIEND-", length: 6, alphabet: "mixed" },
  ...(confirmFullDiscount === undefined ? {} : { confirmFullDiscount }),
});

describe("starting a family", () => {
  it("refuses 100 % off unless the merchant confirmed it", () => {
    const refused = startFamilyInputSchema.safeParse(input(100));
    expect(refused.error?.issues.map((i) => i.message)).toEqual([FULL_DISCOUNT_UNCONFIRMED]);
    expect(startFamilyInputSchema.safeParse(input(100, true)).success).toBe(true);
    expect(startFamilyInputSchema.safeParse(input(20)).success).toBe(true);
  });
});
