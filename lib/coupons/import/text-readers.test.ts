// The export's words read back: whatever describeValue and describeScope write (in dollars or
// euros), the readers return the value they were written from; cells the export never writes
// get a problem that says how to write them.
import { describe, expect, it } from "vitest";
import { describeScope, describeValue } from "../domain/format";
import { SCOPE_RULES } from "../domain/scope-matrix";
import { readDateTime, readMoney, readPercent, readWhole } from "./cell-values";
import { readDiscountText } from "./discount-text";
import { readScopeText } from "./scope-text";

const DISCOUNTS = [
  { percentOffRate: 15 },
  { percentOffRate: 12.5 },
  { moneyOffAmount: 5 },
  { moneyOffAmount: 1234.5 },
  { fixedPriceAmount: 29.99 },
  { freeShipping: true as const },
  { buyXGetY: { x: 3, y: 1 } },
];

describe.each(["USD", "EUR", "JPY"])("in %s", (currency) => {
  it("reads every discount describeValue writes", () => {
    // Yen have no cents: the export writes ¥1,235 for 1234.5, so only whole amounts come back as they were.
    const amounts = (value: object) => Object.values(value).filter((v): v is number => typeof v === "number");
    const exact = DISCOUNTS.filter((value) => currency !== "JPY" || amounts(value).every(Number.isInteger));
    for (const value of exact) expect(readDiscountText(describeValue(value, currency), currency)).toEqual({ value });
  });

  it("reads every scope describeScope writes, with the item's name to look up", () => {
    for (const rule of SCOPE_RULES) {
      const scope = rule.group ? { namespace: rule.namespace, group: { name: rule.group } } : { namespace: rule.namespace };
      if (rule.entityId !== "forbidden") {
        const withItem = { scope: { ...scope, group: { name: rule.group!, entityId: "x" } } };
        const text = describeScope(withItem, { name: "Rain Jacket: XL" }, currency);
        const item = { kind: { namespace: rule.namespace, group: rule.group }, text: "Rain Jacket: XL" };
        expect(readScopeText(text, currency)).toEqual({ value: { scope, item } });
      }
      expect(readScopeText(describeScope({ scope }, undefined, currency), currency)).toEqual({ value: { scope } });
    }
    const orders = describeScope({ minimumSubtotal: 50 }, undefined, currency);
    expect(readScopeText(orders, currency)).toEqual({ value: { minimumSubtotal: 50 } });
    expect(readScopeText(describeScope({ freeShipping: true }), currency)).toEqual({ value: {} });
  });
});

describe("cells typed by hand", () => {
  it("reads the words in any case and spacing", () => {
    expect(readDiscountText("20% OFF", "USD")).toEqual({ value: { percentOffRate: 20 } });
    expect(readDiscountText("  free   shipping ", "USD")).toEqual({ value: { freeShipping: true } });
    expect(readScopeText("product:blue mug", "USD")).toEqual({
      value: {
        scope: { namespace: "stores", group: { name: "product" } },
        item: { kind: { namespace: "stores", group: "product" }, text: "blue mug" },
      },
    });
    expect(readScopeText("all store products", "USD")).toEqual({ value: { scope: { namespace: "stores" } } });
  });

  it("says how to write what it can't read", () => {
    expect(readDiscountText("half price", "USD")).toEqual({
      problem: "write the discount as “20 % off”, “$5.00 off”, “Sale price $29.99”, “Free shipping” or “Buy 2 get 1”",
    });
    expect(readDiscountText("abc off", "USD")).toEqual({ problem: expect.stringMatching(/^write an amount in USD as \$5.00 or 5.00/) });
    expect(readScopeText("Everything", "USD")).toEqual({
      problem:
        "write what the coupon applies to as the table does, such as " + "“All store products”, “Product: …” or “Orders over $50.00”",
    });
  });

  it("reads money in the merchant's currency or as a plain number, and nothing ambiguous", () => {
    expect([readMoney("$1,234.50", "USD"), readMoney("5", "USD"), readMoney("USD 7.25", "USD"), readMoney("€5.00", "EUR")]).toEqual([
      { value: 1234.5 },
      { value: 5 },
      { value: 7.25 },
      { value: 5 },
    ]);
    // "5,00" is five in Europe and five hundred in the US: refused, not guessed.
    for (const text of ["5,00", "€5.00", "five"]) expect(readMoney(text, "USD")).toHaveProperty("problem");
    expect(readPercent("150")).toEqual({ value: 150 });
    expect(readWhole("1.5")).toHaveProperty("problem");
  });

  it("reads the export's dates in a zone, and refuses dates that don't exist or aren't year-first", () => {
    expect(readDateTime("2024-05-14 09:00", "Europe/Berlin")).toEqual({ value: Date.UTC(2024, 4, 14, 7) });
    expect(readDateTime("2024-01-14", "America/New_York")).toEqual({ value: Date.UTC(2024, 0, 14, 5) });
    expect(readDateTime("2024-02-30 09:00", "UTC")).toEqual({ problem: expect.stringMatching(/^there is no such date/) });
    expect(readDateTime("05/14/2024", "UTC")).toEqual({
      problem: "write the date as year-month-day with a 24-hour time, such as 2024-05-14 09:00 (UTC)",
    });
  });
});
