// Naming the coupons a bulk run changed, as its outcome and audit entry say them.
import { describe, expect, it } from "vitest";
import { namedCodes } from "./bulk-commands";

describe("namedCodes", () => {
  it("names many coupons by code, then how many more", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g"];
    const codes = Object.fromEntries(ids.map((id) => [id, id.toUpperCase()]));
    expect(namedCodes(ids, codes)).toBe("A, B, C, D, E and 2 more");
    expect(namedCodes(["a"], codes)).toBe("A");
    expect(namedCodes(["a", "zz"], codes)).toBe("A and zz");
  });
});
