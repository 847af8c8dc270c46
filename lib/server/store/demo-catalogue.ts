// The demo shop's catalogue: named items for every scope group, so pickers and displayData show
// real names. Ids are fixed so links and tests stay stable across machines.
import type { CatalogueItem } from "@/lib/coupons/gateway";

const item = (namespace: string, group: string, n: number, name: string, formattedPrice?: string): CatalogueItem => ({
  namespace,
  group,
  id: `${group.slice(0, 3)}-${String(n).padStart(4, "0")}-${namespace.slice(0, 4)}-demo`,
  name,
  ...(formattedPrice ? { formattedPrice } : {}),
});

const products = [
  ["Blue Mug", "$18.00"], ["Linen Tote Bag", "$24.00"], ["Ceramic Vase", "$42.00"], ["Organic Cotton Tee", "$29.00"],
  ["Merino Wool Scarf", "$65.00"], ["Leather Card Wallet", "$48.00"], ["Cedar Scented Candle", "$22.00"],
  ["Dot-Grid Notebook Set", "$16.00"], ["Espresso Cup Pair", "$26.00"], ["Insulated Travel Bottle", "$34.00"],
  ["Walnut Serving Board", "$58.00"], ["Rain Jacket", "$120.00"],
] as const;

const collections = ["Summer Collection", "Kitchen & Dining", "Gifts under $30", "New Arrivals", "Outdoor"];
const services = [["Yoga Class", "$20.00"], ["Haircut & Style", "$55.00"], ["Massage, 60 minutes", "$90.00"], ["Personal Training", "$70.00"]] as const;
const events = ["Summer Gala", "Jazz Night", "Pasta Cooking Workshop", "Autumn Market"];
const tickets = [
  "General admission · Summer Gala", "VIP · Summer Gala", "Early bird · Jazz Night",
  "Standard · Jazz Night", "Workshop seat · Pasta Cooking Workshop",
];
const plans = [["Monthly Membership", "$19.00 / month"], ["Annual Membership", "$190.00 / year"], ["Starter Plan", "$9.00 / month"]] as const;

export const DEMO_CATALOGUE: CatalogueItem[] = [
  ...products.map(([name, price], i) => item("stores", "product", i + 1, name, price)),
  ...collections.map((name, i) => item("stores", "collection", i + 1, name)),
  ...services.map(([name, price], i) => item("bookings", "service", i + 1, name, price)),
  ...events.map((name, i) => item("events", "event", i + 1, name)),
  ...tickets.map((name, i) => item("events", "ticket", i + 1, name)),
  ...plans.map(([name, price], i) => item("pricingPlans", "plan", i + 1, name, price)),
];

export function demoItems(namespace: string, group: string): CatalogueItem[] {
  return DEMO_CATALOGUE.filter((i) => i.namespace === namespace && i.group === group);
}
