// The emulator's catalog versions on the wire: Get Catalog Version, the other version's Stores reads
// refused with 428 (both without Stores), product writes on any version, and Stores permissions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type RunningEmulator } from "./harness";
import { CATEGORIES, QUERY, search, SEARCH, STORES } from "./catalogue-v3-wire";
import { callWix, names } from "./wire-client";

let v1: RunningEmulator;
let v3: RunningEmulator;
let none: RunningEmulator;
beforeAll(async () => {
  [v1, v3, none] = await Promise.all([
    startTestEmulator(),
    startTestEmulator(undefined, { catalogVersion: "V3_CATALOG" }),
    startTestEmulator(undefined, { catalogVersion: "STORES_NOT_INSTALLED" }),
  ]);
});
afterAll(async () => {
  await Promise.all([v1, v3, none].map((e) => e.close()));
});

const wix = (method: string, path: string, body?: unknown) => callWix(v3, method, path, body);

describe("catalog versions", () => {
  it("answers Get Catalog Version with the site's catalogue", async () => {
    expect(await callWix(v1, "GET", "/stores/v3/provision/version")).toEqual({ status: 200, body: { catalogVersion: "V1_CATALOG" } });
    expect((await callWix(v3, "GET", "/stores/v3/provision/version")).body).toEqual({ catalogVersion: "V3_CATALOG" });
    expect((await callWix(none, "GET", "/stores/v3/provision/version")).body).toEqual({ catalogVersion: "STORES_NOT_INSTALLED" });
  });

  it("refuses the other version's Stores reads with 428, as Wix does", async () => {
    for (const path of ["/stores/v1/products/query", "/stores/v1/collections/query"]) {
      const { status, body } = await callWix(v3, "POST", path, { query: {} });
      expect(status).toBe(428);
      expect(body).toEqual({
        message: "Endpoint belongs to CATALOG_V1, but your site is using CATALOG_V3.",
        details: {
          applicationError: {
            code: "CATALOG_V3_CALLING_CATALOG_V1_API",
            description: "Endpoint belongs to CATALOG_V1, but your site is using CATALOG_V3.",
            data: {},
          },
        },
      });
    }
    for (const [path, body] of [
      [SEARCH, { search: {} }],
      [QUERY, { query: {} }],
      [CATEGORIES, { query: {}, treeReference: { appNamespace: STORES } }],
    ] as const) {
      const refused = await callWix(v1, "POST", path, body);
      expect(refused.status).toBe(428);
      expect(refused.body.details.applicationError.code).toBe("CATALOG_V1_CALLING_CATALOG_V3_API");
    }
  });

  it("refuses both versions without Stores, and still serves the other apps", async () => {
    for (const path of ["/stores/v1/products/query", "/stores/v1/collections/query", SEARCH, QUERY, CATEGORIES]) {
      const { status, body } = await callWix(none, "POST", path, { query: {}, treeReference: { appNamespace: STORES } });
      expect(status).toBe(428);
      expect(body.details.applicationError.code).toBe("STORES_NOT_INSTALLED");
    }
    expect((await callWix(none, "POST", "/bookings/v2/services/query", { query: {} })).status).toBe(200);
  });

  it("keeps the merchant's product writes working on any version", async () => {
    for (const on of [v3, none]) {
      const created = await callWix(on, "POST", "/stores/v1/products", { product: { name: "Quilted Tea Cosy", priceData: { price: 14 } } });
      expect(created.status).toBe(200);
      expect((await callWix(on, "DELETE", `/stores/v1/products/${created.body.product.id}`)).status).toBe(200);
    }
    const created = await wix("POST", "/stores/v1/products", { product: { name: "Felt Coaster Set", priceData: { price: 9 } } });
    expect(names((await wix("POST", SEARCH, search("coaster"))).body.products)).toEqual(["Felt Coaster Set"]);
    await wix("DELETE", `/stores/v1/products/${created.body.product.id}`);
  });
});

describe("Stores permissions", () => {
  it("refuses the version and V3 product reads without Stores' product permission, categories without the collection one", async () => {
    const denied = await startTestEmulator(undefined, { catalogVersion: "V3_CATALOG", deniedCatalogues: ["stores/product"] });
    const noCollections = await startTestEmulator(undefined, { catalogVersion: "V3_CATALOG", deniedCatalogues: ["stores/collection"] });
    try {
      for (const [method, path, body] of [
        ["GET", "/stores/v3/provision/version", undefined],
        ["POST", SEARCH, { search: {} }],
        ["POST", QUERY, { query: {} }],
      ] as const) {
        const refused = await callWix(denied, method, path, body);
        expect(refused.status).toBe(403);
        expect(refused.body.message).toBe("The API key has no permission for Wix Stores.");
      }
      expect((await callWix(denied, "POST", CATEGORIES, { treeReference: { appNamespace: STORES } })).status).toBe(200);
      expect((await callWix(noCollections, "POST", CATEGORIES, { treeReference: { appNamespace: STORES } })).status).toBe(403);
      expect((await callWix(noCollections, "GET", "/stores/v3/provision/version")).status).toBe(200);
    } finally {
      await denied.close();
      await noCollections.close();
    }
  });
});
