// The save path's server work on the embedded store: a create that is safe to retry, and an update
// that won't overwrite a coupon changed elsewhere or leave it invalid.
import { describe, expect, it, vi } from "vitest";
import { CouponError } from "@/lib/coupons/domain/errors";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import type { Coupon } from "@/lib/coupons/domain/model";
import { couponTypeOf, parseSpecification, type CouponSpecification } from "@/lib/coupons/domain/specification";
import type { CouponUpdate } from "@/lib/coupons/domain/update";
import { CHANGED_ELSEWHERE, createCouponOnce, RETRY_WINDOW_MS, updateCouponChecked } from "./checked-writes";
import { refusalFrom } from "../actions/refusals";
import { revisionOf } from "./revision";
import { summerSpec as spec } from "@/lib/testing/sample-specification";
import { memoryStore } from "@/lib/testing/store-harness";

describe("createCouponOnce", () => {
  it("creates, then answers a retry of the same request with the same coupon", async () => {
    const store = memoryStore();
    const first = await createCouponOnce(store, spec);
    const again = await createCouponOnce(store, spec);
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ id: first.id, replayed: true });
    expect(store.count()).toBe(1);
  });

  it("answers two simultaneous submits with one coupon", async () => {
    const store = memoryStore();
    const [a, b] = await Promise.all([createCouponOnce(store, spec), createCouponOnce(store, spec)]);
    expect(a.id).toBe(b.id);
    expect(store.count()).toBe(1);
  });

  it.each([
    ["another coupon with the code", parseSpecification({ ...spec, percentOffRate: 20 })],
    ["the code in another case", parseSpecification({ ...spec, code: "SUMMER15" })],
  ])("still refuses %s", async (_label, other) => {
    const store = memoryStore();
    await createCouponOnce(store, spec);
    await expect(createCouponOnce(store, other)).rejects.toMatchObject({ code: "ALREADY_EXISTS" });
  });

  it("treats the same coupon created long ago as a clash, not a retry", async () => {
    const store = memoryStore();
    await createCouponOnce(store, spec);
    await expect(createCouponOnce(store, spec, () => Date.now() + RETRY_WINDOW_MS + 1000)).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
    });
  });
});

describe("updateCouponChecked", () => {
  async function opened() {
    const store = memoryStore();
    const { id } = await store.create({ ...spec, expirationTime: 1_760_000_000_000 });
    const { type: _t, ...current } = (await store.get(id)).specification;
    return { store, id, revision: revisionOf(current as typeof spec) };
  }

  it("applies only the changes when the coupon is as the form opened it", async () => {
    const { store, id, revision } = await opened();
    await updateCouponChecked(store, { id, expectedRevision: revision, changes: { expirationTime: null } });
    const after = (await store.get(id)).specification;
    expect(after).not.toHaveProperty("expirationTime");
    expect(after.name).toBe("Summer");
  });

  it("refuses, saving nothing, when the coupon changed elsewhere", async () => {
    const { store, id, revision } = await opened();
    await store.update(id, { name: "Renamed elsewhere" });
    await expect(updateCouponChecked(store, { id, expectedRevision: revision, changes: { usageLimit: 5 } })).rejects.toEqual(
      new CouponError("FAILED_PRECONDITION", CHANGED_ELSEWHERE),
    );
    expect((await store.get(id)).specification).not.toHaveProperty("usageLimit");
  });

  it("answers a retry of a save that went through as a success", async () => {
    const { store, id, revision } = await opened();
    await updateCouponChecked(store, { id, expectedRevision: revision, changes: { usageLimit: 5, expirationTime: null } });
    await expect(
      updateCouponChecked(store, { id, expectedRevision: revision, changes: { usageLimit: 5, expirationTime: null } }),
    ).resolves.toEqual({ id });
  });

  it("saves over the other change when sent without a revision (the merchant's choice)", async () => {
    const { store, id } = await opened();
    await store.update(id, { name: "Renamed elsewhere" });
    await updateCouponChecked(store, { id, changes: { usageLimit: 5 } });
    expect((await store.get(id)).specification).toMatchObject({ name: "Renamed elsewhere", usageLimit: 5 });
  });

  it("gives the same revision for a stored and a parsed specification", async () => {
    const { store, id, revision } = await opened();
    expect(revisionOf((await store.get(id)).specification)).toBe(revision);
  });
});

/**
 * A backend that checks nothing: it serves one stored coupon and records the updates it is sent,
 * as a Wix that took whatever came would. Whatever it refuses, the server layer refused.
 */
function trustingGateway(specification: CouponSpecification) {
  const coupon: Coupon = {
    id: "c1",
    specification: { ...specification, type: couponTypeOf(specification) },
    dateCreated: 1_750_000_000_000,
    expired: false,
    numberOfUsages: 0,
  };
  const unused = () => Promise.reject(new Error("not used by an update"));
  const update = vi.fn<(id: string, update: unknown) => Promise<void>>(async () => {});
  const gateway: CouponGateway = {
    label: "trusting fake",
    capabilities: { sortable: [], filterable: {} },
    get: async () => structuredClone(coupon),
    update,
    create: unused,
    delete: unused,
    query: unused,
    bulkCreate: unused,
    bulkDelete: unused,
  };
  return { gateway, update, revision: revisionOf(coupon.specification), coupon };
}

