// The four Wix apps a coupon can point into, and their names as Wix's dashboard says them. Kept
// apart from the scope matrix so the table's filters name them without carrying the matrix.
export const NAMESPACES = ["stores", "bookings", "events", "pricingPlans"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const NAMESPACE_LABELS: Record<Namespace, string> = {
  stores: "Store products",
  bookings: "Bookings services",
  events: "Events",
  pricingPlans: "Pricing plans",
};

export function isNamespace(value: unknown): value is Namespace {
  return typeof value === "string" && (NAMESPACES as readonly string[]).includes(value);
}
