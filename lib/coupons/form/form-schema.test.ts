// The form schema: form values → specification through the domain rules, each problem on the
// field the merchant sees, in a merchant's words.
import { describe, expect, it } from "vitest";
import { COUPON_TYPES, TYPE_FIELDS } from "../domain/coupon-types";
import { checkFormValues, couponFormSchema, formPathOf, inMerchantWords } from "./form-schema";
import { newCouponValues, switchType, type CouponFormValues } from "./form-values";
import { WHOLE_NAMESPACE } from "./form-options";

const ZONE = "Europe/Berlin";
const NOW = Date.UTC(2025, 5, 1, 7, 0); // 1 June 2025, 09:00 in Berlin

function values(patch: Partial<Record<string, unknown>> = {}, type: CouponFormValues["type"] = "PercentOff"): CouponFormValues {
  const base = switchType(newCouponValues(NOW, ZONE), type);
  const typeValue: Record<string, unknown> = {
    MoneyOff: { moneyOffAmount: "10" },
    PercentOff: { percentOffRate: "15" },
    FixedPrice: { fixedPriceAmount: "29.99" },
    FreeShipping: {},
    BuyXGetY: { buyXGetY: { x: "2", y: "1" } },
  }[type] as Record<string, unknown>;
  const scope = type === "FreeShipping" ? base.scope : { namespace: "stores", group: WHOLE_NAMESPACE, entityId: "", entityName: "" };
  return { ...base, name: "Summer", code: "SUMMER15", ...typeValue, scope, ...patch } as CouponFormValues;
}

const issuesOf = (v: CouponFormValues) => Object.fromEntries(checkFormValues(v, ZONE).issues.map((i) => [i.path, i.message]));

describe("a complete form", () => {
  it.each(COUPON_TYPES)("gives a valid %s specification, times read in the merchant's zone", (type) => {
    const result = checkFormValues(values({}, type), ZONE);
    expect(result.issues).toEqual([]);
    expect(result.spec).toMatchObject({ name: "Summer", code: "SUMMER15", startTime: NOW, active: true });
    expect(result.spec).toHaveProperty(TYPE_FIELDS[type]);
  });

  it("parses with the zod schema react-hook-form uses, returning the specification", () => {
    const parsed = couponFormSchema(ZONE).parse(values({ usageLimit: "100", limitPerCustomer: "1" }));
    expect(parsed).toEqual({
      name: "Summer",
      code: "SUMMER15",
      active: true,
      startTime: NOW,
      percentOffRate: 15,
      scope: { namespace: "stores" },
      usageLimit: 100,
      limitPerCustomer: 1,
    });
  });

  it("trims the name and the code, and accepts a decimal comma", () => {
    const result = checkFormValues(values({ name: "  Summer ", code: " SUMMER15 ", percentOffRate: "12,5" }), ZONE);
    expect(result.spec).toMatchObject({ name: "Summer", code: "SUMMER15", percentOffRate: 12.5 });
  });

  it("builds a specific item's scope and a pricing plan's subscription fields", () => {
    const result = checkFormValues(
      values({
        scope: { namespace: "pricingPlans", group: "plan", entityId: "pla-1", entityName: "Monthly" },
        appliesToSubscriptions: true,
        discountedCycleCount: "3",
      }),
      ZONE,
    );
    expect(result.spec).toMatchObject({
      scope: { namespace: "pricingPlans", group: { name: "plan", entityId: "pla-1" } },
      appliesToSubscriptions: true,
      discountedCycleCount: 3,
    });
  });

  it("sends an end only when 'ends on' is chosen", () => {
    expect(checkFormValues(values({ endMode: "none", end: "2025-07-01T00:00" }), ZONE).spec).not.toHaveProperty("expirationTime");
    expect(checkFormValues(values({ endMode: "date", end: "2025-07-01T00:00" }), ZONE).spec?.expirationTime).toBe(
      Date.UTC(2025, 5, 30, 22),
    );
  });

  it("leaves out values the form hides: per-customer limits for bookings, cycles off plans", () => {
    const bookings = checkFormValues(
      values({ scope: { namespace: "bookings", group: WHOLE_NAMESPACE, entityId: "", entityName: "" }, limitPerCustomer: "2" }),
      ZONE,
    );
    expect(bookings.issues).toEqual([]);
    expect(bookings.spec).not.toHaveProperty("limitPerCustomer");
    expect(bookings.spec?.limitedToOneItem).toBe(true);
    const stores = checkFormValues(values({ appliesToSubscriptions: true, discountedCycleCount: "3" }), ZONE);
    expect(stores.spec).not.toHaveProperty("discountedCycleCount");
  });
});

