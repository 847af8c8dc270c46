// The emulator's catalogue endpoints on the wire, as any Wix client sees them: Catalog V1 products
// and collections (filter as a JSON string), Bookings services, Events events and tickets, Pricing
// Plans plans; name-prefix search, look-up by ids, paging limits, refused filters, the merchant's
// product writes, missing read permissions and the API-key check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoItems } from "@/lib/server/store/demo-catalogue";
import { startTestEmulator, TEST_API_KEY, TEST_SITE_ID, type RunningEmulator } from "./harness";

let running: RunningEmulator;
let denying: RunningEmulator;
beforeAll(async () => {
  running = await startTestEmulator();
  denying = await startTestEmulator(undefined, { deniedCatalogues: ["stores/product", "events/event"] });
});
afterAll(async () => {
  await running.close();
  await denying.close();
});

const AUTH = { Authorization: TEST_API_KEY, "wix-site-id": TEST_SITE_ID };

async function wix(method: string, path: string, body?: unknown, options: { headers?: Record<string, string>; on?: RunningEmulator } = {}) {
  const response = await fetch(`${(options.on ?? running).url}${path}`, {
    method,
    headers: { ...(options.headers ?? AUTH), ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const query = (filter?: unknown, paging: Record<string, unknown> = {}) => ({ query: { ...(filter === undefined ? {} : { filter }), paging } });
const names = (list: { name?: string; title?: string }[]) => list.map((i) => i.name ?? i.title);

describe("products (Catalog V1)", () => {
  it("finds products by name prefix, any case, in Wix's product shape", async () => {
    const { status, body } = await wix("POST", "/stores/v1/products/query", query({ name: { $startsWith: "blue" } }));
    expect(status).toBe(200);
    expect(body).toEqual({
      products: [
        {
          id: demoItems("stores", "product")[0]!.id,
          name: "Blue Mug",
          visible: true,
          productType: "physical",
          price: { currency: "USD", price: 18, formatted: { price: "$18.00" } },
        },
      ],
      metadata: { items: 1, offset: 0 },
      totalResults: 1,
    });
  });

  it("takes filter and sort as JSON strings, as Catalog V1 sends them", async () => {
    const { status, body } = await wix("POST", "/stores/v1/products/query", {
      query: { filter: JSON.stringify({ name: { $startsWith: "Linen" } }), sort: JSON.stringify([{ name: "asc" }]), paging: { limit: 10, offset: 0 } },
    });
    expect(status).toBe(200);
    expect(names(body.products)).toEqual(["Linen Tote Bag"]);
  });

  it("looks products up by ids with $in, $eq or a plain id", async () => {
    const [mug, tote, vase] = demoItems("stores", "product");
    const byIn = await wix("POST", "/stores/v1/products/query", query({ id: { $in: [vase!.id, mug!.id, "no-such-id"] } }));
    expect(byIn.status).toBe(200);
    expect(byIn.body.products.map((p: { id: string }) => p.id).sort()).toEqual([mug!.id, vase!.id].sort());
    expect(byIn.body.totalResults).toBe(2);
    for (const filter of [{ id: tote!.id }, { id: { $eq: tote!.id } }]) {
      const { body } = await wix("POST", "/stores/v1/products/query", query(JSON.stringify(filter)));
      expect(names(body.products)).toEqual(["Linen Tote Bag"]);
    }
  });

  it("lists all products by name, paged, with the total; a hidden one is visible: false", async () => {
    const all = await wix("POST", "/stores/v1/products/query", { query: {} });
    const count = demoItems("stores", "product").length;
    expect(all.body.totalResults).toBe(count);
    const listed = names(all.body.products) as string[];
    expect(listed).toEqual([...listed].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(all.body.products.find((p: { name: string }) => p.name === "Rain Jacket")).toMatchObject({ visible: false });

    const page = await wix("POST", "/stores/v1/products/query", query(undefined, { limit: 3, offset: 2 }));
    expect(names(page.body.products)).toEqual(listed.slice(2, 5));
    expect(page.body.metadata).toEqual({ items: 3, offset: 2 });
    expect(page.body.totalResults).toBe(count);
  });

  it("refuses a limit over 100 and a filter it doesn't know, naming the field", async () => {
    const tooMany = await wix("POST", "/stores/v1/products/query", query(undefined, { limit: 101 }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details.validationError.fieldViolations[0]).toMatchObject({ field: "query.paging.limit" });

    const badFilter = await wix("POST", "/stores/v1/products/query", query(JSON.stringify({ sku: "MUG-1" })));
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.details.validationError.fieldViolations[0]).toMatchObject({ field: "filter.sku" });

    const badOperator = await wix("POST", "/stores/v1/products/query", query({ name: { $contains: "Mug" } }));
    expect(badOperator.status).toBe(400);
    expect(badOperator.body.details.validationError.fieldViolations[0]).toMatchObject({ field: "filter.name" });

    const notJson = await wix("POST", "/stores/v1/products/query", query("{name:"));
    expect(notJson.status).toBe(400);
  });

  it("creates a product that search then finds, and deletes it", async () => {
    const created = await wix("POST", "/stores/v1/products", { product: { name: "Zebra Print Apron", priceData: { price: 31.5 } } });
    expect(created.status).toBe(200);
    expect(created.body.product).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "Zebra Print Apron",
      visible: true,
      productType: "physical",
      price: { currency: "USD", price: 31.5, formatted: { price: "$31.50" } },
    });
    const id = created.body.product.id as string;

    const found = await wix("POST", "/stores/v1/products/query", query(JSON.stringify({ name: { $startsWith: "zebra" } })));
    expect(found.body.products.map((p: { id: string }) => p.id)).toEqual([id]);

    expect(await wix("DELETE", `/stores/v1/products/${id}`)).toEqual({ status: 200, body: {} });
    const gone = await wix("POST", "/stores/v1/products/query", query({ id: { $in: [id] } }));
    expect(gone.body).toMatchObject({ products: [], totalResults: 0 });
    expect((await wix("DELETE", `/stores/v1/products/${id}`)).status).toBe(404);
  });

  it("refuses a product with no name", async () => {
    const { status, body } = await wix("POST", "/stores/v1/products", { product: { priceData: { price: 5 } } });
    expect(status).toBe(400);
    expect(body.details.validationError.fieldViolations[0]).toMatchObject({ field: "product.name" });
  });

  it("hides a product with PATCH visible: false, and answers 404 for an unknown id", async () => {
    const { body: created } = await wix("POST", "/stores/v1/products", { product: { name: "Patch Me Planter", priceData: { price: 12 } } });
    const id = created.product.id as string;
    const patched = await wix("PATCH", `/stores/v1/products/${id}`, { product: { visible: false } });
    expect(patched.status).toBe(200);
    expect(patched.body.product).toMatchObject({ id, name: "Patch Me Planter", visible: false, price: { price: 12 } });
    const { body } = await wix("POST", "/stores/v1/products/query", query({ id: { $eq: id } }));
    expect(body.products[0]).toMatchObject({ visible: false });

    const renamed = await wix("PATCH", `/stores/v1/products/${id}`, { product: { name: "Patched Planter", visible: true } });
    expect(renamed.body.product).toMatchObject({ name: "Patched Planter", visible: true });

    const missing = await wix("PATCH", "/stores/v1/products/no-such-product", { product: { visible: false } });
    expect(missing.status).toBe(404);
    expect(missing.body.details.applicationError.code).toBe("NOT_FOUND");
  });
});

describe("the other catalogues", () => {
  it("answers collections in Catalog V1's shape", async () => {
    const { status, body } = await wix("POST", "/stores/v1/collections/query", query(JSON.stringify({ name: { $startsWith: "Summer" } })));
    expect(status).toBe(200);
    expect(body).toEqual({ collections: [{ id: demoItems("stores", "collection")[0]!.id, name: "Summer Collection", visible: true }], metadata: { items: 1, offset: 0 }, totalResults: 1 });
  });

  it("answers services with a fixed price and the session length", async () => {
    const { status, body } = await wix("POST", "/bookings/v2/services/query", query({ name: { $startsWith: "Yoga" } }));
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

  it("answers events with a title, ISO dates and a status: the Autumn Market is over", async () => {
    const { status, body } = await wix("POST", "/events/v3/events/query", query({}));
    expect(status).toBe(200);
    expect(body.pagingMetadata).toEqual({ count: 4, offset: 0, total: 4 });
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
    for (const event of body.events) {
      expect(event).toEqual({ id: expect.any(String), title: expect.any(String), status: expect.any(String), dateAndTimeSettings: { startDate: expect.stringMatching(iso), endDate: expect.stringMatching(iso) } });
    }
    const byTitle = Object.fromEntries(body.events.map((e: { title: string; status: string }) => [e.title, e.status]));
    expect(byTitle).toMatchObject({ "Autumn Market": "ENDED", "Summer Gala": "UPCOMING", "Jazz Night": "UPCOMING" });

    const title = await wix("POST", "/events/v3/events/query", query({ title: { $startsWith: "autumn" } }));
    expect(title.body.events).toHaveLength(1);
    // Events name the field title: a name filter is one it doesn't have.
    expect((await wix("POST", "/events/v3/events/query", query({ name: { $startsWith: "Jazz" } }))).status).toBe(400);
  });

  it("refuses a filter sent as a string to the newer APIs", async () => {
    const { status, body } = await wix("POST", "/events/v3/events/query", query(JSON.stringify({})));
    expect(status).toBe(400);
    expect(body.details.validationError.fieldViolations[0]).toMatchObject({ field: "query.filter" });
  });

  it("answers ticket definitions and plans with their prices", async () => {
    const tickets = await wix("POST", "/events/v3/ticket-definitions/query", query({ name: { $startsWith: "VIP" } }));
    expect(tickets.body).toEqual({
      ticketDefinitions: [{ id: demoItems("events", "ticket")[1]!.id, name: "VIP · Summer Gala", hidden: false, pricingMethod: { fixedPrice: { value: "120.00", currency: "USD" } } }],
      pagingMetadata: { count: 1, offset: 0, total: 1 },
    });

    const plans = await wix("POST", "/pricing-plans/v2/plans/query", query({ id: { $in: demoItems("pricingPlans", "plan").map((p) => p.id) } }));
    expect(plans.status).toBe(200);
    expect(plans.body.plans).toEqual([
      { id: expect.any(String), name: "Annual Membership", public: true, archived: false, pricing: { price: { value: "190.00", currency: "USD" } } },
      { id: expect.any(String), name: "Monthly Membership", public: true, archived: false, pricing: { price: { value: "19.00", currency: "USD" } } },
      { id: expect.any(String), name: "Starter Plan", public: false, archived: false, pricing: { price: { value: "9.00", currency: "USD" } } },
    ]);
    expect(plans.body.pagingMetadata).toEqual({ count: 3, offset: 0, total: 3 });
  });
});

describe("permissions and the API key", () => {
  it("answers 403 for a catalogue the key may not read, and 200 for another", async () => {
    for (const path of ["/stores/v1/products/query", "/events/v3/events/query"]) {
      const { status, body } = await wix("POST", path, query(), { on: denying });
      expect(status).toBe(403);
      expect(body.details.applicationError.code).toBe("PERMISSION_DENIED");
      expect(body.message).toMatch(/no permission for Wix (Stores|Events)/);
    }
    expect((await wix("POST", "/stores/v1/collections/query", query(), { on: denying })).status).toBe(200);
    expect((await wix("POST", "/bookings/v2/services/query", query(), { on: denying })).status).toBe(200);
  });

  it("answers 403 for every catalogue with *", async () => {
    const all = await startTestEmulator(undefined, { deniedCatalogues: ["*"] });
    try {
      const { status, body } = await wix("POST", "/pricing-plans/v2/plans/query", query(), { on: all });
      expect(status).toBe(403);
      expect(body.message).toBe("The API key has no permission for Wix Pricing Plans.");
    } finally {
      await all.close();
    }
  });

  it("answers 401 without the API key", async () => {
    const { status, body } = await wix("POST", "/bookings/v2/services/query", query(), { headers: { "wix-site-id": TEST_SITE_ID } });
    expect(status).toBe(401);
    expect(body.details.applicationError.code).toBe("UNAUTHENTICATED");
  });

  it("applies faults to the catalogue endpoints too", async () => {
    const faulty = await startTestEmulator({ rate503: 1, match: /\/events\/v3\/events\/query$/ });
    try {
      expect((await wix("POST", "/events/v3/events/query", query(), { on: faulty })).status).toBe(503);
      expect((await wix("POST", "/bookings/v2/services/query", query(), { on: faulty })).status).toBe(200);
    } finally {
      await faulty.close();
    }
  });
});
