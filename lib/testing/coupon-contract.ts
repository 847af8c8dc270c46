// The coupon backend contract: one behaviour suite that every CouponGateway must pass with the
// same expectations (the embedded store today, the Wix gateway over the emulator next).
import { beforeEach, describe, expect, it } from "vitest";
import { CouponError } from "@/lib/coupons/domain/errors";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import { parseQuery, type RawQuery } from "@/lib/coupons/query/query";
import { SCOPE_RULES } from "@/lib/coupons/domain/scope-matrix";
import { uniqueTag } from "./unique";

export interface ContractHarness {
  gateway: CouponGateway;
  /** Records `uses` checkout uses of a coupon (a server-side hook; Wix has no API for it). */
  redeem(id: string, uses: number): Promise<void>;
  /** An entity id of the backend's catalogue for a namespace/group, for scoped coupons. */
  entityId(namespace: string, group: string): string;
}

const DAY = 86_400_000;
const now = () => Date.now();
const uniqueCode = (prefix = "C") => uniqueTag(prefix);

export const base = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: "Contract coupon",
  code: uniqueCode(),
  startTime: now() - DAY,
  ...overrides,
});

export async function rejection(promise: Promise<unknown>): Promise<CouponError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CouponError);
    return error as CouponError;
  }
  throw new Error("expected the call to be rejected");
}

