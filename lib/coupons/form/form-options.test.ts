// The form's option logic, table-driven: for every type and namespace, what is offered, what is
// disabled and why, and proof that each offered option is one the specification schema accepts
// (and each disabled one is rejected), so the form can't build a coupon Wix would refuse.
import { describe, expect, it } from "vitest";
import { COUPON_TYPES, TYPE_FIELDS, type CouponType } from "../domain/coupon-types";
import {
  entityMode,
  groupChoices,
  limitOptions,
  namespaceChoices,
  targetChoices,
  typeChoices,
  TYPE_LOCKED_REASON,
  WHOLE_NAMESPACE,
  type Choice,
} from "./form-options";
import { NAMESPACES, SCOPE_RULES, type Namespace } from "../domain/scope-matrix";
import { couponSpecificationSchema } from "../domain/specification";

const VALUES: Record<CouponType, unknown> = { MoneyOff: 5, PercentOff: 10, FixedPrice: 9.99, FreeShipping: true, BuyXGetY: { x: 2, y: 1 } };
const spec = (type: CouponType, extra: Record<string, unknown> = {}) => ({
  name: "Test",
  code: "TEST",
  startTime: 1_714_521_600_000,
  [TYPE_FIELDS[type]]: VALUES[type],
  ...extra,
});
const accepts = (input: unknown) => couponSpecificationSchema.safeParse(input).success;

/** A valid scope in the namespace, the simplest one the matrix offers. */
const simplestScope = (namespace: Namespace) => (namespace === "events" ? { namespace, group: { name: "ticket" } } : { namespace });

/** "ok" for an enabled option, or a pattern its reason must match. */
type Expectation = "ok" | RegExp;
const summarise = <V extends string>(choices: Choice<V>[]) =>
  Object.fromEntries(choices.map((c) => [c.value, c.disabled ? c.reason : "ok"]));
const expectChoices = <V extends string>(choices: Choice<V>[], expected: Record<string, Expectation>) => {
  expect(Object.keys(summarise(choices))).toEqual(Object.keys(expected));
  for (const choice of choices) {
    const want = expected[choice.value]!;
    if (want === "ok") {
      expect(choice.disabled, `${choice.value} offered`).toBe(false);
      expect(choice.reason).toBeUndefined();
    } else {
      expect(choice.disabled, `${choice.value} disabled`).toBe(true);
      expect(choice.reason).toMatch(want);
    }
  }
};

const SALE = /A sale price works only for store products/;
const BXGY = /Buy X get Y works only for store products/;
const NO_SCOPE = /Free shipping takes no scope/;

