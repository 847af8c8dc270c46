import "server-only";
// The catalogues of Wix's other apps, as the emulator reads them: Bookings Services V2 and Events V3
// (events and ticket definitions); Pricing Plans V3 is in catalogue-plans.ts. Filters and sorts are
// objects here, never JSON strings; each field takes the operators its API's "supported filters" table lists.
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { money, queryIn, slugOf, type QueryApi } from "./catalogue";
import { flagIn, refuse, requestedFieldsIn, type Json } from "./json";
import { cursorMetadataV2Out, cursorPagingIn, offsetMetadataOut, offsetPagingIn, type PageRequest, type QueryParts } from "./paging";
import { filterIn, sortIn, type FieldSpecs } from "./wql";

const name = (i: CatalogueItem) => i.name;
const id = (i: CatalogueItem) => i.id;

// ---- Bookings Services V2 --------------------------------------------------------------------------

const SERVICE_FIELDS: FieldSpecs = {
  id: { ops: ["$eq", "$ne", "$in"], sortable: true, value: id },
  name: { ops: ["$eq", "$ne", "$in", "$startsWith"], sortable: true, value: name },
  hidden: { ops: ["$eq", "$ne"], sortable: false, value: (i) => Boolean(i.hidden) },
};

/** Bookings V2 service: fixed price and session length. */
export function serviceOut(item: CatalogueItem): Json {
  const price = money(item);
  return {
    id: item.id,
    name: item.name,
    hidden: Boolean(item.hidden),
    ...(price ? { payment: { rateType: "FIXED", fixed: { price } } } : {}),
    ...(item.durationMinutes !== undefined ? { schedule: { availabilityConstraints: { sessionDurations: [item.durationMinutes] } } } : {}),
  };
}

export const BOOKINGS_SERVICES: QueryApi = {
  key: "bookings/service",
  kind: { namespace: "bookings", group: "service" },
  path: "/bookings/v2/services/query",
  app: "Wix Bookings",
  read(body) {
    const query = queryIn(body);
    return {
      matches: filterIn(query.filter, SERVICE_FIELDS),
      compare: sortIn(query.sort, SERVICE_FIELDS),
      // [guess] 50 when absent, at most 100.
      page: offsetPagingIn(query.paging, "query.paging", { defaultLimit: 50, maxLimit: 100 }),
      itemOut: serviceOut,
    };
  },
  answer: (list, page) => ({ services: list, pagingMetadata: offsetMetadataOut(page) }),
};

// ---- Events V3 ---------------------------------------------------------------------------------------

