import { describe, expect, it } from "vitest";
import type { CatalogueItem } from "./catalogue";
import { itemProblem } from "./scope-health";

const NOW = Date.UTC(2026, 11, 2, 12);
const item = (extra: Partial<CatalogueItem>): CatalogueItem => ({ namespace: "stores", group: "product", id: "p", name: "Tee", ...extra });

describe("a coupon's item needs attention", () => {
  it.each([
    ["a deleted product", "product", null, "gone", "The product was deleted from the site."],
    ["a hidden product", "product", item({ hidden: true }), "hidden", "The product is hidden from customers."],
    ["an archived plan", "plan", item({ group: "plan", hidden: true }), "hidden", "The plan is archived or not offered to customers."],
    [
      "an event that is over",
      "event",
      item({ group: "event", endsAt: Date.UTC(2026, 10, 30, 22) }),
      "ended",
      "The event ended on 30 Nov 2026, 23:00 (Europe/Berlin).",
    ],
  ] as const)("when it is %s", (_, group, found, kind, reason) => {
    expect(itemProblem(group, found, NOW, "Europe/Berlin")).toEqual({ kind, reason });
  });

  it.each([
    ["a visible product", "product", item({})],
    ["an event still to come", "event", item({ group: "event", startsAt: NOW + 1, endsAt: NOW + 3_600_000 })],
    ["an item the catalogue couldn't be asked about", "product", undefined],
  ] as const)("but not for %s", (_, group, found) => {
    expect(itemProblem(group, found, NOW, "UTC")).toBeNull();
  });
});
