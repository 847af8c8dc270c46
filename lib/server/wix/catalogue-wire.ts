import "server-only";
// The gateway's reading of Wix's catalogue APIs: for each kind of item a coupon can point at, the
// query endpoint, how its filter is written and how an answer becomes a CatalogueItem. The
// emulator reads the same docs on its own (emulator/codec/catalogue.ts).
//   Stores products      POST /stores/v1/products/query          (Catalog V1; filter is a JSON string)
//   Stores collections   POST /stores/v1/collections/query       (filter is a JSON string)
//   Bookings services    POST /bookings/v2/services/query
//   Events               POST /events/v3/events/query            (the name is `title`)
//   Ticket definitions   POST /events/v3/ticket-definitions/query
//   Pricing plans        POST /pricing-plans/v2/plans/query
import { z } from "zod";
import type { CatalogueItem, ItemKind } from "@/lib/coupons/catalogue";
import { formatMoney } from "@/lib/coupons/format";

const money = z.object({ value: z.union([z.string(), z.number()]).nullish(), currency: z.string().nullish() }).nullish();

function formatPrice(price: z.infer<typeof money>): string | undefined {
  if (!price || price.value === undefined || price.value === null || !price.currency) return undefined;
  const amount = Number(price.value);
  if (!Number.isFinite(amount)) return undefined;
  try {
    return formatMoney(amount, price.currency);
  } catch {
    return `${amount} ${price.currency}`;
  }
}

const toMs = (text: string | null | undefined) => {
  const ms = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

interface KindWire {
  path: string;
  /** Where the items are in the answer. */
  listKey: string;
  /** The field a name search filters on. */
  nameField: string;
  /** Catalog V1 takes `query.filter` as a JSON string; the newer APIs take an object. */
  filterAsString: boolean;
  item: z.ZodType<Omit<CatalogueItem, "namespace" | "group">>;
}

const product = z
  .object({
    id: z.string(),
    name: z.string(),
    visible: z.boolean().nullish(),
    price: z.object({ formatted: z.object({ price: z.string().nullish() }).nullish() }).nullish(),
  })
  .transform((p) => ({
    id: p.id,
    name: p.name,
    ...(p.price?.formatted?.price ? { formattedPrice: p.price.formatted.price } : {}),
    ...(p.visible === false ? { hidden: true } : {}),
  }));

const collection = z
  .object({ id: z.string(), name: z.string(), visible: z.boolean().nullish() })
  .transform((c) => ({ id: c.id, name: c.name, ...(c.visible === false ? { hidden: true } : {}) }));

const service = z
  .object({
    id: z.string(),
    name: z.string(),
    hidden: z.boolean().nullish(),
    payment: z.object({ fixed: z.object({ price: money }).nullish() }).nullish(),
    schedule: z.object({ availabilityConstraints: z.object({ sessionDurations: z.array(z.number()).nullish() }).nullish() }).nullish(),
  })
  .transform((s) => {
    const formattedPrice = formatPrice(s.payment?.fixed?.price);
    const durationMinutes = s.schedule?.availabilityConstraints?.sessionDurations?.[0];
    return {
      id: s.id,
      name: s.name,
      ...(formattedPrice ? { formattedPrice } : {}),
      ...(durationMinutes ? { durationMinutes } : {}),
      ...(s.hidden ? { hidden: true } : {}),
    };
  });

const event = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.string().nullish(),
    dateAndTimeSettings: z.object({ startDate: z.string().nullish(), endDate: z.string().nullish() }).nullish(),
  })
  .transform((e) => {
    const startsAt = toMs(e.dateAndTimeSettings?.startDate);
    const endsAt = toMs(e.dateAndTimeSettings?.endDate);
    return {
      id: e.id,
      name: e.title,
      ...(startsAt !== undefined ? { startsAt } : {}),
      ...(endsAt !== undefined ? { endsAt } : {}),
      // A canceled event takes no orders: as good as hidden.
      ...(e.status === "CANCELED" ? { hidden: true } : {}),
    };
  });

const ticket = z
  .object({
    id: z.string(),
    name: z.string(),
    hidden: z.boolean().nullish(),
    pricingMethod: z.object({ fixedPrice: money }).nullish(),
  })
  .transform((t) => {
    const formattedPrice = formatPrice(t.pricingMethod?.fixedPrice);
    return { id: t.id, name: t.name, ...(formattedPrice ? { formattedPrice } : {}), ...(t.hidden ? { hidden: true } : {}) };
  });

const plan = z
  .object({
    id: z.string(),
    name: z.string(),
    public: z.boolean().nullish(),
    archived: z.boolean().nullish(),
    pricing: z.object({ price: money }).nullish(),
  })
  .transform((p) => {
    const formattedPrice = formatPrice(p.pricing?.price);
    return { id: p.id, name: p.name, ...(formattedPrice ? { formattedPrice } : {}), ...(p.archived || p.public === false ? { hidden: true } : {}) };
  });

const WIRE: Record<string, KindWire> = {
  "stores/product": { path: "/stores/v1/products/query", listKey: "products", nameField: "name", filterAsString: true, item: product },
  "stores/collection": { path: "/stores/v1/collections/query", listKey: "collections", nameField: "name", filterAsString: true, item: collection },
  "bookings/service": { path: "/bookings/v2/services/query", listKey: "services", nameField: "name", filterAsString: false, item: service },
  "events/event": { path: "/events/v3/events/query", listKey: "events", nameField: "title", filterAsString: false, item: event },
  "events/ticket": { path: "/events/v3/ticket-definitions/query", listKey: "ticketDefinitions", nameField: "name", filterAsString: false, item: ticket },
  "pricingPlans/plan": { path: "/pricing-plans/v2/plans/query", listKey: "plans", nameField: "name", filterAsString: false, item: plan },
};

export function wireOf(kind: ItemKind): KindWire {
  const wire = WIRE[`${kind.namespace}/${kind.group}`];
  if (!wire) throw new Error(`No Wix catalogue for ${kind.namespace}/${kind.group}.`);
  return wire;
}

/** The body of a query: by name (`$startsWith`, Wix's only text match here) or by ids (`$in`). */
export function catalogueQueryBody(kind: ItemKind, filter: { nameStartsWith: string } | { ids: readonly string[] }, limit: number, offset: number): unknown {
  const wire = wireOf(kind);
  const object =
    "ids" in filter ? { id: { $in: [...filter.ids] } } : filter.nameStartsWith ? { [wire.nameField]: { $startsWith: filter.nameStartsWith } } : {};
  const sort = [{ fieldName: wire.nameField, order: "ASC" }];
  return { query: { filter: wire.filterAsString ? JSON.stringify(object) : object, sort: wire.filterAsString ? JSON.stringify(sort) : sort, paging: { limit, offset } } };
}

/** The items of an answer; an item Wix sends in a shape we can't read is skipped, not fatal. */
export function catalogueItemsFromWire(kind: ItemKind, json: unknown): CatalogueItem[] {
  const list = (json as Record<string, unknown> | null)?.[wireOf(kind).listKey];
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => {
    const parsed = wireOf(kind).item.safeParse(raw);
    return parsed.success ? [{ namespace: kind.namespace, group: kind.group, ...parsed.data }] : [];
  });
}
