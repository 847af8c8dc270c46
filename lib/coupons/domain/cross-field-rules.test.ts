// The rules that tie a specification's fields together (cross-field-rules.ts), against WIX-API-NOTES
// "Rules for a specification" and the product rules: one accepted and one rejected case per rule,
// each rejection naming its field.
import { describe, expect, it } from "vitest";
import { COUPON_TYPES, TYPE_FIELD_LIST, type CouponType } from "./coupon-types";
import { SCOPE_RULES, type ScopeRule } from "./scope-matrix";
import { formPathOf } from "../form/form-schema";
import { parseSpecification } from "./specification";
import { base, expectRejected, moneyOff, rejection, spec, STORES, T0, VALUE } from "./test-specifications";

const WIX_NO_SCOPE = "When scope or minimumSubtotal is not used - only FreeShipping coupon is allowed";
/** Per the notes, not per TYPE_RULES, so the table under test can't grade itself. */
const STORES_ONLY: readonly CouponType[] = ["FixedPrice", "BuyXGetY"];
const scopeFor = (rule: ScopeRule) => ({
  namespace: rule.namespace,
  ...(rule.group ? { group: { name: rule.group, ...(rule.entityId === "forbidden" ? {} : { entityId: "item-1" }) } } : {}),
});

describe("exactly one type", () => {
  it.each(COUPON_TYPES)("accepts a %s coupon alone", (type) => {
    expect(parseSpecification(spec(type))).toMatchObject(VALUE[type]);
  });
  it("rejects no type, naming the type field and asking to choose one", () => {
    expectRejected({ ...base, scope: STORES }, "type", /Choose a coupon type/);
  });
  it("puts the missing type on the form's type picker, not the banner", () => {
    expect(rejection({ ...base, scope: STORES }).violations.map((v) => formPathOf(v.field))).toEqual(["type"]);
  });
  const pairs = TYPE_FIELD_LIST.flatMap((a, i) => TYPE_FIELD_LIST.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs)("rejects %s with %s, naming the second and saying keep one", (a, b) => {
    const values = Object.assign({}, ...Object.values(VALUE)) as Record<string, unknown>;
    expectRejected({ ...base, scope: STORES, [a]: values[a], [b]: values[b] }, b, new RegExp(`keep ${a} or ${b}, not both`));
  });
});

describe("scope or minimumSubtotal", () => {
  it.each(["MoneyOff", "PercentOff"] as const)("%s accepts scope alone and minimumSubtotal alone", (type) => {
    expect(parseSpecification(spec(type)).scope).toEqual(STORES);
    const { scope: _scope, ...rest } = spec(type, { minimumSubtotal: 50 });
    expect(parseSpecification(rest)).toMatchObject({ minimumSubtotal: 50 });
  });
  it.each(["MoneyOff", "PercentOff", "FixedPrice", "BuyXGetY"] as const)("%s rejects both, naming minimumSubtotal", (type) => {
    expectRejected(spec(type, { minimumSubtotal: 50 }), "minimumSubtotal", /either scope .* or minimumSubtotal .*not both/);
  });
  it.each(["MoneyOff", "PercentOff", "FixedPrice", "BuyXGetY"] as const)("%s rejects neither with Wix's message", (type) => {
    expectRejected({ ...base, ...VALUE[type] }, "scope", new RegExp(`^${WIX_NO_SCOPE}\\. Choose what the coupon applies to`));
  });
});

describe("free shipping", () => {
  it.each([{}, { minimumSubtotal: 30 }])("accepts no scope and %j", (extra) => {
    expect(parseSpecification(spec("FreeShipping", extra))).toEqual({ ...base, freeShipping: true, ...extra });
  });
  it.each([{}, { minimumSubtotal: 30 }])("rejects a scope (with %j), saying to remove it", (extra) => {
    expectRejected(spec("FreeShipping", { scope: STORES, ...extra }), "scope", /takes no scope; remove scope/);
  });
});

describe("stores-only types", () => {
  it.each(STORES_ONLY)("%s with only a minimumSubtotal is rejected, pointing at stores", (type) => {
    expectRejected({ ...base, ...VALUE[type], minimumSubtotal: 10 }, "scope", /works only for store products; use the stores namespace/);
  });
});

describe("every type × every scope", () => {
  const cases = COUPON_TYPES.flatMap((type) => SCOPE_RULES.map((rule) => [type, rule.namespace, rule.group, rule] as const));
  it.each(cases)("%s on %s/%s", (type, namespace, _group, rule) => {
    const input = { ...base, ...VALUE[type], scope: scopeFor(rule) };
    if (type === "FreeShipping") return expectRejected(input, "scope", /takes no scope/);
    if (STORES_ONLY.includes(type) && namespace !== "stores") {
      return expectRejected(input, "scope.namespace", /only for store products; use the stores namespace/);
    }
    expect(parseSpecification(input).scope).toEqual(scopeFor(rule));
  });
});

