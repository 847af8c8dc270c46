// What the table filters by.
import { describe, expect, it } from "vitest";
import { FACET_KEYS, FIELDS } from "../domain/fields";
import { FACETS } from "./filters";

describe("filters", () => {
  it("every facet field is in the catalogue with $eq", () => {
    for (const key of FACET_KEYS) expect(FIELDS.find((f) => f.id === FACETS[key].field)?.operators).toContain("$eq");
  });
});
