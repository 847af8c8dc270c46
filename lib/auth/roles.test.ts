import { describe, expect, it } from "vitest";
import { roleScope } from "./roles";

describe("roleScope", () => {
  it("says what support can and can't do, from the role table", () => {
    expect(roleScope("support")).toBe(
      "Support can find and read coupons and export them, but not create, change or delete coupons, manage users or read the audit log.",
    );
  });
  it("says a merchant can do everything", () => {
    expect(roleScope("merchant")).toMatch(
      /^Merchant can find and read coupons, export them, create, change or delete coupons, manage users and read the audit log\.$/,
    );
  });
});
