// The mapping of errors onto the refusal the form shows: field errors, a taken code, STALE, plain words,
// and the data access layer's own refusals.
import { describe, expect, it, vi } from "vitest";
import { codeTaken, CouponError, invalidArgument } from "@/lib/coupons/domain/errors";
import { CHANGED_ELSEWHERE } from "../coupons/checked-writes";
import { DataRefusal, type DataRefusalCode } from "../refusal";
import { ActionRefusal } from "./action-refusal";
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

describe("refusalFrom, for the data access layer's refusals", () => {
  it.each<DataRefusalCode>(["INVALID", "CONFLICT", "NOT_FOUND"])(
    "shows a %s DataRefusal as the same refusal an ActionRefusal was",
    (code) => {
      const fieldErrors = { email: ["A user with this email already exists."] };
      const expected = { ok: false, code, message: "Choose a different password.", fieldErrors };
      expect(refusalFrom(new DataRefusal(code, "Choose a different password.", fieldErrors), "test")).toEqual(expected);
      expect(refusalFrom(new ActionRefusal(code, "Choose a different password.", fieldErrors), "test")).toEqual(expected);
    },
  );

  it("leaves fieldErrors out when the data layer gave none", () => {
    expect(refusalFrom(new DataRefusal("NOT_FOUND", "This user no longer exists."), "test")).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "This user no longer exists.",
    });
  });
});
