// Generators for coupon specifications, shared by the domain's and the store's property tests:
// valid specifications built from WIX-API-NOTES' rules, junk, and one-bad-field mutations.
import fc from "fast-check";
import { expect } from "vitest";
import { COUPON_TYPES, TYPE_FIELDS, type CouponType } from "@/lib/coupons/domain/coupon-types";
import { CouponError } from "@/lib/coupons/domain/errors";
import { SCOPE_RULES } from "@/lib/coupons/domain/scope-matrix";
import { AMOUNT_MAX, couponTypeOf, LIMIT_MAX, parseSpecification } from "@/lib/coupons/domain/specification";
import { MAX_EPOCH_MS, MIN_EPOCH_MS } from "@/lib/coupons/time/time";

export const RUNS = { numRuns: 300 };
const YEAR = 365 * 86_400_000;
/** From WIX-API-NOTES, written out so the arbitrary does not borrow the tables under test. */
const STORES_ONLY: readonly CouponType[] = ["FixedPrice", "BuyXGetY"];
const LIMITED_TO_ONE_ITEM: readonly CouponType[] = ["MoneyOff", "PercentOff"];

export type Input = Record<string, unknown>;
export const defined = (o: Input): Input => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const positiveInt = fc.integer({ min: 1, max: LIMIT_MAX });
const amount = fc.integer({ min: 1, max: AMOUNT_MAX * 100 }).map((cents) => cents / 100);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const typeValue: Record<CouponType, fc.Arbitrary<Input>> = {
  MoneyOff: amount.map((v) => ({ moneyOffAmount: v })),
  PercentOff: fc.integer({ min: 1, max: 10_000 }).map((v) => ({ percentOffRate: v / 100 })),
  FixedPrice: amount.map((v) => ({ fixedPriceAmount: v })),
  FreeShipping: fc.constant({ freeShipping: true }),
  BuyXGetY: fc.record({ x: positiveInt, y: positiveInt }).map((buyXGetY) => ({ buyXGetY })),
};

const scopeArb = (type: CouponType) =>
  fc
    .constantFrom(...SCOPE_RULES.filter((rule) => !STORES_ONLY.includes(type) || rule.namespace === "stores"))
    .chain((rule) =>
      (rule.entityId === "required"
        ? fc.string({ minLength: 1, maxLength: 24 })
        : rule.entityId === "optional"
          ? maybe(fc.string({ minLength: 1, maxLength: 24 }))
          : fc.constant(undefined)
      ).map((entityId) => ({ namespace: rule.namespace, ...(rule.group ? { group: defined({ name: rule.group, entityId }) } : {}) })),
    );

/** What the coupon applies to: a scope allowed for the type, or a minimum subtotal. */
const appliesToArb = (type: CouponType): fc.Arbitrary<Input> => {
  const scope = scopeArb(type).map((s) => ({ scope: s }));
  const minimum = amount.map((m) => ({ minimumSubtotal: m }));
  if (type === "FreeShipping") return fc.oneof(fc.constant({}), minimum);
  return STORES_ONLY.includes(type) ? scope : fc.oneof(scope, minimum);
};

export interface Valid {
  type: CouponType;
  input: Input;
}

export const validSpec: fc.Arbitrary<Valid> = fc.constantFrom(...COUPON_TYPES).chain((type) =>
  fc.tuple(typeValue[type], appliesToArb(type)).chain(([value, appliesTo]) => {
    const namespace = (appliesTo.scope as { namespace?: string } | undefined)?.namespace;
    return fc
      .record({
        name: fc.string({ unit: "binary", minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
        code: fc.string({ unit: "binary", minLength: 1, maxLength: 20 }).filter((s) => !/\s/.test(s)),
        start: fc.integer({ min: MIN_EPOCH_MS, max: MAX_EPOCH_MS - 1 }),
        length: maybe(fc.integer({ min: 1, max: 20 * YEAR })),
        asText: fc.boolean(),
        usageLimit: maybe(positiveInt),
        limitPerCustomer: namespace === "bookings" ? fc.constant(undefined) : maybe(positiveInt),
        limitedToOneItem: fc.constantFrom(
          ...(namespace === "bookings"
            ? [undefined, true]
            : LIMITED_TO_ONE_ITEM.includes(type)
              ? [undefined, true, false]
              : [undefined, false]),
        ),
        active: fc.constantFrom(undefined, true, false),
        appliesToSubscriptions: fc.constantFrom(undefined, true, false),
        cycles: maybe(fc.integer({ min: 1, max: 999 })),
        withType: fc.boolean(),
      })
      .map(({ start, length, asText, cycles, withType, ...rest }) => {
        const time = (ms: number) => (asText ? String(ms) : ms);
        const end = length === undefined ? undefined : Math.min(start + length, MAX_EPOCH_MS);
        const cyclesAllowed = namespace === "pricingPlans" && rest.appliesToSubscriptions === true;
        const input = defined({
          ...rest,
          ...value,
          ...appliesTo,
          startTime: time(start),
          expirationTime: end === undefined ? undefined : time(end),
          discountedCycleCount: cyclesAllowed ? cycles : undefined,
          type: withType ? type : undefined,
        });
        return { type, input };
      });
  }),
);

/** Runs and, if it throws, checks the throw is an INVALID_ARGUMENT CouponError with violations. */
export function onlyInvalidArgument(run: () => unknown): CouponError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof CouponError)) throw error;
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.violations.length).toBeGreaterThan(0);
    return error;
  }
}

