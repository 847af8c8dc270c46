// Property tests: (a) every specification built from the notes' rules is accepted, unchanged and
// idempotently; (b) junk and one-field mutations only ever end in INVALID_ARGUMENT.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUPON_TYPES, TYPE_FIELDS, type CouponType } from "./coupon-types";
import { CouponError } from "./errors";
import { FIELDS, FILTER_OPERATORS } from "./fields";
import { parseQuery, toWixFilter, type Naming, type RawQuery } from "./query";
import { SCOPE_RULES } from "./scope-matrix";
import { AMOUNT_MAX, couponTypeOf, LIMIT_MAX, parseSpecification, SPECIFICATION_KEYS, type CouponSpecification } from "./specification";
import { MAX_EPOCH_MS, MIN_EPOCH_MS } from "./time";
import { applyUpdate } from "./update";

const RUNS = { numRuns: 300 };
const YEAR = 365 * 86_400_000;
/** From WIX-API-NOTES, written out so the arbitrary does not borrow the tables under test. */
const STORES_ONLY: readonly CouponType[] = ["FixedPrice", "BuyXGetY"];
const LIMITED_TO_ONE_ITEM: readonly CouponType[] = ["MoneyOff", "PercentOff"];

type Input = Record<string, unknown>;
const defined = (o: Input): Input => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const positiveInt = fc.integer({ min: 1, max: LIMIT_MAX });
const amount = fc.integer({ min: 1, max: AMOUNT_MAX * 100 }).map((cents) => cents / 100);
const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

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
      (rule.entityId === "required" ? fc.string({ minLength: 1, maxLength: 24 }) : rule.entityId === "optional" ? maybe(fc.string({ minLength: 1, maxLength: 24 })) : fc.constant(undefined)).map(
        (entityId) => ({ namespace: rule.namespace, ...(rule.group ? { group: defined({ name: rule.group, entityId }) } : {}) }),
      ),
    );

/** What the coupon applies to: a scope allowed for the type, or a minimum subtotal. */
const appliesToArb = (type: CouponType): fc.Arbitrary<Input> => {
  const scope = scopeArb(type).map((s) => ({ scope: s }));
  const minimum = amount.map((m) => ({ minimumSubtotal: m }));
  if (type === "FreeShipping") return fc.oneof(fc.constant({}), minimum);
  return STORES_ONLY.includes(type) ? scope : fc.oneof(scope, minimum);
};

interface Valid {
  type: CouponType;
  input: Input;
}

const validSpec: fc.Arbitrary<Valid> = fc.constantFrom(...COUPON_TYPES).chain((type) =>
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
          ...(namespace === "bookings" ? [undefined, true] : LIMITED_TO_ONE_ITEM.includes(type) ? [undefined, true, false] : [undefined, false]),
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

describe("valid specifications", () => {
  it("are accepted as given, with times as numbers, the read-only type dropped and bookings limited to one item", () => {
    fc.assert(
      fc.property(validSpec, ({ type, input }) => {
        const parsed = parseSpecification(input);
        const { type: _type, ...rest } = input;
        const expected = defined({
          ...rest,
          startTime: Number(input.startTime),
          expirationTime: input.expirationTime === undefined ? undefined : Number(input.expirationTime),
          ...((input.scope as { namespace?: string } | undefined)?.namespace === "bookings" ? { limitedToOneItem: true } : {}),
        });
        expect(parsed).toEqual(expected);
        expect(couponTypeOf(parsed)).toBe(type);
      }),
      RUNS,
    );
  });

  it("parse idempotently", () => {
    fc.assert(
      fc.property(validSpec, ({ input }) => {
        const once = parseSpecification(input);
        expect(parseSpecification(once)).toStrictEqual(once);
      }),
      RUNS,
    );
  });
});

/** Runs and, if it throws, checks the throw is an INVALID_ARGUMENT CouponError with violations. */
function onlyInvalidArgument(run: () => unknown): CouponError | undefined {
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

const junk = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withBoxedValues: true, withNullPrototype: true, withSparseArray: true }),
);

/** One bad field, and which violation field must name it. */
type Mutation = (spec: Input) => [patch: Input, names: (field: string) => boolean];
const exactly = (name: string) => (field: string) => field === name;
const under = (name: string) => (field: string) => field === name || field.startsWith(`${name}.`);
const OTHER_VALUE: Record<CouponType, Input> = {
  MoneyOff: { moneyOffAmount: 5 },
  PercentOff: { percentOffRate: 5 },
  FixedPrice: { fixedPriceAmount: 5 },
  FreeShipping: { freeShipping: true },
  BuyXGetY: { buyXGetY: { x: 1, y: 1 } },
};
const BAD_VALUE: Record<CouponType, unknown> = { MoneyOff: 0, PercentOff: 100.5, FixedPrice: -1, FreeShipping: false, BuyXGetY: { x: 0, y: 1 } };
const typeOf = (spec: Input) => couponTypeOf(spec);

