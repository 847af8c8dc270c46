// The emulator's other catalogues on the wire: Bookings services, Events V3 events (no $startsWith
// on title, a default limit of 0) and ticket definitions (no $startsWith on name, pages under
// `metadata`), Pricing Plans V3 (cursor paging, PRIVATE plans); then the read permissions, the API
// key and faults on every catalogue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { demoItems } from "@/lib/server/store/demo-catalogue";
import { serviceOut, ticketOut } from "./codec/catalogue-apps";
import { planOut } from "./codec/catalogue-plans";
import { productOut } from "./codec/catalogue-v1";
import { productV3Out } from "./codec/catalogue-v3";
import { startTestEmulator, TEST_SITE_ID, type RunningEmulator } from "./harness";
import { callWix, names, violation } from "./wire-client";

let running: RunningEmulator;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(async () => {
  await running.close();
});

const wix = (method: string, path: string, body?: unknown) => callWix(running, method, path, body);
const query = (filter?: unknown, paging?: Record<string, unknown>, sort?: unknown) => ({
  query: { ...(filter === undefined ? {} : { filter }), ...(paging ? { paging } : {}), ...(sort ? { sort } : {}) },
});
const EVENTS = "/events/v3/events/query";
const TICKETS = "/events/v3/ticket-definitions/query";
const PLANS = "/pricing-plans/v3/plans/query";

describe("Bookings services", () => {
  it("answers services by name prefix with a fixed price and the session length", async () => {
    const { status, body } = await wix("POST", "/bookings/v2/services/query", query({ name: { $startsWith: "yoga" } }));
    expect(status).toBe(200);
    expect(body).toEqual({
      services: [
        {
          id: demoItems("bookings", "service")[0]!.id,
          name: "Yoga Class",
          hidden: false,
          payment: { rateType: "FIXED", fixed: { price: { value: "20.00", currency: "USD" } } },
          schedule: { availabilityConstraints: { sessionDurations: [60] } },
        },
      ],
      pagingMetadata: { count: 1, offset: 0, total: 1 },
    });
  });
});

describe("Events V3 events", () => {
  it("answers no events at the default limit of 0, and every event with a limit", async () => {
    const none = await wix("POST", EVENTS, query({}));
    expect(none.body).toEqual({ events: [], pagingMetadata: { count: 0, offset: 0, total: 4 } });

    const { status, body } = await wix("POST", EVENTS, query({}, { limit: 10 }));
    expect(status).toBe(200);
    expect(body.pagingMetadata).toEqual({ count: 4, offset: 0, total: 4 });
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
    for (const event of body.events) {
      expect(event).toEqual({
        id: expect.any(String),
        title: expect.any(String),
        slug: expect.any(String),
        status: expect.any(String),
        dateAndTimeSettings: { startDate: expect.stringMatching(iso), endDate: expect.stringMatching(iso) },
      });
    }
    const byTitle = Object.fromEntries(body.events.map((e: { title: string; status: string }) => [e.title, e.status]));
    expect(byTitle).toMatchObject({ "Autumn Market": "ENDED", "Summer Gala": "UPCOMING", "Jazz Night": "UPCOMING" });
  });

  it("filters title with $eq, $in, $hasSome and comparisons, ids with $ne, and sorts by title", async () => {
    const page = { limit: 10 };
    expect(names((await wix("POST", EVENTS, query({ title: "Jazz Night" }, page))).body.events)).toEqual(["Jazz Night"]);
    expect(names((await wix("POST", EVENTS, query({ title: { $in: ["Jazz Night", "Summer Gala"] } }, page))).body.events)).toEqual([
      "Jazz Night",
      "Summer Gala",
    ]);
    expect(names((await wix("POST", EVENTS, query({ title: { $hasSome: ["Autumn Market"] } }, page))).body.events)).toEqual([
      "Autumn Market",
    ]);
    expect(names((await wix("POST", EVENTS, query({ title: { $gte: "P" } }, page))).body.events)).toEqual([
      "Pasta Cooking Workshop",
      "Summer Gala",
    ]);
    const first = demoItems("events", "event")[0]!;
    expect(names((await wix("POST", EVENTS, query({ id: { $ne: first.id } }, page))).body.events)).not.toContain(first.name);
    const sorted = await wix("POST", EVENTS, query(undefined, page, [{ fieldName: "title", order: "DESC" }]));
    expect(names(sorted.body.events)).toEqual(["Summer Gala", "Pasta Cooking Workshop", "Jazz Night", "Autumn Market"]);
  });

  it("refuses $startsWith on title, a name filter, a string filter and a limit over 1,000", async () => {
    const prefix = await wix("POST", EVENTS, query({ title: { $startsWith: "Jazz" } }, { limit: 10 }));
    expect(prefix.status).toBe(400);
    expect(violation(prefix.body)).toMatchObject({ field: "filter.title", description: expect.stringContaining("$startsWith") });
    expect((await wix("POST", EVENTS, query({ name: { $eq: "Jazz Night" } }, { limit: 10 }))).status).toBe(400);
    const asString = await wix("POST", EVENTS, query(JSON.stringify({})));
    expect(asString.status).toBe(400);
    expect(violation(asString.body)).toMatchObject({ field: "query.filter" });
    expect((await wix("POST", EVENTS, query({}, { limit: 1001 }))).status).toBe(400);
  });
});

