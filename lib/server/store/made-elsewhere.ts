// Demo coupons "made elsewhere": shapes a live Wix site holds that this dashboard's own form would
// not make: coupons from Wix's own dashboard ("Include subscriptions" on store coupons), from
// another app, or from an older API (a product coupon with no product, which Wix no longer lets
// anyone create; a per-customer limit on bookings). The demo store and the emulator hold them so
// that opening and editing such coupons is tried in the browser, on both backends.
import { demoItems } from "./demo-catalogue";

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The app id another app's coupons carry (appId is empty when the site owner made them). */
export const OTHER_APP_ID = "1380b703-ce81-ff05-f115-39571d94dfcd";

export interface MadeElsewhereCoupon {
  specification: Record<string, unknown>;
  numberOfUsages: number;
  /** Days before the demo's epoch the coupon was created and started. */
  daysAgo: number;
  appId?: string;
  /** Whether the coupon breaks a rule Wix enforces on create today (so it is inserted as stored). */
  legacy: boolean;
}

/** The shapes, each named after what makes it one the form wouldn't make. */
export const MADE_ELSEWHERE: readonly MadeElsewhereCoupon[] = [
  {
    // Wix's dashboard: "Include subscriptions" on a store coupon.
    specification: {
      name: "Subscribe & Save 15%",
      code: "SUBSAVE15",
      percentOffRate: 15,
      scope: { namespace: "stores" },
      appliesToSubscriptions: true,
    },
    numberOfUsages: 42,
    daysAgo: 60,
    legacy: false,
  },
  {
    specification: {
      name: "Free shipping, subscriptions too",
      code: "SHIPSUBS",
      freeShipping: true,
      minimumSubtotal: 40,
      appliesToSubscriptions: true,
    },
    numberOfUsages: 17,
    daysAgo: 45,
    legacy: false,
  },
  {
    specification: {
      name: "$10 off orders over $100",
      code: "BIG100SUB",
      moneyOffAmount: 10,
      minimumSubtotal: 100,
      appliesToSubscriptions: true,
      usageLimit: 500,
    },
    numberOfUsages: 88,
    daysAgo: 90,
    legacy: false,
  },
  {
    // An older API: bookings coupons couldn't take a per-customer limit, and this one has one.
    specification: {
      name: "First yoga class 20% off",
      code: "YOGA1ST",
      percentOffRate: 20,
      scope: { namespace: "bookings", group: { name: "service", entityId: demoItems("bookings", "service")[0]!.id } },
      limitedToOneItem: true,
      limitPerCustomer: 1,
    },
    numberOfUsages: 9,
    daysAgo: 120,
    appId: OTHER_APP_ID,
    legacy: true,
  },
  {
    // Another app: once per order on a Buy X Get Y coupon (undocumented; Wix stores it).
    specification: {
      name: "Buy 2 get 1, once per order",
      code: "B2G1ONCE",
      buyXGetY: { x: 2, y: 1 },
      scope: { namespace: "stores" },
      limitedToOneItem: true,
    },
    numberOfUsages: 23,
    daysAgo: 30,
    appId: OTHER_APP_ID,
    legacy: false,
  },
  {
    // Seed 002's "all products" shape: stores + product with no entityId. Live Wix refuses to
    // create it now, but older coupons have it.
    specification: {
      name: "All products 10% (older coupon)",
      code: "OLDALL10",
      percentOffRate: 10,
      scope: { namespace: "stores", group: { name: "product" } },
    },
    numberOfUsages: 310,
    daysAgo: 400,
    legacy: true,
  },
];

/** A made-elsewhere coupon's specification, its dates relative to the demo's epoch (on the hour). */
export function madeElsewhereSpecification(coupon: MadeElsewhereCoupon, epoch: number): Record<string, unknown> {
  const startTime = Math.floor((epoch - coupon.daysAgo * DAY) / DAY) * DAY + 9 * HOUR;
  return { ...coupon.specification, startTime };
}