/** Hand-written so that a change to the rules must be a deliberate one. */
const BY_TYPE: Record<CouponType, { targets: Record<string, Expectation>; namespaces: Record<Namespace, Expectation> }> = {
  MoneyOff: { targets: { items: "ok", orders: "ok" }, namespaces: { stores: "ok", bookings: "ok", events: "ok", pricingPlans: "ok" } },
  PercentOff: { targets: { items: "ok", orders: "ok" }, namespaces: { stores: "ok", bookings: "ok", events: "ok", pricingPlans: "ok" } },
  FixedPrice: { targets: { items: "ok", orders: SALE }, namespaces: { stores: "ok", bookings: SALE, events: SALE, pricingPlans: SALE } },
  FreeShipping: {
    targets: { items: /Free shipping applies to the whole order, so it can't be limited to specific items/, orders: "ok" },
    namespaces: { stores: NO_SCOPE, bookings: NO_SCOPE, events: NO_SCOPE, pricingPlans: NO_SCOPE },
  },
  BuyXGetY: { targets: { items: "ok", orders: BXGY }, namespaces: { stores: "ok", bookings: BXGY, events: BXGY, pricingPlans: BXGY } },
};

describe.each(COUPON_TYPES)("%s", (type) => {
  it("offers these targets, with reasons for the disabled ones", () => {
    expectChoices(targetChoices(type), BY_TYPE[type].targets);
  });

  it("offers these namespaces, with reasons for the disabled ones", () => {
    expectChoices(namespaceChoices(type), BY_TYPE[type].namespaces);
  });

  it("offers 'orders over an amount' exactly when the schema accepts a minimum subtotal without a scope", () => {
    const orders = targetChoices(type).find((c) => c.value === "orders")!;
    expect(accepts(spec(type, { minimumSubtotal: 50 }))).toBe(!orders.disabled);
  });

  it("offers 'specific items' exactly when the schema accepts some scope", () => {
    const items = targetChoices(type).find((c) => c.value === "items")!;
    expect(NAMESPACES.some((n) => accepts(spec(type, { scope: simplestScope(n) })))).toBe(!items.disabled);
  });

  it.each(NAMESPACES)("offers namespace %s exactly when the schema accepts it", (namespace) => {
    const choice = namespaceChoices(type).find((c) => c.value === namespace)!;
    expect(accepts(spec(type, { scope: simplestScope(namespace) }))).toBe(!choice.disabled);
  });
});

describe("type choices", () => {
  it("offers all five types, each with a description, when creating", () => {
    const choices = typeChoices({ currencySymbol: "€" });
    expect(choices.map((c) => [c.label, c.disabled])).toEqual([
      ["Amount off", false],
      ["Percent off", false],
      ["Sale price", false],
      ["Free shipping", false],
      ["Buy X get Y", false],
    ]);
    expect(choices[0]!.description).toContain("€10 off");
    expect(choices.find((c) => c.value === "FixedPrice")!.description).toMatch(/Store products only\.$/);
  });

  it.each(COUPON_TYPES)("locks every type but %s when editing, saying why", (type) => {
    const choices = typeChoices({ locked: type });
    expect(choices.filter((c) => !c.disabled).map((c) => c.value)).toEqual([type]);
    for (const c of choices.filter((c) => c.disabled)) expect(c.reason).toBe(TYPE_LOCKED_REASON);
  });
});

const GROUPS: Record<Namespace, Record<string, Expectation>> = {
  stores: { [WHOLE_NAMESPACE]: "ok", product: "ok", collection: "ok" },
  bookings: { [WHOLE_NAMESPACE]: "ok", service: "ok" },
  events: { [WHOLE_NAMESPACE]: /^Events coupons must apply to one event or event tickets$/, event: "ok", ticket: "ok" },
  pricingPlans: { [WHOLE_NAMESPACE]: "ok", plan: "ok" },
};

describe.each(NAMESPACES)("groups of %s", (namespace) => {
  it("are the whole namespace and the matrix's groups, the unavailable ones disabled with a reason", () => {
    expectChoices(groupChoices(namespace), GROUPS[namespace]);
  });

  it.each(groupChoices(namespace).map((c) => [c.value || "(whole)", c] as const))(
    "%s is offered exactly when the schema accepts it",
    (_label, choice) => {
      const mode = entityMode(namespace, choice.value);
      const group =
        choice.value === WHOLE_NAMESPACE ? undefined : { name: choice.value, ...(mode === "required" ? { entityId: "x-1" } : {}) };
      expect(accepts(spec("PercentOff", { scope: { namespace, ...(group ? { group } : {}) } }))).toBe(!choice.disabled);
    },
  );

  it("labels the options in a merchant's words", () => {
    for (const choice of groupChoices(namespace)) expect(choice.label).toMatch(/^(All|One|Event) /);
  });
});

describe("entityMode", () => {
  it.each(SCOPE_RULES.map((r) => [r.namespace, r.group, r.entityId] as const))("%s / %s → %s", (namespace, group, mode) => {
    expect(entityMode(namespace, group ?? WHOLE_NAMESPACE)).toBe(mode);
  });
  it("is undefined for a combination the matrix doesn't have", () => {
    expect(entityMode("events", WHOLE_NAMESPACE)).toBeUndefined();
    expect(entityMode("bookings", "product")).toBeUndefined();
  });
});

type Limits = [perCustomer: Expectation, oneItem: "shown" | "hidden" | RegExp, subscriptions: boolean, cycles?: boolean];
const ONE_ITEM = /^Bookings coupons are always limited to one item per order$/;
const PER_CUSTOMER = /^Bookings coupons can't limit uses per customer$/;
/** Per type, the limits for a minimum subtotal (null) and for each namespace the type may use. */
const LIMITS: Record<CouponType, Partial<Record<Namespace | "none", Limits>>> = {
  MoneyOff: {
    none: ["ok", "shown", true],
    stores: ["ok", "shown", true],
    bookings: [PER_CUSTOMER, ONE_ITEM, false],
    events: ["ok", "shown", false],
    pricingPlans: ["ok", "shown", true, true],
  },
  PercentOff: {
    none: ["ok", "shown", true],
    stores: ["ok", "shown", true],
    bookings: [PER_CUSTOMER, ONE_ITEM, false],
    events: ["ok", "shown", false],
    pricingPlans: ["ok", "shown", true, true],
  },
  FixedPrice: { stores: ["ok", "hidden", true] },
  FreeShipping: { none: ["ok", "hidden", true] },
  BuyXGetY: { stores: ["ok", "hidden", true] },
};

describe.each(COUPON_TYPES)("limits of %s", (type) => {
  const cases = Object.entries(LIMITS[type]) as [Namespace | "none", Limits][];

  it.each(cases)("with %s", (where, [perCustomer, oneItem, subscriptions, cycles = false]) => {
    const options = limitOptions(type, where === "none" ? null : where);
    expect(options.limitPerCustomer.shown).toBe(perCustomer === "ok");
    if (perCustomer !== "ok") expect(options.limitPerCustomer.reason).toMatch(perCustomer);
    expect(options.limitedToOneItem.shown).toBe(oneItem !== "hidden");
    expect(options.limitedToOneItem.lockedOn).toBe(oneItem instanceof RegExp);
    if (oneItem instanceof RegExp) expect(options.limitedToOneItem.reason).toMatch(oneItem);
    expect(options.subscriptions.shown).toBe(subscriptions);
    expect(options.discountedCycles.shown).toBe(cycles);
  });

  it.each(cases)("with %s agrees with the schema", (where) => {
    const options = limitOptions(type, where === "none" ? null : where);
    const target = where === "none" ? (type === "FreeShipping" ? {} : { minimumSubtotal: 50 }) : { scope: simplestScope(where) };
    const base = spec(type, target);
    expect(accepts(base), "the base case is valid").toBe(true);
    expect(accepts({ ...base, limitPerCustomer: 1 })).toBe(options.limitPerCustomer.shown);
    const oneItem = options.limitedToOneItem;
    // Wix takes once-per-order on every type; the form offers it only where it means something.
    expect(accepts({ ...base, limitedToOneItem: true })).toBe(true);
    expect(accepts({ ...base, limitedToOneItem: false })).toBe(!oneItem.lockedOn);
    if (oneItem.lockedOn) expect(couponSpecificationSchema.parse(base).limitedToOneItem).toBe(true);
    expect(accepts({ ...base, appliesToSubscriptions: true })).toBe(true);
    expect(accepts({ ...base, appliesToSubscriptions: true, discountedCycleCount: 3 })).toBe(options.discountedCycles.shown);
  });
});
