// fieldMaskOf: the field mask Wix wants for an update, the keys being changed.
import { describe, expect, it } from "vitest";
import { fieldMaskOf, type CouponUpdate } from "./update";

describe("fieldMaskOf", () => {
  it.each<[CouponUpdate, string]>([
    [{ active: false, name: "x" }, "active,name"],
    [{ scope: null, minimumSubtotal: 50 }, "scope,minimumSubtotal"],
    [{ expirationTime: null }, "expirationTime"],
  ])("%j → %s", (update, mask) => {
    expect(fieldMaskOf(update)).toBe(mask);
  });
});