export function describeCouponContract(name: string, makeHarness: () => Promise<ContractHarness>) {
  describe(`coupon backend contract: ${name}`, () => {
    let h: ContractHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    const q = (raw: RawQuery) => h.gateway.query(parseQuery(raw));

    describe("create and get", () => {
      it.each([
        ["MoneyOff", { moneyOffAmount: 10, scope: { namespace: "stores" } }],
        ["PercentOff", { percentOffRate: 15, minimumSubtotal: 100 }],
        ["FixedPrice", { fixedPriceAmount: 29.99, scope: { namespace: "stores" } }],
        ["FreeShipping", { freeShipping: true }],
        ["BuyXGetY", { buyXGetY: { x: 2, y: 1 }, scope: { namespace: "stores" } }],
      ])("creates a %s coupon and reads back exactly what was sent", async (type, fields) => {
        const spec = base({ ...fields, usageLimit: 100, expirationTime: now() + 30 * DAY });
        const { id } = await h.gateway.create(spec);
        const coupon = await h.gateway.get(id);
        expect(coupon.specification).toEqual({ ...spec, type });
        expect(coupon).toMatchObject({ id, expired: false, numberOfUsages: 0 });
        expect(coupon.dateCreated).toBeGreaterThan(now() - 60_000);
      });

      it.each(SCOPE_RULES.map((r) => [`${r.namespace}/${r.group ?? "-"}`, r] as const))(
        "accepts the valid scope %s",
        async (_label, rule) => {
          const group = rule.group
            ? { name: rule.group, ...(rule.entityId === "required" ? { entityId: h.entityId(rule.namespace, rule.group) } : {}) }
            : undefined;
          const { id } = await h.gateway.create(
            base({ percentOffRate: 10, scope: { namespace: rule.namespace, ...(group ? { group } : {}) } }),
          );
          const coupon = await h.gateway.get(id);
          expect(coupon.specification.scope?.namespace).toBe(rule.namespace);
          if (group?.entityId) expect(coupon.displayData?.name).toBeTruthy();
        },
      );

      it.each([
        ["events with no group", { namespace: "events" }, "scope.group"],
        ["a product with no entityId", { namespace: "stores", group: { name: "product" } }, "scope.group.entityId"],
        ["a group from another namespace", { namespace: "bookings", group: { name: "product", entityId: "x" } }, "scope.group.name"],
        ["an unknown namespace", { namespace: "restaurants" }, "scope.namespace"],
      ])("rejects %s, naming the field", async (_label, scope, field) => {
        const error = await rejection(h.gateway.create(base({ percentOffRate: 10, scope })));
        expect(error.code).toBe("INVALID_ARGUMENT");
        expect(error.violations.map((v) => v.field)).toContain(field);
      });

      it("rejects a sale price outside the stores namespace", async () => {
        const error = await rejection(h.gateway.create(base({ fixedPriceAmount: 5, scope: { namespace: "bookings" } })));
        expect(error.violations[0]?.field).toBe("scope.namespace");
      });

      it("rejects a duplicate code regardless of case, and keeps the first coupon", async () => {
        const code = uniqueCode("DUP");
        await h.gateway.create(base({ code, freeShipping: true }));
        const error = await rejection(h.gateway.create(base({ code: code.toLowerCase(), freeShipping: true })));
        expect(error.code).toBe("ALREADY_EXISTS");
        expect((await q({ filter: { code: { $startsWith: code } } })).totalResults).toBe(1);
      });

      it("answers NOT_FOUND for an unknown id", async () => {
        expect((await rejection(h.gateway.get("no-such-coupon"))).code).toBe("NOT_FOUND");
      });
    });

    describe("update", () => {
      it("changes only the given fields, and null clears a field", async () => {
        const spec = base({ percentOffRate: 20, scope: { namespace: "stores" }, usageLimit: 50, expirationTime: now() + DAY });
        const { id } = await h.gateway.create(spec);
        await h.gateway.update(id, { name: "Renamed", expirationTime: null, percentOffRate: 25 });
        const { specification } = await h.gateway.get(id);
        const { expirationTime: _cleared, ...rest } = spec;
        void _cleared;
        expect(specification).toEqual({ ...rest, name: "Renamed", percentOffRate: 25, type: "PercentOff" });
      });

      it("swaps scope for a minimum subtotal", async () => {
        const { id } = await h.gateway.create(base({ moneyOffAmount: 5, scope: { namespace: "stores" } }));
        await h.gateway.update(id, { scope: null, minimumSubtotal: 40 });
        const { specification } = await h.gateway.get(id);
        expect(specification.scope).toBeUndefined();
        expect(specification.minimumSubtotal).toBe(40);
      });

      it("rejects a change of type and leaves the coupon as it was", async () => {
        const spec = base({ moneyOffAmount: 5, scope: { namespace: "stores" } });
        const { id } = await h.gateway.create(spec);
        const error = await rejection(h.gateway.update(id, { percentOffRate: 10 }));
        expect(error.code).toBe("INVALID_ARGUMENT");
        expect((await h.gateway.get(id)).specification).toEqual({ ...spec, type: "MoneyOff" });
      });

      it.each<[string, (spec: Record<string, unknown>) => Record<string, unknown>, string]>([
        ["a percentage over 100", () => ({ percentOffRate: 500 }), "percentOffRate"],
        ["a usage limit that is not a number", () => ({ usageLimit: "abc" }), "usageLimit"],
        ["an unknown namespace", () => ({ scope: { namespace: "restaurants" } }), "scope.namespace"],
        ["a product with no entityId", () => ({ scope: { namespace: "stores", group: { name: "product" } } }), "scope.group.entityId"],
        ["a time in seconds", () => ({ expirationTime: 1_800_000_000 }), "expirationTime"],
        ["a code with a space", () => ({ code: "TWO WORDS" }), "code"],
        ["clearing the name", () => ({ name: null }), "name"],
        ["an end before the start", (spec) => ({ expirationTime: (spec.startTime as number) - DAY }), "expirationTime"],
        ["a per-customer limit on bookings", () => ({ scope: { namespace: "bookings" }, limitPerCustomer: 2 }), "limitPerCustomer"],
        ["a minimum next to the scope", () => ({ minimumSubtotal: 20 }), "minimumSubtotal"],
      ])("rejects %s with INVALID_ARGUMENT naming the field, and leaves the coupon as it was", async (_label, changes, field) => {
        const spec = base({ percentOffRate: 20, scope: { namespace: "stores" } });
        const { id } = await h.gateway.create(spec);
        const error = await rejection(h.gateway.update(id, changes(spec)));
        expect(error.code).toBe("INVALID_ARGUMENT");
        expect(error.violations.map((v) => v.field)).toContain(field);
        expect((await h.gateway.get(id)).specification).toEqual({ ...spec, type: "PercentOff" });
      });

      it("rejects taking another coupon's code", async () => {
        const taken = uniqueCode("TAKEN");
        await h.gateway.create(base({ code: taken, freeShipping: true }));
        const { id } = await h.gateway.create(base({ freeShipping: true }));
        expect((await rejection(h.gateway.update(id, { code: taken.toLowerCase() }))).code).toBe("ALREADY_EXISTS");
      });

      it("answers NOT_FOUND for an unknown id", async () => {
        expect((await rejection(h.gateway.update("no-such-coupon", { name: "x" }))).code).toBe("NOT_FOUND");
      });
    });

    describe("delete", () => {
      it("removes the coupon; a second delete is NOT_FOUND", async () => {
        const { id } = await h.gateway.create(base({ freeShipping: true }));
        await h.gateway.delete(id);
        expect((await rejection(h.gateway.get(id))).code).toBe("NOT_FOUND");
        expect((await rejection(h.gateway.delete(id))).code).toBe("NOT_FOUND");
      });
    });

    describe("bulk", () => {
      it("creates valid items and reports each failure by its original index", async () => {
        const dup = uniqueCode("BULK");
        const result = await h.gateway.bulkCreate(
          [
            base({ code: dup, freeShipping: true }),
            base({ percentOffRate: 500, minimumSubtotal: 5 }),
            base({ code: dup, freeShipping: true }),
          ],
          { returnFullEntity: true },
        );
        expect(result).toMatchObject({ totalSuccesses: 1, totalFailures: 2 });
        expect(result.results.map((r) => [r.originalIndex, r.success, r.error?.code])).toEqual([
          [0, true, undefined],
          [1, false, "INVALID_ARGUMENT"],
          [2, false, "ALREADY_EXISTS"],
        ]);
        expect(result.results[0]?.coupon?.specification.code).toBe(dup);
      });

      it("deletes many, reporting unknown ids", async () => {
        const a = await h.gateway.create(base({ freeShipping: true }));
        const b = await h.gateway.create(base({ freeShipping: true }));
        const result = await h.gateway.bulkDelete([a.id, "missing", b.id]);
        expect(result.results.map((r) => r.success)).toEqual([true, false, true]);
        expect(result.results[1]?.error?.code).toBe("NOT_FOUND");
      });

      it("refuses more than 100 items", async () => {
        const many = Array.from({ length: 101 }, () => base({ freeShipping: true }));
        expect((await rejection(h.gateway.bulkCreate(many))).code).toBe("INVALID_ARGUMENT");
      });
    });
  });
}
