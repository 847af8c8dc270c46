// The demo shop's catalogue: named items for every scope group, so pickers and displayData show
// real names. Ids are fixed so links and tests stay stable across machines. Like a real shop it has
// an item or two a coupon should no longer point at: a hidden product, an archived plan and an
// event that is over, which "Needs attention" finds.
import type { CatalogueItem, PlanBilling } from "@/lib/coupons/domain/catalogue";

const DAY = 86_400_000;

/** The demo shop prices in dollars: "$18.00" is also `price: { amount: 18, currency: "USD" }`. */
const item = (namespace: string, group: string, n: number, name: string, extra: Partial<CatalogueItem> = {}): CatalogueItem => ({
  namespace,
  group,
  id: `${group.slice(0, 3)}-${String(n).padStart(4, "0")}-${namespace.slice(0, 4)}-demo`,
  name,
  ...(extra.formattedPrice
    ? { price: { amount: Number(/[\d.]+/.exec(extra.formattedPrice.replace(/,/g, ""))![0]), currency: "USD" } }
    : {}),
  ...extra,
});

const products: [string, string, boolean?][] = [
  ["Blue Mug", "$18.00"],
  ["Linen Tote Bag", "$24.00"],
  ["Ceramic Vase", "$42.00"],
  ["Organic Cotton Tee", "$29.00"],
  ["Merino Wool Scarf", "$65.00"],
  ["Leather Card Wallet", "$48.00"],
  ["Cedar Scented Candle", "$22.00"],
  ["Dot-Grid Notebook Set", "$16.00"],
  ["Espresso Cup Pair", "$26.00"],
  ["Insulated Travel Bottle", "$34.00"],
  ["Walnut Serving Board", "$58.00"],
  ["Rain Jacket", "$120.00", true],
];

const collections = ["Summer Collection", "Kitchen & Dining", "Gifts under $30", "New Arrivals", "Outdoor"];
const services: [string, string, number][] = [
  ["Yoga Class", "$20.00", 60],
  ["Haircut & Style", "$55.00", 45],
  ["Massage, 60 minutes", "$90.00", 60],
  ["Personal Training", "$70.00", 45],
];
/** Name, and days from the demo's epoch to its start (the last one is over). */
const events: [string, number][] = [
  ["Summer Gala", 30],
  ["Jazz Night", 12],
  ["Pasta Cooking Workshop", 45],
  ["Autumn Market", -20],
];
const tickets: [string, string][] = [
  ["General admission · Summer Gala", "$40.00"],
  ["VIP · Summer Gala", "$120.00"],
  ["Early bird · Jazz Night", "$15.00"],
  ["Standard · Jazz Night", "$25.00"],
  ["Workshop seat · Pasta Cooking Workshop", "$60.00"],
];
const MONTHLY: PlanBilling = { every: 1, unit: "MONTH" };
const plans: [string, string, PlanBilling, boolean?][] = [
  ["Monthly Membership", "$19.00 / month", MONTHLY],
  ["Annual Membership", "$190.00 / year", { every: 1, unit: "YEAR" }],
  ["Starter Plan", "$9.00 / month", MONTHLY, true],
  // Twelve monthly payments, then it ends: what a discount on "the first 2 cycles" is tried on.
  ["Coaching Year", "$25.00 / month, 12 months", { ...MONTHLY, cycles: 12 }],
];

/** Events are dated from `epoch` (the demo's first start), at 19:00 UTC for four hours. */
export function demoCatalogue(epoch: number = Date.now()): CatalogueItem[] {
  const evening = Math.floor(epoch / DAY) * DAY + 19 * 3_600_000;
  return [
    ...products.map(([name, formattedPrice, hidden], i) =>
      item("stores", "product", i + 1, name, { formattedPrice, ...(hidden ? { hidden } : {}) }),
    ),
    ...collections.map((name, i) => item("stores", "collection", i + 1, name)),
    ...services.map(([name, formattedPrice, durationMinutes], i) =>
      item("bookings", "service", i + 1, name, { formattedPrice, durationMinutes }),
    ),
    ...events.map(([name, days], i) =>
      item("events", "event", i + 1, name, { startsAt: evening + days * DAY, endsAt: evening + days * DAY + 4 * 3_600_000 }),
    ),
    ...tickets.map(([name, formattedPrice], i) => item("events", "ticket", i + 1, name, { formattedPrice })),
    ...plans.map(([name, formattedPrice, billing, hidden], i) =>
      item("pricingPlans", "plan", i + 1, name, { formattedPrice, billing, ...(hidden ? { hidden } : {}) }),
    ),
  ];
}

export function demoItems(namespace: string, group: string): CatalogueItem[] {
  return demoCatalogue(0).filter((i) => i.namespace === namespace && i.group === group);
}
