import "server-only";
// The gateway's reading of how each Wix catalogue API writes an item, and how it becomes a
// CatalogueItem: Stores Catalog V1 products and collections, Catalog V3 products and categories
// (V3's collections), Bookings Services V2, Events V3 events and ticket definitions, and Pricing
// Plans V3 plans. The emulator reads the same docs on its own (emulator/codec/).
import { z } from "zod";
import { BILLING_UNITS, type BillingUnit, type CatalogueItem, type PlanBilling } from "@/lib/coupons/domain/catalogue";
import { formatMoney } from "@/lib/coupons/domain/format";

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

/** `price` as a number, when Wix gives an amount and its currency. */
function priceOf(value: z.infer<typeof amount>, currency: string | null | undefined): Pick<CatalogueItem, "price"> {
  const number = value === undefined || value === null ? Number.NaN : Number(value);
  return Number.isFinite(number) && currency ? { price: { amount: number, currency } } : {};
}

/** Only the details that are there: no `formattedPrice: undefined` keys. */
function item(
  id: string,
  name: string,
  details: Partial<Record<"formattedPrice" | "durationMinutes" | "startsAt" | "endsAt", string | number | undefined>> & {
    hidden?: boolean;
  },
): WireItem {
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
    price: z
      .object({ price: amount, currency: z.string().nullish(), formatted: z.object({ price: z.string().nullish() }).nullish() })
      .nullish(),
  })
  .transform((p) => ({
    ...item(p.id, p.name, { formattedPrice: p.price?.formatted?.price ?? undefined, hidden: p.visible === false }),
    ...priceOf(p.price?.price, p.price?.currency),
  }));

/** Catalog V3: `actualPriceRange.minValue.formattedAmount` comes only when `fields` asks for CURRENCY. */
export const productV3: ItemShape = z
  .object({
    id: z.string(),
    name: z.string(),
    visible: z.boolean().nullish(),
    /** Sent with `fields: ["CURRENCY"]`, like `formattedAmount`. */
    currency: z.string().nullish(),
    actualPriceRange: z.object({ minValue: z.object({ amount: amount, formattedAmount: z.string().nullish() }).nullish() }).nullish(),
  })
  .transform((p) => ({
    ...item(p.id, p.name, { formattedPrice: p.actualPriceRange?.minValue?.formattedAmount ?? undefined, hidden: p.visible === false }),
    ...priceOf(p.actualPriceRange?.minValue?.amount, p.currency),
  }));

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
  .transform((s) => {
    const price = s.payment?.fixed?.price;
    return {
      ...item(s.id, s.name, {
        formattedPrice: formatPrice(price?.value, price?.currency),
        durationMinutes: s.schedule?.availabilityConstraints?.sessionDurations?.[0] || undefined,
        hidden: Boolean(s.hidden),
      }),
      ...priceOf(price?.value, price?.currency),
    };
  });

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
  .transform((t) => {
    const price = t.pricingMethod?.fixedPrice;
    return {
      ...item(t.id, t.name, { formattedPrice: formatPrice(price?.value, price?.currency), hidden: Boolean(t.hidden) }),
      ...priceOf(price?.value, price?.currency),
    };
  });

const count = z.union([z.string(), z.number()]).nullish();
const billingTerms = z
  .object({
    billingCycle: z.object({ period: z.string().nullish(), count: count }).nullish(),
    endType: z.string().nullish(),
    cyclesCompletedDetails: z.object({ billingCycleCount: count }).nullish(),
  })
  .nullish();

/** A recurring variant's cycle ("every 1 MONTH") and, when it ends after N payments, N; none for a one-time price. */
function planBilling(terms: z.infer<typeof billingTerms>): PlanBilling | undefined {
  const unit = terms?.billingCycle?.period;
  const every = Number(terms?.billingCycle?.count ?? 1);
  if (!unit || !BILLING_UNITS.includes(unit as BillingUnit) || !Number.isInteger(every) || every < 1) return undefined;
  const cycles = Number(terms?.cyclesCompletedDetails?.billingCycleCount);
  return {
    every,
    unit: unit as BillingUnit,
    ...(terms?.endType === "CYCLES_COMPLETED" && Number.isInteger(cycles) && cycles > 0 ? { cycles } : {}),
  };
}

/**
 * Plans V3: the price is the first pricing variant's flat rate, in the plan's currency, billed per
 * that variant's `billingTerms` (a cycle, and a count when it ends after N payments); PRIVATE is hidden.
 */
export const plan: ItemShape = z
  .object({
    id: z.string(),
    name: z.string(),
    visibility: z.string().nullish(),
    currency: z.string().nullish(),
    pricingVariants: z
      .array(
        z.object({ billingTerms, pricingStrategies: z.array(z.object({ flatRate: z.object({ amount: amount }).nullish() })).nullish() }),
      )
      .nullish(),
  })
  .transform((p) => {
    const variant = p.pricingVariants?.[0];
    const rate = variant?.pricingStrategies?.[0]?.flatRate?.amount;
    const billing = planBilling(variant?.billingTerms);
    return {
      ...item(p.id, p.name, { formattedPrice: formatPrice(rate, p.currency), hidden: p.visibility === "PRIVATE" }),
      ...priceOf(rate, p.currency),
      ...(billing ? { billing } : {}),
    };
  });

/** The items of an answer's list; an item Wix sends in a shape we can't read is skipped, not fatal. */
export function itemsOf(json: unknown, listKey: string, shape: ItemShape): WireItem[] {
  const list = (json as Record<string, unknown> | null)?.[listKey];
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => {
    const parsed = shape.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}
