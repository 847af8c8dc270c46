// The mapping of errors onto the refusal the form shows: field errors, a taken code, STALE, plain words.
import { describe, expect, it, vi } from "vitest";
import { codeTaken, CouponError, invalidArgument } from "@/lib/coupons/domain/errors";
import { CHANGED_ELSEWHERE } from "../coupons/checked-writes";
import { refusalFrom } from "./refusals";

describe("refusalFrom, for the form's failures", () => {
  it("puts field violations under their field, without the input's wrapper", () => {
    const failure = refusalFrom(invalidArgument([{ field: "specification.scope.group.entityId", description: "Pick one." }]), "test");
    expect(failure).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { "scope.group.entityId": ["Pick one."] } });
  });

  it("turns a taken code into the code field's error", () => {
    expect(refusalFrom(codeTaken("SUMMER15"), "test")).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { code: [expect.stringMatching(/already in use/)] },
    });
  });

  it("tells a coupon changed elsewhere apart from other refusals", () => {
    expect(refusalFrom(new CouponError("FAILED_PRECONDITION", CHANGED_ELSEWHERE), "test")).toEqual({
      ok: false,
      code: "STALE",
      message: CHANGED_ELSEWHERE,
    });
  });

  it("says UNAVAILABLE in plain words and that nothing was saved", () => {
    expect(refusalFrom(new CouponError("UNAVAILABLE", "internal detail"), "test").message).toMatch(/didn't answer. Nothing was saved/);
  });

  it("never shows an unknown error's text", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(refusalFrom(new Error("SQLITE_BUSY at /srv/db"), "test").message).not.toMatch(/SQLITE/);
    spy.mockRestore();
  });
});
