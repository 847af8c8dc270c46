// Form values: one type at a time, switching keeps the shared fields and drops the old value,
// and a stored specification round-trips through the form unchanged.
import { describe, expect, it } from "vitest";
import { COUPON_TYPES, TYPE_FIELDS, type CouponType } from "../domain/coupon-types";
import { checkFormValues } from "./form-schema";
import { WHOLE_NAMESPACE } from "./form-options";
import { copyName, couponFormValuesSchema, newCouponValues, SHARED_KEYS, switchType, valuesFromSpecification } from "./form-values";
import { parseSpecification, type CouponSpecification } from "../domain/specification";

const ZONE = "America/New_York";
const NOW = Date.UTC(2025, 0, 15, 14, 30);

describe("newCouponValues", () => {
  it("starts now in the merchant's zone, percent off all store products, no end, active", () => {
    const v = newCouponValues(NOW, ZONE);
    expect(v).toMatchObject({ type: "PercentOff", start: "2025-01-15T09:30", endMode: "none", active: true, target: "items" });
    expect(v.scope).toEqual({ namespace: "stores", group: WHOLE_NAMESPACE, entityId: "", entityName: "" });
    expect(couponFormValuesSchema.safeParse(v).success).toBe(true);
  });
});

describe("switchType", () => {
  const filled = {
    ...newCouponValues(NOW, ZONE),
    name: "Spring",
    code: "SPRING",
    usageLimit: "100",
    limitPerCustomer: "1",
    endMode: "date",
    end: "2025-02-01T00:00",
    percentOffRate: "15",
    limitedToOneItem: true,
  } as const;

  it.each(COUPON_TYPES)("to %s keeps name, code, dates and limits and drops the old value", (type) => {
    const next = switchType(filled, type) as Record<string, unknown>;
    expect(next.type).toBe(type);
    for (const key of ["name", "code", "start", "endMode", "end", "usageLimit", "limitPerCustomer", "active"]) {
      expect(next[key], key).toEqual((filled as Record<string, unknown>)[key]);
    }
    if (type !== "PercentOff") {
      expect(next).not.toHaveProperty("percentOffRate");
      expect(next).not.toHaveProperty("confirmFullDiscount");
    }
    expect(couponFormValuesSchema.safeParse(next).success).toBe(true);
  });

  it("keeps exactly the shared keys and the new type's own", () => {
    expect(Object.keys(switchType(filled, "BuyXGetY")).sort()).toEqual([...SHARED_KEYS, "type", "buyXGetY"].sort());
  });

  it("to free shipping drops the scope and targets the whole order", () => {
    const next = switchType(filled, "FreeShipping");
    expect(next.target).toBe("orders");
    expect(next.scope.namespace).toBe("");
    expect(next.limitedToOneItem).toBe(false);
  });

  it("to sale price moves a bookings scope to store products, the group left to choose", () => {
    const bookings = { ...filled, scope: { namespace: "bookings", group: "service", entityId: "svc", entityName: "Yoga" } } as const;
    expect(switchType(bookings, "FixedPrice").scope).toEqual({ namespace: "stores", group: "", entityId: "", entityName: "" });
  });

  it("to buy X get Y from an order minimum targets specific items", () => {
    const orders = { ...filled, target: "orders", minimumSubtotal: "50" } as const;
    const next = switchType(orders, "BuyXGetY");
    expect(next.target).toBe("items");
    expect(next.minimumSubtotal).toBe("50");
  });

  it("keeps a store scope for sale price", () => {
    const product = { ...filled, scope: { namespace: "stores", group: "product", entityId: "p1", entityName: "Blue Mug" } } as const;
    expect(switchType(product, "FixedPrice").scope).toEqual(product.scope);
  });
});

const SPECS: [string, CouponSpecification][] = [
  [
    "percent off a product",
    {
      name: "A",
      code: "A1",
      startTime: NOW,
      percentOffRate: 15,
      scope: { namespace: "stores", group: { name: "product", entityId: "p1" } },
      usageLimit: 100,
      limitPerCustomer: 1,
    },
  ],
  [
    "money off over a minimum",
    {
      name: "B",
      code: "B1",
      startTime: NOW,
      expirationTime: NOW + 86_400_000,
      moneyOffAmount: 10,
      minimumSubtotal: 50,
      limitedToOneItem: true,
    },
  ],
  [
    "sale price on a collection",
    {
      name: "C",
      code: "C1",
      startTime: NOW,
      fixedPriceAmount: 29.99,
      scope: { namespace: "stores", group: { name: "collection", entityId: "c1" } },
      active: false,
    },
  ],
  ["free shipping over a minimum", { name: "D", code: "D1", startTime: NOW, freeShipping: true, minimumSubtotal: 30 }],
  ["free shipping on every order", { name: "D2", code: "D2", startTime: NOW, freeShipping: true }],
  ["buy 2 get 1", { name: "E", code: "E1", startTime: NOW, buyXGetY: { x: 2, y: 1 }, scope: { namespace: "stores" } }],
  [
    "all event tickets",
    { name: "F", code: "F1", startTime: NOW, percentOffRate: 20, scope: { namespace: "events", group: { name: "ticket" } } },
  ],
  [
    "a plan's cycles",
    {
      name: "G",
      code: "G1",
      startTime: NOW,
      percentOffRate: 50,
      scope: { namespace: "pricingPlans", group: { name: "plan", entityId: "pl1" } },
      appliesToSubscriptions: true,
      discountedCycleCount: 3,
    },
  ],
  [
    "a bookings service",
    {
      name: "H",
      code: "H1",
      startTime: NOW,
      moneyOffAmount: 5,
      scope: { namespace: "bookings", group: { name: "service", entityId: "s1" } },
      limitedToOneItem: true,
    },
  ],
];

describe("valuesFromSpecification", () => {
  it.each(SPECS)("%s round-trips through the form", (_label, spec) => {
    const stored = parseSpecification(spec);
    const values = valuesFromSpecification(stored, { timeZone: ZONE, entityName: "Item" });
    expect(couponFormValuesSchema.safeParse(values).success).toBe(true);
    const { spec: back, issues } = checkFormValues(values, ZONE);
    expect(issues).toEqual([]);
    expect(back).toEqual({ ...stored, active: stored.active ?? true });
  });

  it("keeps the item's name for the picker and the summary", () => {
    const values = valuesFromSpecification(parseSpecification(SPECS[0]![1]), { timeZone: ZONE, entityName: "Blue Mug" });
    expect(values.scope).toEqual({ namespace: "stores", group: "product", entityId: "p1", entityName: "Blue Mug" });
  });

  it("marks a stored 100 % coupon as already confirmed", () => {
    const values = valuesFromSpecification(parseSpecification({ ...SPECS[0]![1], percentOffRate: 100 }), { timeZone: ZONE });
    expect(values).toMatchObject({ type: "PercentOff", confirmFullDiscount: true });
  });

  it.each(COUPON_TYPES)("reads the %s type from its value field", (type: CouponType) => {
    const spec = SPECS.map(([, s]) => s).find((s) => TYPE_FIELDS[type] in s)!;
    expect(valuesFromSpecification(spec, { timeZone: ZONE }).type).toBe(type);
  });
});

describe("copyName", () => {
  it("prefixes 'Copy of' and stays within 80 characters", () => {
    expect(copyName("Summer")).toBe("Copy of Summer");
    expect([...copyName("x".repeat(80))]).toHaveLength(80);
  });
});
