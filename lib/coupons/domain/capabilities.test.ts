// Capabilities: REST reaches exactly the fields WIX-API-NOTES lists, the catalogue reaches all,
// and the check names the first part of a query a backend can't answer.
import { describe, expect, it } from "vitest";
import {
  assertSupported,
  CATALOGUE_CAPABILITIES,
  REST_CAPABILITIES,
  supportsQuery,
  unionCapabilities,
  unsupportedPart,
} from "./capabilities";
import { CouponError } from "./errors";
import { FIELDS } from "./fields";
import { parseQuery } from "../query/query";

describe("REST capabilities", () => {
  it("filter only the fields Wix's REST query reaches", () => {
    expect(Object.keys(REST_CAPABILITIES.filterable).sort()).toEqual(
      [
        "_id",
        "_dateCreated",
        "expired",
        "active",
        "name",
        "code",
        "usageLimit",
        "limitedToOneItem",
        "scope.namespace",
        "scope.group.name",
        "scope.group.entityId",
      ].sort(),
    );
  });

  it.each(["numberOfUsages", "startTime", "expirationTime", "type", "minimumSubtotal", "moneyOffAmount", "percentOffRate"])(
    "can neither sort nor filter %s",
    (field) => {
      expect(REST_CAPABILITIES.sortable).not.toContain(field);
      expect(REST_CAPABILITIES.filterable).not.toHaveProperty(field);
    },
  );

  it("sorts by rest.sortable, not by the collection's sortable", () => {
    const restSortable = FIELDS.filter((f) => f.rest?.sortable).map((f) => f.id);
    expect([...REST_CAPABILITIES.sortable].sort()).toEqual([...restSortable].sort());
  });
});

describe("the check", () => {
  it("passes a query the capabilities cover", () => {
    expect(supportsQuery(REST_CAPABILITIES, parseQuery({ filter: { code: { $startsWith: "A" } }, sort: [{ name: "asc" }] }))).toBe(true);
  });

  it("names the first filter it can't answer", () => {
    const query = parseQuery({ filter: { $and: [{ code: "A" }, { numberOfUsages: { $gt: 3 } }] } });
    expect(unsupportedPart(REST_CAPABILITIES, query)).toEqual({
      field: "filter.numberOfUsages",
      description: expect.stringContaining("$gt"),
    });
  });

  it("names a sort it can't answer, and throws INVALID_ARGUMENT", () => {
    const query = parseQuery({ sort: [{ expirationTime: "asc" }] });
    expect(() => assertSupported(REST_CAPABILITIES, query)).toThrow(CouponError);
    expect(() => assertSupported(CATALOGUE_CAPABILITIES, query)).not.toThrow();
  });

  it("a union covers what either side covers", () => {
    const union = unionCapabilities(REST_CAPABILITIES, CATALOGUE_CAPABILITIES);
    expect([...union.sortable].sort()).toEqual([...CATALOGUE_CAPABILITIES.sortable].sort());
    for (const [field, ops] of Object.entries(CATALOGUE_CAPABILITIES.filterable)) {
      expect([...(union.filterable[field as never] ?? [])].sort()).toEqual([...(ops ?? [])].sort());
    }
  });
});
