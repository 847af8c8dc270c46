// Prices and billing as every catalogue codec writes them from the item: amounts and currency from
// its price (the text only without one), a plan's billing terms from its billing, never the text.
import { describe, expect, it } from "vitest";
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { serviceOut, ticketOut } from "./codec/catalogue-apps";
import { planOut } from "./codec/catalogue-plans";
import { productOut } from "./codec/catalogue-v1";
import { productV3Out } from "./codec/catalogue-v3";

describe("prices and billing from the item", () => {
  const item = (group: string, extra: Partial<CatalogueItem>): CatalogueItem => ({
    namespace: "x",
    group,
    id: "i-1",
    name: "Item",
    ...extra,
  });

  it("takes amounts and currency from price, not the text, and reads the text only without one", () => {
    const priced = item("service", { formattedPrice: "$20.00", price: { amount: 17.5, currency: "EUR" } });
    expect(serviceOut(priced)).toMatchObject({ payment: { rateType: "FIXED", fixed: { price: { value: "17.50", currency: "EUR" } } } });
    expect(ticketOut(priced)).toMatchObject({ pricingMethod: { fixedPrice: { value: "17.50", currency: "EUR" } } });
    expect(productOut(priced)).toMatchObject({ price: { currency: "EUR", price: 17.5, formatted: { price: "$20.00" } } });
    expect(productV3Out(priced, new Set(["CURRENCY"]))).toMatchObject({
      currency: "EUR",
      actualPriceRange: { minValue: { amount: "17.50" } },
    });
    expect(planOut(priced)).toMatchObject({
      currency: "EUR",
      pricingVariants: [{ pricingStrategies: [{ flatRate: { amount: "17.50" } }] }],
    });

    const textOnly = item("service", { formattedPrice: "£12.00" });
    expect(serviceOut(textOnly)).toMatchObject({ payment: { fixed: { price: { value: "12.00", currency: "GBP" } } } });
    expect(planOut(textOnly)).toMatchObject({
      currency: "GBP",
      pricingVariants: [{ pricingStrategies: [{ flatRate: { amount: "12.00" } }] }],
    });

    const numberOnly = item("product", { price: { amount: 3, currency: "USD" } });
    expect(productOut(numberOnly)).toMatchObject({ price: { currency: "USD", price: 3 } });
    expect(productOut(numberOnly)).not.toHaveProperty("price.formatted");
  });

  it("bills a plan from its billing, never from the text: every 2 weeks for 6 cycles, and one payment without billing", () => {
    const fortnightly = planOut(item("plan", { formattedPrice: "$5.00 / month", billing: { every: 2, unit: "WEEK", cycles: 6 } }));
    expect(fortnightly).toMatchObject({
      pricingVariants: [
        {
          billingTerms: {
            billingCycle: { period: "WEEK", count: "2" },
            startType: "ON_PURCHASE",
            endType: "CYCLES_COMPLETED",
            cyclesCompletedDetails: { billingCycleCount: "6" },
          },
        },
      ],
    });
    const once = planOut(item("plan", { formattedPrice: "$5.00 / month" }));
    expect(once).toMatchObject({
      pricingVariants: [
        { billingTerms: { startType: "ON_PURCHASE", endType: "CYCLES_COMPLETED", cyclesCompletedDetails: { billingCycleCount: "1" } } },
      ],
    });
    expect(once).not.toHaveProperty("pricingVariants.0.billingTerms.billingCycle");
  });
});