describe("Events V3 ticket definitions", () => {
  it("answers by ids with pages under metadata, not pagingMetadata", async () => {
    const ids = demoItems("events", "ticket")
      .slice(0, 2)
      .map((t) => t.id);
    const { status, body } = await wix("POST", TICKETS, query({ id: { $in: ids } }));
    expect(status).toBe(200);
    expect(body).toEqual({
      ticketDefinitions: [
        {
          id: ids[0],
          name: "General admission · Summer Gala",
          hidden: false,
          pricingMethod: { fixedPrice: { value: "40.00", currency: "USD" } },
        },
        { id: ids[1], name: "VIP · Summer Gala", hidden: false, pricingMethod: { fixedPrice: { value: "120.00", currency: "USD" } } },
      ],
      metadata: { count: 2, offset: 0, total: 2 },
    });
    expect(names((await wix("POST", TICKETS, query({ name: "Standard · Jazz Night" }))).body.ticketDefinitions)).toEqual([
      "Standard · Jazz Night",
    ]);
  });

  it("refuses $startsWith on name", async () => {
    const { status, body } = await wix("POST", TICKETS, query({ name: { $startsWith: "VIP" } }));
    expect(status).toBe(400);
    expect(violation(body)).toMatchObject({ field: "filter.name" });
  });

  it("pages with a cursor too, still under metadata", async () => {
    const first = await wix("POST", TICKETS, { query: { cursorPaging: { limit: 3 } } });
    expect(first.body.metadata).toEqual({ count: 3, cursors: { next: expect.any(String) } });
    const second = await wix("POST", TICKETS, { query: { cursorPaging: { limit: 3, cursor: first.body.metadata.cursors.next } } });
    expect(second.body.metadata).toEqual({ count: 2, cursors: {} });
    expect((await wix("POST", TICKETS, { query: { paging: { limit: 3 }, cursorPaging: { limit: 3 } } })).status).toBe(400);
  });
});

