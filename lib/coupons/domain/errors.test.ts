// CouponError is recognised across copies of its module (Next.js bundles the instrumentation hook,
// which creates the backend, apart from the pages), and nothing else passes for one.
import { describe, expect, it, vi } from "vitest";
import { CouponError, isCouponError } from "./errors";

describe("CouponError", () => {
  it("is recognised when another copy of the module made it", async () => {
    vi.resetModules();
    const copy = await import("./errors");
    expect(copy.CouponError).not.toBe(CouponError);
    const error = new copy.CouponError("NOT_FOUND", "gone");
    expect(error).toBeInstanceOf(CouponError);
    expect(isCouponError(error)).toBe(true);
  });

  it("is not claimed by look-alikes", () => {
    expect(isCouponError(Object.assign(new Error("x"), { name: "CouponError", code: "NOT_FOUND" }))).toBe(false);
    expect(isCouponError(null)).toBe(false);
    expect(new Error("x")).not.toBeInstanceOf(CouponError);
  });
});
