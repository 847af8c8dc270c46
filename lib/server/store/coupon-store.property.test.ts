// Property tests of the embedded store: what the schema accepts survives a round trip unchanged,
// what it rejects is never stored, and no input makes the store throw anything but a typed error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CouponError } from "@/lib/coupons/domain/errors";
import { parseSpecification } from "@/lib/coupons/domain/specification";
import { junk, mutated, RUNS, validSpec } from "@/lib/testing/spec-arbitraries";
import { memoryStore } from "@/lib/testing/store-harness";

async function onlyTyped(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof CouponError)) throw error;
  }
}

describe("embedded store properties", () => {
  it("stores an accepted specification and reads it back unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(validSpec, async ({ type, input }) => {
        const store = memoryStore();
        const { id } = await store.create(input);
        const coupon = await store.get(id);
        expect(coupon.specification).toEqual({ ...parseSpecification(input), type });
        const [listed] = (await store.query({ sort: [], limit: 10, offset: 0 })).items;
        expect(listed).toEqual(coupon);
      }),
      RUNS,
    );
  });

  it("never stores a specification the schema rejects", async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async ({ spec, patch }) => {
        const store = memoryStore();
        const error = await store.create({ ...spec, ...patch }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(CouponError);
        expect((error as CouponError).code).toBe("INVALID_ARGUMENT");
        expect(store.count()).toBe(0);
      }),
      RUNS,
    );
  });

  it("never lets a bad update change the stored coupon", async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async ({ spec, patch }) => {
        const store = memoryStore();
        const { id } = await store.create(spec);
        const before = await store.get(id);
        await expect(store.update(id, patch)).rejects.toBeInstanceOf(CouponError);
        expect(await store.get(id)).toEqual(before);
      }),
      RUNS,
    );
  });

  it("answers any input with a result or a typed error, never anything else", async () => {
    const store = memoryStore();
    const { id } = await store.create({ name: "Seed", code: "SEED", freeShipping: true, startTime: Date.now() });
    await fc.assert(
      fc.asyncProperty(junk, junk, async (a, b) => {
        await onlyTyped(() => store.create(a));
        await onlyTyped(() => store.update(id, a));
        await onlyTyped(() => store.update(a as string, b));
        await onlyTyped(() => store.get(a as string));
        await onlyTyped(() => store.delete(a as string));
        await onlyTyped(() => store.query(a as never));
        await onlyTyped(() => store.query({ filter: a, sort: b, limit: 10, offset: 0 } as never));
        await onlyTyped(() => store.bulkCreate(a as unknown[]));
        await onlyTyped(() => store.bulkCreate([a, b]));
        await onlyTyped(() => store.bulkDelete(a as string[]));
      }),
      RUNS,
    );
    // The seeded coupon is still intact unless junk happened to be a valid update.
    expect(store.count()).toBeGreaterThanOrEqual(0);
  });
});