describe("Pricing Plans V3", () => {
  const ON_PURCHASE = { startType: "ON_PURCHASE" };
  const untilCancelled = (period: string) => ({ billingCycle: { period, count: "1" }, ...ON_PURCHASE, endType: "UNTIL_CANCELLED" });
  const variant = (amount: string, billingTerms: unknown) => ({ billingTerms, pricingStrategies: [{ flatRate: { amount } }] });
  const plan = (name: string, slug: string, visibility: string, pricingVariant: unknown) => ({
    id: expect.any(String),
    name,
    slug,
    visibility,
    buyable: true,
    currency: "USD",
    pricingVariants: [pricingVariant],
  });

  it("answers plans in Plans V3's shape; the hidden demo plan is PRIVATE", async () => {
    const { status, body } = await wix("POST", PLANS, query({ id: { $in: demoItems("pricingPlans", "plan").map((p) => p.id) } }));
    expect(status).toBe(200);
    expect(body).toEqual({
      plans: [
        plan("Annual Membership", "annual-membership", "PUBLIC", variant("190.00", untilCancelled("YEAR"))),
        plan(
          "Coaching Year",
          "coaching-year",
          "PUBLIC",
          variant("25.00", {
            billingCycle: { period: "MONTH", count: "1" },
            ...ON_PURCHASE,
            endType: "CYCLES_COMPLETED",
            cyclesCompletedDetails: { billingCycleCount: "12" },
          }),
        ),
        plan("Monthly Membership", "monthly-membership", "PUBLIC", variant("19.00", untilCancelled("MONTH"))),
        plan("Starter Plan", "starter-plan", "PRIVATE", variant("9.00", untilCancelled("MONTH"))),
      ],
      pagingMetadata: { count: 4, cursors: {} },
    });
  });

  it("bills Coaching Year monthly for 12 cycles, and Monthly Membership until cancelled", async () => {
    const terms = async (name: string) => (await wix("POST", PLANS, query({ name }))).body.plans[0].pricingVariants[0].billingTerms;
    const coaching = await terms("Coaching Year");
    expect(coaching).toEqual({
      billingCycle: { period: "MONTH", count: "1" },
      startType: "ON_PURCHASE",
      endType: "CYCLES_COMPLETED",
      cyclesCompletedDetails: { billingCycleCount: "12" },
    });
    const monthly = await terms("Monthly Membership");
    expect(monthly).toEqual({ billingCycle: { period: "MONTH", count: "1" }, startType: "ON_PURCHASE", endType: "UNTIL_CANCELLED" });
    expect(monthly).not.toHaveProperty("cyclesCompletedDetails");
  });

  it("filters by name prefix and visibility, and pages with cursors", async () => {
    expect(names((await wix("POST", PLANS, query({ name: { $startsWith: "month" } }))).body.plans)).toEqual(["Monthly Membership"]);
    expect(names((await wix("POST", PLANS, query({ visibility: { $in: ["PRIVATE"] } }))).body.plans)).toEqual(["Starter Plan"]);
    expect(names((await wix("POST", PLANS, query({ visibility: "PUBLIC" }))).body.plans)).toEqual([
      "Annual Membership",
      "Coaching Year",
      "Monthly Membership",
    ]);

    const first = await wix("POST", PLANS, { query: { filter: { visibility: "PUBLIC" }, cursorPaging: { limit: 2 } } });
    expect(names(first.body.plans)).toEqual(["Annual Membership", "Coaching Year"]);
    expect(first.body.pagingMetadata).toEqual({ count: 2, cursors: { next: expect.any(String) } });
    const second = await wix("POST", PLANS, { query: { cursorPaging: { limit: 2, cursor: first.body.pagingMetadata.cursors.next } } });
    expect(names(second.body.plans)).toEqual(["Monthly Membership"]);
    expect(second.body.pagingMetadata).toEqual({ count: 1, cursors: {} });
  });

  it("no longer serves the deprecated Plans V2 query", async () => {
    expect((await wix("POST", "/pricing-plans/v2/plans/query", query())).status).toBe(404);
  });
});