const mutations: Mutation[] = [
  ...["", "x".repeat(81), 42, null, "   "].map((name): Mutation => () => [{ name }, exactly("name")]),
  ...["A B", "x".repeat(21), "", 7, null].map((code): Mutation => () => [{ code }, exactly("code")]),
  ...[1_714_521_600, "2024-05-01T00:00:00Z", 1_714_521_600_000.5, MAX_EPOCH_MS + 1, null].map(
    (startTime): Mutation => () => [{ startTime }, under("startTime")],
  ),
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
const mutated = fc.tuple(validSpec, fc.constantFrom(...mutations)).map(([{ input }, mutate]) => {
  const spec = parseSpecification(input);
  const [patch, names] = mutate(spec as unknown as Input);
  return { spec, patch, names };
});

describe("junk never escapes as anything but INVALID_ARGUMENT", () => {
  it("parseSpecification(junk)", () => {
    fc.assert(fc.property(junk, (input) => void onlyInvalidArgument(() => parseSpecification(input))), RUNS);
  });

  it("parseSpecification(valid spec with one bad field) is rejected, naming that field", () => {
    fc.assert(
      fc.property(mutated, ({ spec, patch, names }) => {
        const error = onlyInvalidArgument(() => parseSpecification({ ...spec, ...patch }));
        expect(error, JSON.stringify(patch)).toBeDefined();
        expect(error!.violations.some((v) => names(v.field)), JSON.stringify(error!.violations)).toBe(true);
      }),
      RUNS,
    );
  });

  it("applyUpdate(valid spec, one bad field) is rejected, naming that field", () => {
    fc.assert(
      fc.property(mutated, ({ spec, patch, names }) => {
        const error = onlyInvalidArgument(() => applyUpdate(spec, patch));
        expect(error, JSON.stringify(patch)).toBeDefined();
        expect(error!.violations.some((v) => names(v.field)), JSON.stringify(error!.violations)).toBe(true);
      }),
      RUNS,
    );
  });

  const patchArb = fc.oneof(junk, fc.dictionary(fc.constantFrom(...SPECIFICATION_KEYS, "type", "id"), fc.oneof(fc.anything(), fc.constant(null)), { maxKeys: 4 }));
  it("applyUpdate(valid spec, junk) either returns a valid specification or is rejected", () => {
    fc.assert(
      fc.property(validSpec, patchArb, ({ input }, patch) => {
        const current = parseSpecification(input);
        let updated: CouponSpecification | undefined;
        onlyInvalidArgument(() => (updated = applyUpdate(current, patch)));
        if (updated) expect(parseSpecification(updated)).toEqual(updated);
      }),
      RUNS,
    );
  });

  const FIELD_NAMES = (naming: Naming) => FIELDS.map((f) => (naming === "rest" ? f.rest?.path : f.id)).filter((n): n is string => !!n);
  const filterArb = (naming: Naming) =>
    fc.letrec((tie) => ({
      node: fc.dictionary(
        fc.constantFrom(...FIELD_NAMES(naming), "$and", "$or", "$not", "nope"),
        fc.oneof(
          { depthSize: "small" },
          fc.anything(),
          fc.dictionary(fc.constantFrom(...FILTER_OPERATORS, "$date", "$bogus"), fc.oneof(fc.anything(), fc.array(fc.jsonValue(), { maxLength: 3 }))),
          fc.array(tie("node"), { maxLength: 3 }),
        ),
        { maxKeys: 4 },
      ),
    })).node;

  it("parseQuery(junk)", () => {
    fc.assert(
      fc.property(junk, junk, junk, junk, fc.jsonValue(), fc.jsonValue(), (raw, filter, sort, paging, jsonFilter, jsonSort) => {
        onlyInvalidArgument(() => parseQuery(raw as RawQuery));
        onlyInvalidArgument(() => parseQuery({ filter, sort, paging } as RawQuery));
        onlyInvalidArgument(() => parseQuery({ filter: JSON.stringify(jsonFilter), sort: JSON.stringify(jsonSort) }, "rest"));
      }),
      RUNS,
    );
  });

  it.each<Naming>(["collection", "rest"])("parseQuery(filter-shaped junk, %s) is rejected or round-trips through Wix's JSON", (naming) => {
    fc.assert(
      fc.property(filterArb(naming), (filter) => {
        let parsed: ReturnType<typeof parseQuery> | undefined;
        onlyInvalidArgument(() => (parsed = parseQuery({ filter }, naming)));
        if (parsed?.filter) expect(parseQuery({ filter: toWixFilter(parsed.filter, naming) }, naming).filter).toEqual(parsed.filter);
      }),
      RUNS,
    );
  });
});