/** UPCOMING before its start, ENDED after its end, STARTED between. */
export function eventStatus(item: CatalogueItem, now: number): "UPCOMING" | "STARTED" | "ENDED" | undefined {
  if (item.startsAt === undefined && item.endsAt === undefined) return undefined;
  if (item.startsAt !== undefined && now < item.startsAt) return "UPCOMING";
  if (item.endsAt !== undefined && now >= item.endsAt) return "ENDED";
  return "STARTED";
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** Events V3 event: `{ id, title, slug, status, dateAndTimeSettings: { startDate, endDate } }`, dates ISO. */
export function eventOut(item: CatalogueItem, now: number): Json {
  const status = eventStatus(item, now);
  const dates = {
    ...(item.startsAt !== undefined ? { startDate: iso(item.startsAt) } : {}),
    ...(item.endsAt !== undefined ? { endDate: iso(item.endsAt) } : {}),
  };
  return {
    id: item.id,
    title: item.name,
    slug: slugOf(item.name),
    ...(status ? { status } : {}),
    ...(Object.keys(dates).length > 0 ? { dateAndTimeSettings: dates } : {}),
  };
}

const COMPARISONS = ["$eq", "$ne", "$lt", "$lte", "$gt", "$gte", "$in", "$hasSome"] as const;
const MATCHES = ["$eq", "$ne", "$in", "$hasSome"] as const;

/** Events V3 "Filter and sort": no $startsWith anywhere. */
const eventFields = (now: number): FieldSpecs => ({
  id: { ops: MATCHES, sortable: true, value: id },
  title: { ops: COMPARISONS, sortable: true, value: name },
  slug: { ops: COMPARISONS, sortable: true, value: (i) => slugOf(i.name) },
  status: { ops: MATCHES, sortable: true, value: (i) => eventStatus(i, now) },
  "dateAndTimeSettings.startDate": { ops: COMPARISONS, sortable: true, value: (i) => iso(i.startsAt) },
  "dateAndTimeSettings.endDate": { ops: COMPARISONS, sortable: true, value: (i) => iso(i.endsAt) },
  createdDate: { ops: COMPARISONS, sortable: true },
  updatedDate: { ops: COMPARISONS, sortable: true },
  userId: { ops: MATCHES, sortable: true },
  "registration.initialType": { ops: ["$eq"], sortable: false },
});

export const EVENTS: QueryApi = {
  key: "events/event",
  kind: { namespace: "events", group: "event" },
  path: "/events/v3/events/query",
  app: "Wix Events",
  read(body, settings) {
    const query = queryIn(body);
    flagIn(body.includeDrafts, "includeDrafts");
    requestedFieldsIn(body.fields, [
      "DETAILS",
      "TEXTS",
      "REGISTRATION",
      "URLS",
      "FORM",
      "DASHBOARD",
      "FEED",
      "ONLINE_CONFERENCING_SESSION",
      "SEO_SETTINGS",
      "AGENDA",
      "CATEGORIES",
    ]);
    const fields = eventFields(settings.now);
    return {
      matches: filterIn(query.filter, fields),
      // [guess] by title when unsorted: Wix sorts by createdDate, which the demo catalogue lacks.
      compare: sortIn(query.sort, fields),
      // "paging.limit is 0 … The default value of 0 returns 0 results"; at most 1,000.
      page: offsetPagingIn(query.paging, "query.paging", { defaultLimit: 0, minLimit: 0, maxLimit: 1000 }),
      itemOut: (item) => eventOut(item, settings.now),
    };
  },
  answer: (list, page) => ({ events: list, pagingMetadata: offsetMetadataOut(page) }),
};

// ---- Events V3 ticket definitions ------------------------------------------------------------------

/** Events V3 ticket definition: `{ id, name, hidden, pricingMethod: { fixedPrice: { value, currency } } }`. */
export function ticketOut(item: CatalogueItem): Json {
  const price = money(item);
  return { id: item.id, name: item.name, hidden: Boolean(item.hidden), ...(price ? { pricingMethod: { fixedPrice: price } } : {}) };
}

const TICKET_VALUES = ["$eq", "$ne", "$in", "$nin", "$lt", "$lte", "$gt", "$gte", "$exists"] as const;
const TICKET_FLAGS = ["$eq", "$ne", "$in", "$nin", "$exists"] as const;
const TICKET_FIELDS: FieldSpecs = {
  id: { ops: TICKET_VALUES, sortable: true, value: id },
  name: { ops: TICKET_VALUES, sortable: true, value: name },
  hidden: { ops: TICKET_FLAGS, sortable: true, value: (i) => Boolean(i.hidden) },
  "pricingMethod.fixedPrice.value": { ops: TICKET_VALUES, sortable: true, value: (i) => money(i)?.value },
  "pricingMethod.fixedPrice.currency": { ops: TICKET_VALUES, sortable: true, value: (i) => money(i)?.currency },
  eventId: { ops: TICKET_VALUES, sortable: true },
  revision: { ops: TICKET_VALUES, sortable: true },
  description: { ops: TICKET_VALUES, sortable: true },
  initialLimit: { ops: TICKET_VALUES, sortable: true },
  createdDate: { ops: TICKET_VALUES, sortable: true },
  updatedDate: { ops: TICKET_VALUES, sortable: true },
  "pricingMethod.free": { ops: TICKET_FLAGS, sortable: true },
  "pricingMethod.pricingType": { ops: TICKET_FLAGS, sortable: true },
  feeType: { ops: TICKET_FLAGS, sortable: true },
  saleStatus: { ops: TICKET_FLAGS, sortable: true },
};

/** "paging.limit is 100"; at most 100 [guess for offset paging; cursor paging's maximum is 100]. */
const TICKET_LIMITS = { defaultLimit: 100, maxLimit: 100 };

/** `paging` (offset) or `cursorPaging`, not both (a oneof). */
function ticketPaging(query: Json): { page: PageRequest; parts: QueryParts } {
  const parts = { filter: query.filter, sort: query.sort };
  if (query.cursorPaging === undefined || query.cursorPaging === null)
    return { page: offsetPagingIn(query.paging, "query.paging", TICKET_LIMITS), parts };
  if (query.paging !== undefined && query.paging !== null) return refuse("query.paging", "Send paging or cursorPaging, not both.");
  return cursorPagingIn(query, "query", "/events/v3/ticket-definitions/query", TICKET_LIMITS, parts);
}

export const TICKET_DEFINITIONS: QueryApi = {
  key: "events/ticket",
  kind: { namespace: "events", group: "ticket" },
  path: "/events/v3/ticket-definitions/query",
  app: "Wix Events",
  read(body) {
    requestedFieldsIn(body.fields, ["SALES_DETAILS", "EVENT_DETAILS", "SEATING_DETAILS"]);
    const { page, parts } = ticketPaging(queryIn(body, true));
    return { matches: filterIn(parts.filter, TICKET_FIELDS), compare: sortIn(parts.sort, TICKET_FIELDS), page, itemOut: ticketOut };
  },
  // Under `metadata`, not `pagingMetadata`.
  answer: (list, page) => ({
    ticketDefinitions: list,
    metadata: page.mode === "offset" ? offsetMetadataOut(page) : cursorMetadataV2Out(page),
  }),
};