export const junk = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withBoxedValues: true,
    withNullPrototype: true,
    withSparseArray: true,
  }),
);

/** One bad field, and which violation field must name it. */
export type Mutation = (spec: Input) => [patch: Input, names: (field: string) => boolean];
const exactly = (name: string) => (field: string) => field === name;
const under = (name: string) => (field: string) => field === name || field.startsWith(`${name}.`);
const OTHER_VALUE: Record<CouponType, Input> = {
  MoneyOff: { moneyOffAmount: 5 },
  PercentOff: { percentOffRate: 5 },
  FixedPrice: { fixedPriceAmount: 5 },
  FreeShipping: { freeShipping: true },
  BuyXGetY: { buyXGetY: { x: 1, y: 1 } },
};
const BAD_VALUE: Record<CouponType, unknown> = {
  MoneyOff: 0,
  PercentOff: 100.5,
  FixedPrice: -1,
  FreeShipping: "yes",
  BuyXGetY: { x: 0, y: 1 },
};
const typeOf = (spec: Input) => couponTypeOf(spec);

export const mutations: Mutation[] = [
  ...["", "x".repeat(81), 42, null, "   "].map((name): Mutation => () => [{ name }, exactly("name")]),
  ...["A B", "x".repeat(21), "", 7, null].map((code): Mutation => () => [{ code }, exactly("code")]),
  ...[1_714_521_600, "2024-05-01T00:00:00Z", 1_714_521_600_000.5, MAX_EPOCH_MS + 1, null].map((startTime): Mutation => () => [
    { startTime },
    under("startTime"),
  ]),
  (spec) => [{ expirationTime: Number(spec.startTime) }, exactly("expirationTime")],
  ...[0, -3, 1.5, "10"].map((usageLimit): Mutation => () => [{ usageLimit }, exactly("usageLimit")]),
  () => [{ limitPerCustomer: 0 }, exactly("limitPerCustomer")],
  () => [{ active: "yes" }, exactly("active")],
  () => [{ appliesToSubscriptions: "true" }, exactly("appliesToSubscriptions")],
  () => [{ discountedCycleCount: 0 }, exactly("discountedCycleCount")],
  () => [{ minimumSubtotal: -1 }, exactly("minimumSubtotal")],
  () => [{ scope: { namespace: "nowhere" } }, under("scope")],
  () => [{ discount: 10 }, exactly("discount")],
  (spec) => [{ type: typeOf(spec) === "MoneyOff" ? "PercentOff" : "MoneyOff" }, exactly("type")],
  (spec) => [{ [TYPE_FIELDS[typeOf(spec)]]: BAD_VALUE[typeOf(spec)] }, under(TYPE_FIELDS[typeOf(spec)])],
  (spec) => {
    const other = typeOf(spec) === "MoneyOff" ? "PercentOff" : "MoneyOff";
    return [OTHER_VALUE[other], (field) => field === TYPE_FIELDS[other] || field === TYPE_FIELDS[typeOf(spec)]];
  },
];
export const mutated = fc.tuple(validSpec, fc.constantFrom(...mutations)).map(([{ input }, mutate]) => {
  const spec = parseSpecification(input);
  const [patch, names] = mutate(spec as unknown as Input);
  return { spec, patch, names };
});
