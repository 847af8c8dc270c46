// The edit contract, on every backend: opening a stored coupon in the form and saving a change to
// one field sends exactly that field, and every other field reads back as it was. Covers the
// coupons made elsewhere the form can't make (issue: "an edit changes only what the person
// changed") and, as a property, any coupon Wix accepts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CYCLES_MAX } from "@/lib/coupons/domain/specification";
import { checkEditValues } from "@/lib/coupons/form/form-edit";
import { limitOptions, minimumIsOptional } from "@/lib/coupons/form/form-options";
import { valuesFromSpecification, type CouponFormValues } from "@/lib/coupons/form/form-values";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import { writableSpecification, type Coupon } from "@/lib/coupons/domain/model";
import { isNamespace } from "@/lib/coupons/domain/scope-matrix";
import { sameFieldValue } from "@/lib/coupons/domain/spec-equality";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import type { CouponUpdate } from "@/lib/coupons/domain/update";
import { defined, validSpec } from "./spec-arbitraries";
import { uniqueTag } from "./unique";

export interface EditHarness {
  gateway: CouponGateway;
  /** Puts a coupon into the backend as Wix would hold it, made elsewhere; returns its id. */
  insertAsStored(specification: Record<string, unknown>): Promise<string>;
  /** Saves an update the way the update action does (revision-checked, checked against the schema). */
  save(id: string, changes: CouponUpdate, expectedRevision: string): Promise<void>;
  revisionOf(coupon: Coupon): string;
  /** The field mask the backend was last sent, where one crosses a wire; null for the store. */
  lastFieldMask(): string | null;
}

const TIME_ZONE = "Europe/Berlin";
const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 5, 9);

/** The rows of the issue's table, and the two shapes Wix no longer lets anyone create. */
export const MADE_ELSEWHERE_SHAPES: [string, Record<string, unknown>][] = [
  ["a stores coupon with appliesToSubscriptions", { percentOffRate: 15, scope: { namespace: "stores" }, appliesToSubscriptions: true }],
  ["a free-shipping coupon with appliesToSubscriptions", { freeShipping: true, minimumSubtotal: 40, appliesToSubscriptions: true }],
  ["a minimum-subtotal coupon with appliesToSubscriptions", { moneyOffAmount: 10, minimumSubtotal: 100, appliesToSubscriptions: true }],
  [
    "a bookings coupon with limitPerCustomer",
    { percentOffRate: 20, scope: { namespace: "bookings" }, limitedToOneItem: true, limitPerCustomer: 1 },
  ],
  ["a Buy X Get Y coupon with limitedToOneItem", { buyXGetY: { x: 2, y: 1 }, scope: { namespace: "stores" }, limitedToOneItem: true }],
  ["a stores + product coupon with no entityId", { percentOffRate: 10, scope: { namespace: "stores", group: { name: "product" } } }],
  [
    "a pricing-plans coupon with discounted cycles",
    { percentOffRate: 50, scope: { namespace: "pricingPlans" }, appliesToSubscriptions: true, discountedCycleCount: 3 },
  ],
];

/** Opens the coupon in the form, lets `edit` change the values, and returns the update the form sends. */
function formEdit(stored: CouponSpecification, edit: (values: CouponFormValues) => CouponFormValues) {
  const initial = valuesFromSpecification(stored, { timeZone: TIME_ZONE });
  return checkEditValues(edit(structuredClone(initial)), { stored, initial, timeZone: TIME_ZONE });
}

function expectOthersUnchanged(before: CouponSpecification, after: CouponSpecification, changed: string) {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key === changed || key === "type") continue;
    expect(sameFieldValue(key, b[key], a[key]), `${key}: ${JSON.stringify(b[key])} → ${JSON.stringify(a[key])}`).toBe(true);
  }
}

/** One change a person can make in the form, and the field it must send. */
interface OneChange {
  field: string;
  edit: (values: CouponFormValues) => CouponFormValues;
}