describe("expirationTime after startTime", () => {
  it("accepts one millisecond later", () => {
    expect(parseSpecification(moneyOff({ expirationTime: T0 + 1 })).expirationTime).toBe(T0 + 1);
  });
  it.each([T0, T0 - 1])("rejects %d, saying the end must come after the start", (expirationTime) => {
    expectRejected(moneyOff({ expirationTime }), "expirationTime", /end must come after the start/);
  });
});

describe("discountedCycleCount", () => {
  const plans = (extra: Record<string, unknown>) =>
    moneyOff({ scope: { namespace: "pricingPlans" }, appliesToSubscriptions: true, ...extra });
  it.each([1, 999])("accepts %d on a pricing plan that applies to subscriptions", (count) => {
    expect(parseSpecification(plans({ discountedCycleCount: count })).discountedCycleCount).toBe(count);
  });
  it.each([
    ["0 cycles", plans({ discountedCycleCount: 0 }), /between 1 and 999/],
    ["1000 cycles", plans({ discountedCycleCount: 1000 }), /between 1 and 999/],
    ["1.5 cycles", plans({ discountedCycleCount: 1.5 }), /whole number/],
    ["no subscriptions", plans({ discountedCycleCount: 3, appliesToSubscriptions: false }), /need appliesToSubscriptions set to true/],
    ["subscriptions unset", plans({ discountedCycleCount: 3, appliesToSubscriptions: undefined }), /appliesToSubscriptions/],
    ["a stores scope", moneyOff({ appliesToSubscriptions: true, discountedCycleCount: 3 }), /only to pricing plans/],
    [
      "a minimumSubtotal",
      { ...base, moneyOffAmount: 5, minimumSubtotal: 9, appliesToSubscriptions: true, discountedCycleCount: 3 },
      /only to pricing plans/,
    ],
  ])("rejects %s", (_label, input, message) => expectRejected(input, "discountedCycleCount", message));
});

describe("bookings", () => {
  const bookings = [{ namespace: "bookings" }, { namespace: "bookings", group: { name: "service", entityId: "svc-1" } }];
  it.each(bookings)("forces limitedToOneItem on for %j", (scope) => {
    expect(parseSpecification(moneyOff({ scope })).limitedToOneItem).toBe(true);
    expect(parseSpecification(moneyOff({ scope, limitedToOneItem: true })).limitedToOneItem).toBe(true);
  });
  it.each(bookings)("rejects limitedToOneItem false for %j, saying leave it on", (scope) => {
    expectRejected(
      moneyOff({ scope, limitedToOneItem: false }),
      "limitedToOneItem",
      /always limited to one item.*leave limitedToOneItem on/,
    );
  });
  it.each(bookings)("rejects limitPerCustomer for %j, saying remove it", (scope) => {
    expectRejected(moneyOff({ scope, limitPerCustomer: 1 }), "limitPerCustomer", /remove limitPerCustomer/);
  });
  it("leaves limitedToOneItem alone outside bookings", () => {
    expect(parseSpecification(moneyOff())).not.toHaveProperty("limitedToOneItem");
    expect(parseSpecification(moneyOff({ limitPerCustomer: 2 })).limitPerCustomer).toBe(2);
  });
});

describe("limitedToOneItem by type", () => {
  it.each(["MoneyOff", "PercentOff"] as const)("%s accepts true and false", (type) => {
    expect(parseSpecification(spec(type, { limitedToOneItem: true })).limitedToOneItem).toBe(true);
    expect(parseSpecification(spec(type, { limitedToOneItem: false })).limitedToOneItem).toBe(false);
  });
  // Undocumented for these types, and Wix stores it (coupons made elsewhere have it): accepted,
  // while the form doesn't offer it.
  it.each(["FixedPrice", "FreeShipping", "BuyXGetY"] as const)("%s accepts true and false, as Wix does", (type) => {
    expect(parseSpecification(spec(type, { limitedToOneItem: true })).limitedToOneItem).toBe(true);
    expect(parseSpecification(spec(type, { limitedToOneItem: false })).limitedToOneItem).toBe(false);
  });
});

describe("the read-only type", () => {
  it.each(COUPON_TYPES)("is tolerated and dropped when it agrees (%s)", (type) => {
    const parsed = parseSpecification(spec(type, { type }));
    expect(parsed).not.toHaveProperty("type");
    expect(parsed).toEqual(parseSpecification(spec(type)));
  });
  it("is rejected when it disagrees, saying which type the value is for", () => {
    expectRejected(moneyOff({ type: "PercentOff" }), "type", /type says PercentOff but the value given is for MoneyOff/);
  });
  it("is rejected when it is not a type", () => {
    expectRejected(moneyOff({ type: "Bogus" }), "type", /type must be one of MoneyOff, PercentOff/);
  });
});
