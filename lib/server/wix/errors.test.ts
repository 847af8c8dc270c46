// Wix's error answers as the gateway reads them: every typed error the emulator writes (with its own
// codec) comes back with its code and fields, and Wix's own bodies (validation, application, odd
// ones) become typed errors with named fields.
import { describe, expect, it } from "vitest";
import { CouponError, ERROR_CODES } from "@/lib/coupons/domain/errors";
import { bulkCreateOut, errorOut } from "@/emulator/codec/responses";
import { fromWixError, fromWixItemError } from "./errors";

/** What the notes list: the status Wix answers with for each kind of failure. */
const STATUS_BY_CODE = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  FAILED_PRECONDITION: 428,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;
const toWixError = errorOut;
/** A bulk item's error as the emulator writes it inside itemMetadata. */
const toWixItemError = (item: { code: string; description: string; violations?: { field: string; description: string }[] }) =>
  bulkCreateOut({ results: [{ originalIndex: 0, success: false, error: item as never }], totalSuccesses: 0, totalFailures: 1 }).results[0]!
    .itemMetadata.error!;

describe("the emulator's error bodies → fromWixError", () => {
  it.each(ERROR_CODES.map((code) => [code]))("keeps %s, its message and its fields", (code) => {
    const violations =
      code === "INVALID_ARGUMENT" || code === "ALREADY_EXISTS" ? [{ field: "scope.group.entityId", description: "Choose an item." }] : [];
    const error = new CouponError(code, "What happened.", violations);
    const { status, body } = toWixError(error, "specification.");
    expect(status).toBe(STATUS_BY_CODE[code]);
    const back = fromWixError(status, JSON.parse(JSON.stringify(body)));
    expect(back.code).toBe(code);
    expect(back.message).toMatch(/^What happened\./);
    expect(back.violations).toEqual(violations);
  });

  it("writes Wix's bodies: validationError for fields, applicationError otherwise", () => {
    const invalid = toWixError(
      new CouponError("INVALID_ARGUMENT", "m", [{ field: "code", description: "code is required." }]),
      "specification.",
    );
    expect(invalid).toEqual({
      status: 400,
      body: {
        message: "m",
        details: {
          validationError: {
            fieldViolations: [{ field: "specification.code", description: "code is required.", violatedRule: "REQUIRED_FIELD" }],
          },
        },
      },
    });
    expect(toWixError(new CouponError("NOT_FOUND", 'No coupon has the id "x".'))).toEqual({
      status: 404,
      body: {
        message: 'No coupon has the id "x".',
        details: { applicationError: { code: "NOT_FOUND", description: 'No coupon has the id "x".', data: {} } },
      },
    });
  });
});

describe("fromWixError", () => {
  it.each([
    [400, "INVALID_ARGUMENT"],
    [401, "UNAUTHENTICATED"],
    [403, "PERMISSION_DENIED"],
    [404, "NOT_FOUND"],
    [409, "ALREADY_EXISTS"],
    [428, "FAILED_PRECONDITION"],
    [429, "UNAVAILABLE"],
    [500, "INTERNAL"],
    [502, "UNAVAILABLE"],
    [503, "UNAVAILABLE"],
    [504, "UNAVAILABLE"],
  ])("reads status %i as %s", (status, code) => {
    expect(fromWixError(status, {}).code).toBe(code);
  });

  it("reads a 400 with only an applicationError as one violation of the whole request", () => {
    const error = fromWixError(400, {
      message: "The provided combination of scope and coupon type is invalid",
      details: { applicationError: { code: "INVALID_SCOPE", description: "The provided combination of scope and coupon type is invalid" } },
    });
    expect(error.violations).toEqual([{ field: "", description: "The provided combination of scope and coupon type is invalid" }]);
  });

  it("survives a body that isn't Wix's", () => {
    expect(fromWixError(502, "<html>bad gateway</html>")).toMatchObject({ code: "UNAVAILABLE", message: "Wix answered with status 502." });
    expect(fromWixError(400, null).violations).toHaveLength(1);
  });

  it("keeps a field named specifications, and the whole specification as the empty field", () => {
    const body = {
      message: "m",
      details: {
        validationError: {
          fieldViolations: [
            { field: "specifications", description: "a" },
            { field: "specification", description: "b" },
          ],
        },
      },
    };
    expect(fromWixError(400, body).violations.map((v) => v.field)).toEqual(["specifications", ""]);
  });
});

describe("bulk item errors", () => {
  it("read back the emulator's codes and fields", () => {
    const item = { code: "INVALID_ARGUMENT", description: "d", violations: [{ field: "percentOffRate", description: "too much" }] };
    expect(fromWixItemError(toWixItemError(item))).toEqual(item);
  });

  it.each([
    ["COUPON_NOT_FOUND", "NOT_FOUND"],
    ["DUPLICATE_COUPON_CODE", "ALREADY_EXISTS"],
    ["SOMETHING_ELSE", "INVALID_ARGUMENT"],
  ])("read Wix's own name %s as %s", (name, code) => {
    expect(fromWixItemError({ code: name, description: "x" }).code).toBe(code);
  });
});
