// The table's columns.
import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS } from "./columns";

describe("columns", () => {
  it("the default columns are the issue's: code, name, type, applies to, status, usage, start, expiry", () => {
    expect(DEFAULT_COLUMNS).toEqual(["code", "name", "type", "scope", "status", "numberOfUsages", "startTime", "expirationTime"]);
  });
});
