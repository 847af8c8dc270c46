import { describe, expect, it } from "vitest";
import { checkLookup, ITEM_KINDS, itemDetail, itemLabel, missingPermission } from "./catalogue";

describe("catalogue items in the merchant's words", () => {
  it("name a product with its price, a service with its length, an event with its date", () => {
    expect(itemLabel({ namespace: "stores", group: "product", id: "1", name: "Summer Tee", formattedPrice: "$25.00" }, "UTC")).toBe(
      "Summer Tee · $25.00",
    );
    expect(itemLabel({ namespace: "bookings", group: "service", id: "2", name: "Yoga 101", durationMinutes: 60 }, "UTC")).toBe(
      "Yoga 101 · 1 h",
    );
    expect(
      itemDetail({ namespace: "bookings", group: "service", id: "2", name: "Yoga", durationMinutes: 45, formattedPrice: "$20.00" }, "UTC"),
    ).toBe("45 min · $20.00");
    expect(itemDetail({ namespace: "bookings", group: "service", id: "2", name: "Long", durationMinutes: 90 }, "UTC")).toBe("1 h 30 min");
    // 23:30 UTC on 13 March is already 14 March in Berlin.
    expect(
      itemLabel({ namespace: "events", group: "event", id: "3", name: "Gala", startsAt: Date.UTC(2027, 2, 13, 23, 30) }, "Europe/Berlin"),
    ).toBe("Gala · 14 Mar 2027");
    expect(itemDetail({ namespace: "stores", group: "product", id: "4", name: "Old", hidden: true }, "UTC")).toBe("hidden");
  });

  it("know every kind of item a scope can name, and which permission reads it", () => {
    expect(ITEM_KINDS.map((k) => `${k.namespace}/${k.group}`)).toEqual([
      "stores/product",
      "stores/collection",
      "bookings/service",
      "events/event",
      "events/ticket",
      "pricingPlans/plan",
    ]);
    expect(missingPermission("product")).toBe("Wix Stores' Read Products");
    expect(() => checkLookup({ namespace: "stores", group: "plan" })).toThrow(/not a kind of item/);
    expect(() => checkLookup({ namespace: "stores", group: "product" }, [""])).toThrow(/non-empty/);
  });
});
