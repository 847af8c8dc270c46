// What the table offers: the catalogue intersected with the backend's capabilities.
import { describe, expect, it } from "vitest";
import { FIELDS, type FieldId } from "../domain/fields";
import { allowancesFor } from "./allowances";
import { RANGE_FIELDS } from "./filters";
import { ALL, parse, REST } from "./test-states";

describe("allowances", () => {
  it("with every capability: every catalogue sort, every facet with $hasSome, every range, code and name search", () => {
    expect(ALL.sortable.sort()).toEqual(
      FIELDS.filter((f) => f.sortable)
        .map((f) => f.id)
        .sort(),
    );
    expect(ALL.facets).toEqual({ status: "multi", type: "multi", namespace: "multi", active: "single", expired: "single" });
    expect(Object.keys(ALL.ranges).sort()).toEqual([...RANGE_FIELDS].sort());
    expect(ALL.search).toEqual(["code", "name"]);
  });
  it("with REST's: no usage or date sorting, no status or type facet, only REST-reachable ranges", () => {
    expect(REST.sortable).not.toContain("numberOfUsages");
    expect(REST.sortable).not.toContain("expirationTime");
    // The switches are REST fields: on Wix, "switched off" and "end passed" still filter.
    expect(REST.facets).toEqual({ namespace: "multi", active: "single", expired: "single" });
    expect(Object.keys(REST.ranges).sort()).toEqual(["_dateCreated", "usageLimit"]);
  });
  it("a facet the backend can only $eq is single-choice", () => {
    const allow = allowancesFor({ sortable: [], filterable: { type: ["$eq"] } });
    expect(allow.facets).toEqual({ type: "single" });
    expect(parse("type=MoneyOff,PercentOff", allow).facets.type).toEqual(["MoneyOff"]);
  });
  it("an operator the backend has but the catalogue lacks is not offered", () => {
    const allow = allowancesFor({ sortable: ["type" as FieldId], filterable: { type: ["$contains"], moneyOffAmount: ["$gte"] } });
    expect(allow).toEqual({ sortable: [], facets: {}, ranges: {}, search: [], codePrefix: false });
  });
  it("a range offers only the sides the backend can compare", () => {
    const allow = allowancesFor({ sortable: [], filterable: { numberOfUsages: ["$gte"], startTime: ["$lt"] } });
    expect(allow.ranges).toEqual({ numberOfUsages: { min: true, max: false }, startTime: { min: false, max: true } });
    expect(parse("numberOfUsages=5..10&startTime=2024-01-01..2024-02-01", allow).ranges).toEqual({
      numberOfUsages: { min: "5" },
      startTime: { max: "2024-02-01" },
    });
  });
});