/** The single-field changes the form offers for this coupon. */
function changesFor(stored: CouponSpecification): OneChange[] {
  const values = valuesFromSpecification(stored, { timeZone: TIME_ZONE });
  const namespace =
    values.target === "items" && !minimumIsOptional(values.type) && isNamespace(values.scope.namespace) ? values.scope.namespace : null;
  const limits = limitOptions(values.type, namespace);
  const set =
    <K extends keyof CouponFormValues>(key: K, value: CouponFormValues[K]) =>
    (v: CouponFormValues) =>
      ({ ...v, [key]: value }) as CouponFormValues;
  const out: OneChange[] = [
    { field: "name", edit: set("name", `Renamed ${uniqueTag("N")}`) },
    { field: "code", edit: set("code", uniqueTag("NEW")) },
    { field: "active", edit: set("active", !values.active) },
    { field: "usageLimit", edit: set("usageLimit", values.usageLimit === "" ? "7" : "") },
  ];
  if (stored.expirationTime !== undefined) out.push({ field: "expirationTime", edit: (v) => ({ ...v, endMode: "none", end: "" }) });
  if (limits.limitPerCustomer.shown)
    out.push({ field: "limitPerCustomer", edit: set("limitPerCustomer", values.limitPerCustomer === "" ? "3" : "") });
  if (limits.limitedToOneItem.shown && !limits.limitedToOneItem.lockedOn)
    out.push({ field: "limitedToOneItem", edit: set("limitedToOneItem", !values.limitedToOneItem) });
  if (limits.subscriptions.shown && stored.discountedCycleCount === undefined) {
    out.push({ field: "appliesToSubscriptions", edit: set("appliesToSubscriptions", !values.appliesToSubscriptions) });
  }
  if (limits.discountedCycles.shown && values.appliesToSubscriptions) {
    const next = stored.discountedCycleCount === undefined ? "2" : String((stored.discountedCycleCount % CYCLES_MAX) + 1);
    out.push({ field: "discountedCycleCount", edit: set("discountedCycleCount", next) });
  }
  switch (values.type) {
    case "MoneyOff":
      out.push({
        field: "moneyOffAmount",
        edit: (v) => ({ ...v, moneyOffAmount: stored.moneyOffAmount === 3.5 ? "4" : "3.5" }) as CouponFormValues,
      });
      break;
    case "PercentOff":
      out.push({
        field: "percentOffRate",
        edit: (v) => ({ ...v, percentOffRate: stored.percentOffRate === 12 ? "13" : "12" }) as CouponFormValues,
      });
      break;
    case "FixedPrice":
      out.push({
        field: "fixedPriceAmount",
        edit: (v) => ({ ...v, fixedPriceAmount: stored.fixedPriceAmount === 4 ? "5" : "4" }) as CouponFormValues,
      });
      break;
    case "BuyXGetY":
      out.push({
        field: "buyXGetY",
        edit: (v) =>
          ({
            ...v,
            buyXGetY: { x: stored.buyXGetY?.x === 3 ? "4" : "3", y: values.type === "BuyXGetY" ? values.buyXGetY.y : "1" },
          }) as CouponFormValues,
      });
      break;
    case "FreeShipping":
      break;
  }
  return out;
}

