// The other apps' catalogues behind the key: 403 for a catalogue it may not read (all with *), 401
// without the key, and faults on the catalogue endpoints too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENTS, PLANS, query, TICKETS } from "./catalogue-apps-wire";
import { startTestEmulator, TEST_SITE_ID, type RunningEmulator } from "./harness";
import { callWix } from "./wire-client";

let running: RunningEmulator;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(async () => {
  await running.close();
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
