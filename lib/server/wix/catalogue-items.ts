import "server-only";
// The gateway's reading of how each Wix catalogue API writes an item, and how it becomes a
// CatalogueItem: Stores Catalog V1 products and collections, Catalog V3 products and categories
// (V3's collections), Bookings Services V2, Events V3 events and ticket definitions, and Pricing
// Plans V3 plans. The emulator reads the same docs on its own (emulator/codec/).
import { z } from "zod";
import type { CatalogueItem } from "@/lib/coupons/catalogue";
import { formatMoney } from "@/lib/coupons/format";

export type WireItem = Omit<CatalogueItem, "namespace" | "group">;
export type ItemShape = z.ZodType<WireItem>;

const amount = z.union([z.string(), z.number()]).nullish();
const money = z.object({ value: amount, currency: z.string().nullish() }).nullish();

function formatPrice(value: z.infer<typeof amount>, currency: string | null | undefined): string | undefined {
  if (value === undefined || value === null || !currency) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) return undefined;
  try {
    return formatMoney(number, currency);
  } catch {
    return `${number} ${currency}`;
  }
}

const toMs = (text: string | null | undefined) => {
  const ms = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

/** Only the details that are there: no `formattedPrice: undefined` keys. */
function item(id: string, name: string, details: Partial<Record<"formattedPrice" | "durationMinutes" | "startsAt" | "endsAt", string | number | undefined>> & { hidden?: boolean }): WireItem {
  const out: Record<string, unknown> = { id, name };
  for (const [key, value] of Object.entries(details)) if (value !== undefined && value !== false) out[key] = value;
  return out as unknown as WireItem;
}

/** Catalog V1: `price.formatted.price` is the store's own rendering ("$25.00"). */
export const productV1: ItemShape = z
  .object({
    id: z.string(),
    name: z.string(),
    visible: z.boolean().nullish(),
    price: z.object({ formatted: z.object({ price: z.string().nullish() }).nullish() }).nullish(),
  })
  .transform((p) => item(p.id, p.name, { formattedPrice: p.price?.formatted?.price ?? undefined, hidden: p.visible === false }));

/** Catalog V3: `actualPriceRange.minValue.formattedAmount` comes only when `fields` asks for CURRENCY. */
export const productV3: ItemShape = z
  .object({
    id: z.string(),
    name: z.string(),
    visible: z.boolean().nullish(),
    actualPriceRange: z.object({ minValue: z.object({ amount: amount, formattedAmount: z.string().nullish() }).nullish() }).nullish(),
  })
  .transform((p) => item(p.id, p.name, { formattedPrice: p.actualPriceRange?.minValue?.formattedAmount ?? undefined, hidden: p.visible === false }));

/** A Catalog V1 collection, or a Catalog V3 category (V3 sites group products in categories). */
export const collection: ItemShape = z
  .object({ id: z.string(), name: z.string(), visible: z.boolean().nullish() })
  .transform((c) => item(c.id, c.name, { hidden: c.visible === false }));

export const service: ItemShape = z
  .object({
    id: z.string(),
    name: z.string(),
    hidden: z.boolean().nullish(),
    payment: z.object({ fixed: z.object({ price: money }).nullish() }).nullish(),
    schedule: z.object({ availabilityConstraints: z.object({ sessionDurations: z.array(z.number()).nullish() }).nullish() }).nullish(),
  })
  .transform((s) =>
    item(s.id, s.name, {
      formattedPrice: formatPrice(s.payment?.fixed?.price?.value, s.payment?.fixed?.price?.currency),
      durationMinutes: s.schedule?.availabilityConstraints?.sessionDurations?.[0] || undefined,
      hidden: Boolean(s.hidden),
    }),
  );

export const event: ItemShape = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.string().nullish(),
    dateAndTimeSettings: z.object({ startDate: z.string().nullish(), endDate: z.string().nullish() }).nullish(),
  })
  .transform((e) =>
    item(e.id, e.title, {
      startsAt: toMs(e.dateAndTimeSettings?.startDate),
      endsAt: toMs(e.dateAndTimeSettings?.endDate),
      // A canceled event takes no orders: as good as hidden.
      hidden: e.status === "CANCELED",
    }),
  );

export const ticket: ItemShape = z
  .object({ id: z.string(), name: z.string(), hidden: z.boolean().nullish(), pricingMethod: z.object({ fixedPrice: money }).nullish() })
  .transform((t) => item(t.id, t.name, { formattedPrice: formatPrice(t.pricingMethod?.fixedPrice?.value, t.pricingMethod?.fixedPrice?.currency), hidden: Boolean(t.hidden) }));

/** Plans V3: the price is the first pricing variant's flat rate, in the plan's currency; PRIVATE is hidden. */
export const plan: ItemShape = z
  .object({
    id: z.string(),
    name: z.string(),
    visibility: z.string().nullish(),
    currency: z.string().nullish(),
    pricingVariants: z.array(z.object({ pricingStrategies: z.array(z.object({ flatRate: z.object({ amount: amount }).nullish() })).nullish() })).nullish(),
  })
  .transform((p) =>
    item(p.id, p.name, {
      formattedPrice: formatPrice(p.pricingVariants?.[0]?.pricingStrategies?.[0]?.flatRate?.amount, p.currency),
      hidden: p.visibility === "PRIVATE",
    }),
  );

/** The items of an answer's list; an item Wix sends in a shape we can't read is skipped, not fatal. */
export function itemsOf(json: unknown, listKey: string, shape: ItemShape): WireItem[] {
  const list = (json as Record<string, unknown> | null)?.[listKey];
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => {
    const parsed = shape.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}