export function describeEditContract(name: string, makeHarness: () => Promise<EditHarness>) {
  describe(`edit contract: ${name}`, () => {
    async function storeAndRead(h: EditHarness, shape: Record<string, unknown>, asStored: boolean): Promise<Coupon> {
      const spec = { name: "Made elsewhere", code: uniqueTag("ELSE"), startTime: start, ...shape };
      const id = asStored ? await h.insertAsStored(spec) : (await h.gateway.create(spec)).id;
      return h.gateway.get(id);
    }

    it.each(MADE_ELSEWHERE_SHAPES)("a rename of %s sends only the name, and every other field stays", async (_label, shape) => {
      const h = await makeHarness();
      const before = await storeAndRead(h, shape, true);
      const stored = writableSpecification(before.specification);
      const { changes, issues } = formEdit(stored, (v) => ({ ...v, name: "Renamed by hand" }));
      expect(issues).toEqual([]);
      expect(changes).toEqual({ name: "Renamed by hand" });
      await h.save(before.id, changes, h.revisionOf(before));
      const mask = h.lastFieldMask();
      if (mask !== null) expect(mask).toBe("name");
      const after = (await h.gateway.get(before.id)).specification;
      expect(after.name).toBe("Renamed by hand");
      expectOthersUnchanged(before.specification, after, "name");
    });

    it.each(MADE_ELSEWHERE_SHAPES)("%s can be switched off, re-dated and deleted", async (_label, shape) => {
      const h = await makeHarness();
      const before = await storeAndRead(h, shape, true);
      const stored = writableSpecification(before.specification);
      const off = formEdit(stored, (v) => ({ ...v, active: false, endMode: "date", end: "2027-03-31T23:59" }));
      expect(off.issues).toEqual([]);
      expect(Object.keys(off.changes).sort()).toEqual(["active", "expirationTime"]);
      await h.save(before.id, off.changes, h.revisionOf(before));
      const after = await h.gateway.get(before.id);
      expect(after.specification).toMatchObject({ active: false, expirationTime: Date.UTC(2027, 2, 31, 21, 59) });
      await h.gateway.delete(before.id);
      await expect(h.gateway.get(before.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("a change that makes a stored value invalid takes it along: stores → bookings clears the per-customer limit", async () => {
      const h = await makeHarness();
      const before = await storeAndRead(h, { percentOffRate: 10, scope: { namespace: "stores" }, limitPerCustomer: 2 }, false);
      const stored = writableSpecification(before.specification);
      const { changes, issues } = formEdit(stored, (v) => ({
        ...v,
        scope: { namespace: "bookings", group: "*", entityId: "", entityName: "" },
      }));
      expect(issues).toEqual([]);
      // Bookings take no per-customer limit, so it is cleared with the move; once per order is
      // always on there, and the backend says so.
      expect(changes).toEqual({ scope: { namespace: "bookings" }, limitPerCustomer: null });
      await h.save(before.id, changes, h.revisionOf(before));
      expect((await h.gateway.get(before.id)).specification).toMatchObject({ scope: { namespace: "bookings" }, limitedToOneItem: true });
      expect((await h.gateway.get(before.id)).specification).not.toHaveProperty("limitPerCustomer");
    });

    it("a product coupon with no product: choosing the product is the person's change, and the form asks for it", async () => {
      const h = await makeHarness();
      const before = await storeAndRead(h, { percentOffRate: 10, scope: { namespace: "stores", group: { name: "product" } } }, true);
      const stored = writableSpecification(before.specification);
      const touched = formEdit(stored, (v) => ({ ...v, scope: { ...v.scope, group: "collection" } }));
      expect(touched.issues).toEqual([expect.objectContaining({ path: "scope.entityId" })]);
    });

    // Any coupon Wix accepts, once per-order and subscriptions included wherever Wix takes them.
    const storedArb = validSpec.chain(({ input }) =>
      fc
        .record({ oneItem: fc.constantFrom(undefined, true, false), subscriptions: fc.constantFrom(undefined, true, false) })
        .map(({ oneItem, subscriptions }) => {
          const namespace = (input.scope as { namespace?: string } | undefined)?.namespace;
          const extra = defined({
            limitedToOneItem: namespace === "bookings" ? input.limitedToOneItem : (input.limitedToOneItem ?? oneItem),
            appliesToSubscriptions: input.discountedCycleCount !== undefined ? true : (input.appliesToSubscriptions ?? subscriptions),
          });
          return {
            ...input,
            ...extra,
            code: uniqueTag("P"),
            startTime: start,
            ...(input.expirationTime !== undefined ? { expirationTime: start + 30 * DAY } : {}),
          };
        }),
    );

    it("property: saving a change to one field sends exactly that field, and the rest reads back unchanged", async () => {
      const h = await makeHarness();
      await fc.assert(
        fc.asyncProperty(storedArb, fc.nat(), async (spec, pick) => {
          const { id } = await h.gateway.create(spec);
          const before = await h.gateway.get(id);
          const stored = writableSpecification(before.specification);
          const options = changesFor(stored);
          const change = options[pick % options.length]!;
          const { changes, issues } = formEdit(stored, change.edit);
          expect(issues, change.field).toEqual([]);
          expect(Object.keys(changes), change.field).toEqual([change.field]);
          await h.save(id, changes, h.revisionOf(before));
          const mask = h.lastFieldMask();
          if (mask !== null) expect(mask).toBe(change.field);
          const after = (await h.gateway.get(id)).specification;
          const sent = (changes as Record<string, unknown>)[change.field];
          expect(sameFieldValue(change.field, (after as unknown as Record<string, unknown>)[change.field], sent), change.field).toBe(true);
          expectOthersUnchanged(before.specification, after, change.field);
          await h.gateway.delete(id);
        }),
        { numRuns: 80 },
      );
    });
  });
}
