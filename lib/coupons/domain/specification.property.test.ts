// Property tests: (a) every specification built from the notes' rules is accepted, unchanged and
// idempotently; (b) junk and one-field mutations only ever end in INVALID_ARGUMENT.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defined, junk, mutated, onlyInvalidArgument, RUNS, validSpec } from "@/lib/testing/spec-arbitraries";
import { FIELDS, FILTER_OPERATORS } from "./fields";
import { parseQuery, toWixFilter, type Naming, type RawQuery } from "../query/query";
import { couponTypeOf, parseSpecification, SPECIFICATION_KEYS, type CouponSpecification } from "./specification";
import { applyUpdate } from "./update";

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

describe("junk never escapes as anything but INVALID_ARGUMENT", () => {
  it("parseSpecification(junk)", () => {
    fc.assert(
      fc.property(junk, (input) => void onlyInvalidArgument(() => parseSpecification(input))),
      RUNS,
    );
  });

  it("parseSpecification(valid spec with one bad field) is rejected, naming that field", () => {
    fc.assert(
      fc.property(mutated, ({ spec, patch, names }) => {
        const error = onlyInvalidArgument(() => parseSpecification({ ...spec, ...patch }));
        expect(error, JSON.stringify(patch)).toBeDefined();
        expect(
          error!.violations.some((v) => names(v.field)),
          JSON.stringify(error!.violations),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it("applyUpdate(valid spec, one bad field) is rejected, naming that field", () => {
    fc.assert(
      fc.property(mutated, ({ spec, patch, names }) => {
        const error = onlyInvalidArgument(() => applyUpdate(spec, patch));
        expect(error, JSON.stringify(patch)).toBeDefined();
        expect(
          error!.violations.some((v) => names(v.field)),
          JSON.stringify(error!.violations),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  const patchArb = fc.oneof(
    junk,
    fc.dictionary(fc.constantFrom(...SPECIFICATION_KEYS, "type", "id"), fc.oneof(fc.anything(), fc.constant(null)), { maxKeys: 4 }),
  );
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
          fc.dictionary(
            fc.constantFrom(...FILTER_OPERATORS, "$date", "$bogus"),
            fc.oneof(fc.anything(), fc.array(fc.jsonValue(), { maxLength: 3 })),
          ),
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