describe("prices and billing from the item", () => {
  const item = (group: string, extra: Partial<CatalogueItem>): CatalogueItem => ({
    namespace: "x",
    group,
    id: "i-1",
    name: "Item",
    ...extra,
  });

  it("takes amounts and currency from price, not the text, and reads the text only without one", () => {
    const priced = item("service", { formattedPrice: "$20.00", price: { amount: 17.5, currency: "EUR" } });
    expect(serviceOut(priced)).toMatchObject({ payment: { rateType: "FIXED", fixed: { price: { value: "17.50", currency: "EUR" } } } });
    expect(ticketOut(priced)).toMatchObject({ pricingMethod: { fixedPrice: { value: "17.50", currency: "EUR" } } });
    expect(productOut(priced)).toMatchObject({ price: { currency: "EUR", price: 17.5, formatted: { price: "$20.00" } } });
    expect(productV3Out(priced, new Set(["CURRENCY"]))).toMatchObject({
      currency: "EUR",
      actualPriceRange: { minValue: { amount: "17.50" } },
    });
    expect(planOut(priced)).toMatchObject({
      currency: "EUR",
      pricingVariants: [{ pricingStrategies: [{ flatRate: { amount: "17.50" } }] }],
    });

    const textOnly = item("service", { formattedPrice: "£12.00" });
    expect(serviceOut(textOnly)).toMatchObject({ payment: { fixed: { price: { value: "12.00", currency: "GBP" } } } });
    expect(planOut(textOnly)).toMatchObject({
      currency: "GBP",
      pricingVariants: [{ pricingStrategies: [{ flatRate: { amount: "12.00" } }] }],
    });

    const numberOnly = item("product", { price: { amount: 3, currency: "USD" } });
    expect(productOut(numberOnly)).toMatchObject({ price: { currency: "USD", price: 3 } });
    expect(productOut(numberOnly)).not.toHaveProperty("price.formatted");
  });

  it("bills a plan from its billing, never from the text: every 2 weeks for 6 cycles, and one payment without billing", () => {
    const fortnightly = planOut(item("plan", { formattedPrice: "$5.00 / month", billing: { every: 2, unit: "WEEK", cycles: 6 } }));
    expect(fortnightly).toMatchObject({
      pricingVariants: [
        {
          billingTerms: {
            billingCycle: { period: "WEEK", count: "2" },
            startType: "ON_PURCHASE",
            endType: "CYCLES_COMPLETED",
            cyclesCompletedDetails: { billingCycleCount: "6" },
          },
        },
      ],
    });
    const once = planOut(item("plan", { formattedPrice: "$5.00 / month" }));
    expect(once).toMatchObject({
      pricingVariants: [
        { billingTerms: { startType: "ON_PURCHASE", endType: "CYCLES_COMPLETED", cyclesCompletedDetails: { billingCycleCount: "1" } } },
      ],
    });
    expect(once).not.toHaveProperty("pricingVariants.0.billingTerms.billingCycle");
  });
});

describe("permissions, the API key and faults", () => {
  const READS: [string, unknown][] = [
    ["/bookings/v2/services/query", query()],
    [EVENTS, query()],
    [TICKETS, query()],
    [PLANS, query()],
  ];

  it("answers 403 for each catalogue the key may not read, and 200 for another", async () => {
    const denied = await startTestEmulator(undefined, { deniedCatalogues: ["events/event", "events/ticket", "pricingPlans/plan"] });
    try {
      for (const path of [EVENTS, TICKETS, PLANS]) {
        const { status, body } = await callWix(denied, "POST", path, query());
        expect(status).toBe(403);
        expect(body.details.applicationError.code).toBe("PERMISSION_DENIED");
        expect(body.message).toMatch(/no permission for Wix (Events|Pricing Plans)/);
      }
      expect((await callWix(denied, "POST", "/bookings/v2/services/query", query())).status).toBe(200);
      expect((await callWix(denied, "POST", "/stores/v1/products/query", query())).status).toBe(200);
    } finally {
      await denied.close();
    }
  });

  it("answers 403 for every catalogue, and the catalog version, with *", async () => {
    const all = await startTestEmulator(undefined, { deniedCatalogues: ["*"] });
    try {
      for (const [path, body] of [...READS, ["/stores/v1/products/query", query()], ["/stores/v1/collections/query", query()]] as [
        string,
        unknown,
      ][]) {
        expect((await callWix(all, "POST", path, body)).status).toBe(403);
      }
      expect((await callWix(all, "GET", "/stores/v3/provision/version")).status).toBe(403);
      expect((await callWix(all, "POST", PLANS, query())).body.message).toBe("The API key has no permission for Wix Pricing Plans.");
      // The merchant's writes are the dashboard's, not the key's.
      expect(
        (await callWix(all, "POST", "/stores/v1/products", { product: { name: "Still Allowed", priceData: { price: 1 } } })).status,
      ).toBe(200);
    } finally {
      await all.close();
    }
  });

  it("answers 401 without the API key", async () => {
    const { status, body } = await callWix(running, "POST", "/bookings/v2/services/query", query(), { "wix-site-id": TEST_SITE_ID });
    expect(status).toBe(401);
    expect(body.details.applicationError.code).toBe("UNAUTHENTICATED");
  });

  it("applies faults to the catalogue endpoints too", async () => {
    const faulty = await startTestEmulator({ rate503: 1, match: /\/events\/v3\/events\/query$/ });
    try {
      expect((await callWix(faulty, "POST", EVENTS, query())).status).toBe(503);
      expect((await callWix(faulty, "POST", "/bookings/v2/services/query", query())).status).toBe(200);
    } finally {
      await faulty.close();
    }
  });
});
