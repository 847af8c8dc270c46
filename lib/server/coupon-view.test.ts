// A coupon as the table, the drawer and the CSV show it: every column in words, never JSON; dates
// in the merchant's zone; empty values left out.
import { describe, expect, it } from "vitest";
import type { Coupon } from "@/lib/coupons/domain/model";
import { TABLE_COLUMNS } from "@/lib/coupons/table/columns";
import { couponView } from "./coupon-view";

const NOW = Date.UTC(2024, 4, 1, 12); // 1 May 2024, 12:00 UTC
const DAY = 86_400_000;
const ctx = { now: NOW, timeZone: "Europe/Berlin", currency: "USD" };

const coupon = (spec: Record<string, unknown>, extra: Partial<Coupon> = {}): Coupon =>
  ({
    id: "c-1",
    dateCreated: NOW - 10 * DAY,
    expired: false,
    numberOfUsages: 3,
    specification: { name: "Spring Sale", code: "SPRING1", startTime: NOW - DAY, ...spec },
    ...extra,
  }) as Coupon;

describe("couponView", () => {
  it("says a Buy X get Y coupon for one product in words, with the product's name", () => {
    const view = couponView(
      coupon(
        {
          type: "BuyXGetY",
          buyXGetY: { x: 2, y: 1 },
          scope: { namespace: "stores", group: { name: "product", entityId: "p-1" } },
          usageLimit: 10,
        },
        { displayData: { name: "Blue Mug", formattedPrice: "$18.00" } },
      ),
      ctx,
    );
    expect(view.text).toMatchObject({
      type: "Buy 2 get 1",
      buyXGetY: "Buy 2, get 1 free",
      scope: "Product: Blue Mug",
      displayData: "Blue Mug · $18.00",
      numberOfUsages: "3 of 10",
      usageLimit: "10",
      limitPerCustomer: "No limit",
      appId: "Site owner",
      status: "Active",
    });
    for (const text of Object.values(view.text)) expect(text).not.toMatch(/[{}[\]]/);
  });

  it("has text for every table column but the dates, which come with hints in the merchant's zone", () => {
    const view = couponView(
      coupon({ type: "PercentOff", percentOffRate: 15, scope: { namespace: "stores" }, expirationTime: NOW + 3 * DAY }),
      ctx,
    );
    const dates = ["startTime", "expirationTime", "_dateCreated"];
    for (const id of TABLE_COLUMNS)
      if (!dates.includes(id) && !["buyXGetY", "fixedPriceAmount", "moneyOffAmount", "minimumSubtotal", "displayData"].includes(id))
        expect(view.text[id], id).toBeTruthy();
    expect(view.dates.expirationTime).toEqual({ ms: NOW + 3 * DAY, text: "4 May 2024, 14:00", hint: "ends in 3 days" });
    expect(view.dates.startTime?.hint).toBeNull();
    expect(view.text.type).toBe("15 % off");
  });

  it("leaves out what the coupon doesn't have, so each row carries only its values", () => {
    const view = couponView(coupon({ type: "FreeShipping", freeShipping: true }), ctx);
    expect(view.text).not.toHaveProperty("moneyOffAmount");
    expect(view.text).not.toHaveProperty("buyXGetY");
    expect(view.text).not.toHaveProperty("displayData");
    expect(view.text.scope).toBe("Whole order");
    expect(view.dates).not.toHaveProperty("expirationTime");
  });

  it("derives the status with statusOf's precedence", () => {
    expect(couponView(coupon({ type: "MoneyOff", moneyOffAmount: 5, usageLimit: 3, active: false }), ctx)).toMatchObject({
      status: "UsedUp",
      active: false,
    });
    expect(couponView(coupon({ type: "MoneyOff", moneyOffAmount: 5, startTime: NOW + DAY }), ctx).status).toBe("Scheduled");
  });
});
