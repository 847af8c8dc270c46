// Shapes other Wix clients send (Velo, older apps), as Wix takes them: freeShipping: false beside
// another type, once per order on Buy X Get Y, and a product coupon with no product.
import { describe, expect, it } from "vitest";
import { DAY, nextNumber, spec, wireEmulator } from "./coupon-wire";

const { running, wix } = wireEmulator();

describe("shapes other clients send, as Wix takes them", () => {
  it("reads freeShipping: false beside another type (Velo style) as not free shipping", async () => {
    const created = await wix("POST", "/stores/v2/coupons", {
      specification: spec({ freeShipping: false, moneyOffAmount: 5, minimumSubtotal: 20 }),
    });
    expect(created.status).toBe(200);
    const { body } = await wix("GET", `/stores/v2/coupons/${created.body.id}`);
    expect(body.coupon.specification).toMatchObject({ type: "MoneyOff", moneyOffAmount: 5 });
    expect(body.coupon.specification).not.toHaveProperty("freeShipping");
  });

  it("accepts once per order on a Buy X Get Y coupon and keeps it", async () => {
    const created = await wix("POST", "/stores/v2/coupons", {
      specification: spec({ freeShipping: undefined, buyXGetY: { x: 2, y: 1 }, scope: { namespace: "stores" }, limitedToOneItem: true }),
    });
    expect(created.status).toBe(200);
    const { body } = await wix("GET", `/stores/v2/coupons/${created.body.id}`);
    expect(body.coupon.specification).toMatchObject({ type: "BuyXGetY", limitedToOneItem: true });
  });

  it("refuses to create a product coupon with no product, as live Wix does, but renames one it already holds", async () => {
    const refused = await wix("POST", "/stores/v2/coupons", {
      specification: spec({ freeShipping: undefined, percentOffRate: 10, scope: { namespace: "stores", group: { name: "product" } } }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details.validationError.fieldViolations[0].field).toBe("specification.scope.group.entityId");

    const old = running().emulator.store.insertAsStored({
      name: "Older",
      code: `OLD${nextNumber()}`,
      percentOffRate: 10,
      scope: { namespace: "stores", group: { name: "product" } },
      startTime: Date.now() - DAY,
    });
    const renamed = await wix("PATCH", `/stores/v2/coupons/${old.id}`, { specification: { name: "Older, renamed" }, fieldMask: "name" });
    expect(renamed).toEqual({ status: 200, body: {} });
    const { body } = await wix("GET", `/stores/v2/coupons/${old.id}`);
    expect(body.coupon.specification).toMatchObject({ name: "Older, renamed", scope: { namespace: "stores", group: { name: "product" } } });
    // An edit still may not add a problem: a per-customer limit can't go on a bookings coupon.
    const worse = await wix("PATCH", `/stores/v2/coupons/${old.id}`, {
      specification: { scope: { namespace: "bookings" }, limitPerCustomer: 2 },
      fieldMask: "scope,limitPerCustomer",
    });
    expect(worse.status).toBe(400);
  });
});