describe("problems land on the merchant's fields", () => {
  it.each<[string, Record<string, unknown>, CouponFormValues["type"], string, RegExp]>([
    ["an empty name", { name: " " }, "PercentOff", "name", /Give the coupon a name/],
    ["a long code", { code: "A".repeat(21) }, "PercentOff", "code", /at most 20 characters/],
    ["a code with a space", { code: "SUM MER" }, "PercentOff", "code", /can't contain spaces/],
    ["no start", { start: "" }, "PercentOff", "start", /Choose when the coupon starts/],
    ["a start the clocks skip", { start: "2025-03-30T02:30" }, "PercentOff", "start", /doesn't exist in Europe\/Berlin/],
    ["an end before the start", { endMode: "date", end: "2025-05-01T00:00" }, "PercentOff", "end", /The end must come after the start/],
    ["'ends on' without a date", { endMode: "date", end: "" }, "PercentOff", "end", /No end date/],
    ["no percentage", { percentOffRate: "" }, "PercentOff", "percentOffRate", /Enter the percentage off/],
    ["text for a percentage", { percentOffRate: "ten" }, "PercentOff", "percentOffRate", /Enter a percentage/],
    ["more than 100 %", { percentOffRate: "120" }, "PercentOff", "percentOffRate", /^Percent off can't be more than 100$/],
    ["100 % unconfirmed", { percentOffRate: "100" }, "PercentOff", "confirmFullDiscount", /Confirm that this coupon makes the items free/],
    ["a zero amount", { moneyOffAmount: "0" }, "MoneyOff", "moneyOffAmount", /^Amount off must be more than 0$/],
    ["three decimals", { fixedPriceAmount: "9.999" }, "FixedPrice", "fixedPriceAmount", /Enter a price/],
    ["a fraction of an item", { buyXGetY: { x: "1.5", y: "1" } }, "BuyXGetY", "buyXGetY.x", /whole number/],
    [
      "no namespace",
      { scope: { namespace: "", group: "", entityId: "", entityName: "" } },
      "PercentOff",
      "scope.namespace",
      /Choose what the coupon applies to/,
    ],
    [
      "no group",
      { scope: { namespace: "events", group: "", entityId: "", entityName: "" } },
      "PercentOff",
      "scope.group",
      /Choose which events/,
    ],
    [
      "no product",
      { scope: { namespace: "stores", group: "product", entityId: "", entityName: "" } },
      "PercentOff",
      "scope.entityId",
      /^Choose the product\.$/,
    ],
    ["no minimum", { target: "orders", minimumSubtotal: "" }, "MoneyOff", "minimumSubtotal", /Enter the minimum order subtotal/],
    ["zero uses", { usageLimit: "0" }, "PercentOff", "usageLimit", /^Usage limit must be at least 1$/],
    ["half a use", { limitPerCustomer: "1.5" }, "PercentOff", "limitPerCustomer", /^Limit per customer must be a whole number$/],
    [
      "1000 cycles",
      {
        scope: { namespace: "pricingPlans", group: WHOLE_NAMESPACE, entityId: "", entityName: "" },
        appliesToSubscriptions: true,
        discountedCycleCount: "1000",
      },
      "PercentOff",
      "discountedCycleCount",
      /between 1 and 999/,
    ],
  ])("%s", (_label, patch, type, field, message) => {
    expect(issuesOf(values(patch, type))).toMatchObject({ [field]: expect.stringMatching(message) });
  });

  it("reports each field once, the form's own words first", () => {
    const issues = checkFormValues(values({ scope: { namespace: "stores", group: "product", entityId: "", entityName: "" } }), ZONE).issues;
    expect(issues.filter((i) => i.path === "scope.entityId")).toHaveLength(1);
  });

  it("takes a confirmed 100 %", () => {
    expect(checkFormValues(values({ percentOffRate: "100", confirmFullDiscount: true }), ZONE).issues).toEqual([]);
  });

  it("puts zod's issues on nested form paths for react-hook-form", () => {
    const result = couponFormSchema(ZONE).safeParse(
      values({ scope: { namespace: "stores", group: "product", entityId: "", entityName: "" } }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["scope", "entityId"]]);
  });
});

describe("formPathOf", () => {
  it.each([
    ["code", "code"],
    ["specification.code", "code"],
    ["changes.expirationTime", "end"],
    ["startTime", "start"],
    ["scope", "scope.namespace"],
    ["scope.group", "scope.group"],
    ["scope.group.name", "scope.group"],
    ["scope.group.entityId", "scope.entityId"],
    ["buyXGetY", "buyXGetY.x"],
    ["buyXGetY.y", "buyXGetY.y"],
    ["", "root"],
    ["somethingElse", "root"],
  ])("%s → %s", (spec, form) => expect(formPathOf(spec)).toBe(form));
});

describe("inMerchantWords", () => {
  it.each([
    ["usageLimit must be at least 1", "Usage limit must be at least 1"],
    [
      "Bookings coupons can't limit uses per customer; remove limitPerCustomer.",
      "Bookings coupons can't limit uses per customer; remove limit per customer.",
    ],
    ["The end must come after the start.", "The end must come after the start."],
  ])("%s", (message, words) => expect(inMerchantWords(message)).toBe(words));
});

describe("a type chosen without its amount", () => {
  it.each<[CouponFormValues["type"], Record<string, unknown>, string, RegExp]>([
    ["PercentOff", { percentOffRate: "" }, "percentOffRate", /^Enter the percentage off\.$/],
    ["MoneyOff", { moneyOffAmount: "" }, "moneyOffAmount", /^Enter the amount off\.$/],
    ["FixedPrice", { fixedPriceAmount: "abc" }, "fixedPriceAmount", /^Enter a price/],
    ["BuyXGetY", { buyXGetY: { x: "", y: "1" } }, "buyXGetY.x", /^Enter how many items customers buy\.$/],
  ])("%s: the problem is on the amount, never 'choose a coupon type' on the type", (type, patch, path, message) => {
    const { issues } = checkFormValues(values(patch, type), ZONE);
    expect(issues).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it("names the types in the form's words when none is given at all", () => {
    expect(inMerchantWords("Choose a coupon type: moneyOffAmount, percentOffRate, fixedPriceAmount, freeShipping or buyXGetY.")).toBe(
      "Choose a coupon type: amount off, percent off, sale price, free shipping or buy X get Y.",
    );
  });
});
