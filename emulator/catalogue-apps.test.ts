// The emulator's other catalogues on the wire: Bookings services, Events V3 events (no $startsWith
// on title, a default limit of 0) and ticket definitions (no $startsWith on name, pages under
// `metadata`), Pricing Plans V3 (cursor paging, PRIVATE plans). Prices are in catalogue-prices.test.ts,
// the read permissions, the API key and faults in catalogue-access.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoItems } from "@/lib/server/store/demo-catalogue";
import { EVENTS, PLANS, query, TICKETS } from "./catalogue-apps-wire";
import { startTestEmulator, type RunningEmulator } from "./harness";
import { callWix, names, violation } from "./wire-client";

let running: RunningEmulator;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(async () => {
  await running.close();
});

const wix = (method: string, path: string, body?: unknown) => callWix(running, method, path, body);

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