describe("updateCouponChecked refuses an edit that would leave the coupon invalid, on any backend", () => {
  const T0 = 1_750_000_000_000;
  const DAY = 86_400_000;
  const bookings = parseSpecification({ name: "Book", code: "BOOK", startTime: T0, moneyOffAmount: 5, scope: { namespace: "bookings" } });
  const dated = parseSpecification({ ...spec, expirationTime: T0 + 30 * DAY });
  const plans = parseSpecification({
    name: "Plans",
    code: "PLANS",
    startTime: T0,
    percentOffRate: 20,
    scope: { namespace: "pricingPlans" },
  });
  const shipping = parseSpecification({ name: "Ship", code: "SHIP", startTime: T0, freeShipping: true });

  it.each<[string, CouponSpecification, Record<string, unknown>, string, RegExp]>([
    ["a per-customer limit on a bookings coupon", bookings, { limitPerCustomer: 2 }, "limitPerCustomer", /remove limitPerCustomer/],
    ["bookings without its one-item limit", bookings, { limitedToOneItem: false }, "limitedToOneItem", /leave limitedToOneItem on/],
    ["an end before the stored start", dated, { expirationTime: T0 - DAY }, "expirationTime", /after the start/],
    ["a start after the stored end", dated, { startTime: T0 + 60 * DAY }, "expirationTime", /after the start/],
    ["a percentage of 500", dated, { percentOffRate: 500 }, "percentOffRate", /can't be more than 100/],
    ["a usage limit that is not a number", dated, { usageLimit: "abc" }, "usageLimit", /whole number/],
    ["another type's value", dated, { moneyOffAmount: 5 }, "moneyOffAmount", /This coupon is PercentOff; its type can't change/],
    ["clearing the only scope", dated, { scope: null }, "scope", /only FreeShipping coupon is allowed/],
    ["a minimum next to the stored scope", dated, { minimumSubtotal: 20 }, "minimumSubtotal", /not both/],
    ["discounted cycles without subscriptions", plans, { discountedCycleCount: 3 }, "discountedCycleCount", /appliesToSubscriptions/],
    ["a scope on free shipping", shipping, { scope: { namespace: "stores" } }, "scope", /takes no scope/],
  ])("refuses %s with field errors and never calls the backend's update", async (_label, stored, changes, field, message) => {
    const { gateway, update, revision } = trustingGateway(stored);
    for (const expectedRevision of [revision, undefined]) {
      const error = await updateCouponChecked(gateway, { id: "c1", expectedRevision, changes: changes as CouponUpdate }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CouponError);
      expect(error).toMatchObject({ code: "INVALID_ARGUMENT" });
      expect((error as CouponError).violations).toContainEqual({ field, description: expect.stringMatching(message) });
      expect(refusalFrom(error, "test")).toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.stringMatching(message)] } });
    }
    expect(update).not.toHaveBeenCalled();
  });

  it("sends a valid edit on as it was given", async () => {
    const { gateway, update, revision } = trustingGateway(bookings);
    await expect(
      updateCouponChecked(gateway, { id: "c1", expectedRevision: revision, changes: { usageLimit: 10, name: "Booked" } }),
    ).resolves.toEqual({ id: "c1" });
    expect(update).toHaveBeenCalledExactlyOnceWith("c1", { usageLimit: 10, name: "Booked" });
  });

  it("lets a coupon that was already outside the rules be edited, but no edit adds a problem", async () => {
    // Made elsewhere: a bookings coupon with a per-customer limit, which our rules refuse.
    const outside = { ...bookings, limitPerCustomer: 2 } as CouponSpecification;
    const { gateway, update } = trustingGateway(outside);
    await expect(updateCouponChecked(gateway, { id: "c1", changes: { active: false, name: "Old booking" } })).resolves.toEqual({
      id: "c1",
    });
    expect(update).toHaveBeenCalledOnce();
    const added = await updateCouponChecked(gateway, { id: "c1", changes: { expirationTime: T0 - DAY } }).catch((e: unknown) => e);
    expect(added).toMatchObject({ code: "INVALID_ARGUMENT" });
    expect((added as CouponError).violations.map((v) => v.field)).toEqual(["expirationTime"]);
    // Setting the field that is out of bounds again, to another bad value, is refused.
    await expect(updateCouponChecked(gateway, { id: "c1", changes: { limitPerCustomer: 3 } })).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    expect(update).toHaveBeenCalledOnce();
  });

  it("checks the coupon its caller already read, without reading it again", async () => {
    const { gateway, update, revision, coupon } = trustingGateway(bookings);
    const get = vi.spyOn(gateway, "get");
    await updateCouponChecked(gateway, { id: "c1", expectedRevision: revision, changes: { name: "Booked" } }, coupon);
    await expect(updateCouponChecked(gateway, { id: "c1", changes: { limitPerCustomer: 2 } }, coupon)).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    expect(get).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledOnce();
  });

  it("still says STALE first when the coupon changed elsewhere", async () => {
    const { gateway, update } = trustingGateway(bookings);
    await expect(
      updateCouponChecked(gateway, { id: "c1", expectedRevision: "old", changes: { limitPerCustomer: 2 } }),
    ).rejects.toMatchObject({ code: "FAILED_PRECONDITION" });
    expect(update).not.toHaveBeenCalled();
  });
});
