// The site's codes, asked for 100 file codes a call, found whatever their case: a gateway that
// compares exactly (as $hasSome does on Wix and on the store) still finds "summer10" for "SUMMER10".
import { describe, expect, it } from "vitest";
import type { CouponGateway } from "../domain/gateway";
import type { Coupon } from "../domain/model";
import { conditionsOf, type CouponQuery } from "../query/query";
import { existingCodes } from "./existing-codes";

function exactGateway(codes: string[]) {
  const calls: CouponQuery[] = [];
  const gateway: Pick<CouponGateway, "query"> = {
    query: async (query) => {
      calls.push(query);
      const asked = new Set(conditionsOf(query.filter).flatMap((c) => c.value as string[]));
      const items = codes.filter((code) => asked.has(code)).map((code) => ({ specification: { code } }) as Coupon);
      return { items: items.slice(query.offset, query.offset + query.limit), totalResults: items.length };
    },
  };
  return { gateway, calls };
}

describe("existingCodes", () => {
  it("finds codes in capitals, small letters or as written, and answers in capitals", async () => {
    const { gateway } = exactGateway(["summer10", "WINTER", "Autumn5"]);
    expect(await existingCodes(gateway, ["SUMMER10", "winter", "Autumn5", "SPRING"])).toEqual(new Set(["SUMMER10", "WINTER", "AUTUMN5"]));
  });

  it("asks about 100 codes a call, each list within $hasSome's 100 values", async () => {
    const { gateway, calls } = exactGateway([]);
    await existingCodes(
      gateway,
      Array.from({ length: 250 }, (_, i) => `Code${i}`),
    );
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(conditionsOf(call.filter).every((c) => (c.value as string[]).length <= 100)).toBe(true);
    expect(await existingCodes(gateway, [])).toEqual(new Set());
    expect(calls).toHaveLength(3);
  });
});
