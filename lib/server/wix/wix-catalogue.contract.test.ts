// The catalogue contract against the Wix catalogue gateway talking HTTP to the emulator's catalogue
// endpoints (their own codec, emulator/codec/), on a Catalog V1 site and on a Catalog V3 site, and
// what a key without a permission sees.
import { afterAll, describe, expect, it } from "vitest";
import { startTestEmulator, TEST_API_KEY, TEST_SITE_ID, type RunningEmulator } from "@/emulator/harness";
import { demoItems } from "@/lib/server/store/demo-catalogue";
import { describeCatalogueContract } from "@/lib/testing/catalogue-contract";
import { Throttle } from "./throttle";
import { WixCatalogueGateway } from "./catalogue";

type EmulatorSetup = NonNullable<Parameters<typeof startTestEmulator>[1]>;

const started: RunningEmulator[] = [];
async function catalogueOf(options: EmulatorSetup = {}) {
  const running = await startTestEmulator(undefined, options);
  started.push(running);
  const catalogue = new WixCatalogueGateway({
    baseUrl: running.url,
    apiKey: TEST_API_KEY,
    siteId: TEST_SITE_ID,
    throttle: new Throttle(Number.POSITIVE_INFINITY),
  });
  return { catalogue, running };
}
afterAll(async () => {
  await Promise.all(started.map((r) => r.close()));
});

const PRODUCT = { namespace: "stores", group: "product" };
const COLLECTION = { namespace: "stores", group: "collection" };

for (const catalogVersion of ["V1_CATALOG", "V3_CATALOG"] as const) {
  let shared: ReturnType<typeof catalogueOf> | undefined;
  describeCatalogueContract(`Wix catalogue gateway → emulator, ${catalogVersion} site`, async () => ({
    catalogue: (await (shared ??= catalogueOf({ catalogVersion }))).catalogue,
  }));
}

describe("the site's catalog version", () => {
  it("is asked once, and a V3 site's products and collections come from Catalog V3 and Categories", async () => {
    const { catalogue, running } = await catalogueOf({ catalogVersion: "V3_CATALOG" });
    await catalogue.search(PRODUCT, { text: "blue" });
    await catalogue.search(COLLECTION, { text: "" });
    await catalogue.getMany(PRODUCT, [demoItems("stores", "product")[0]!.id]);
    const paths = running.emulator.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual([
      "GET /stores/v3/provision/version",
      "POST /stores/v3/products/search",
      "POST /categories/v1/categories/query",
      "POST /stores/v3/products/query",
    ]);
  });

  it("without Wix Stores on the site, no product or collection exists", async () => {
    const { catalogue } = await catalogueOf({ catalogVersion: "STORES_NOT_INSTALLED" });
    expect((await catalogue.search(PRODUCT, { text: "" })).items).toEqual([]);
    expect(await catalogue.getMany(PRODUCT, [demoItems("stores", "product")[0]!.id])).toEqual({ items: [], unknown: [] });
  });
});

describe("a key without a catalogue permission", () => {
  it("is refused with the permission to give it, and other catalogues still answer", async () => {
    const { catalogue } = await catalogueOf({ deniedCatalogues: ["stores/product"] });
    await expect(catalogue.search(PRODUCT, { text: "" })).rejects.toMatchObject({
      code: "PERMISSION_DENIED",
      message: expect.stringContaining("Wix Stores' Read Products"),
    });
    expect((await catalogue.search({ namespace: "bookings", group: "service" }, { text: "yoga" })).items.map((i) => i.name)).toEqual([
      "Yoga Class",
    ]);
  });

  it("that may read but not manage V1 products still names visible ones, and can't call a hidden one gone", async () => {
    const { catalogue } = await catalogueOf({ catalogVersion: "V1_CATALOG", productsReadOnly: true });
    const mug = demoItems("stores", "product").find((i) => i.name === "Blue Mug")!;
    const jacket = demoItems("stores", "product").find((i) => i.name === "Rain Jacket")!;
    expect(await catalogue.getMany(PRODUCT, [mug.id, jacket.id])).toEqual({
      items: [expect.objectContaining({ name: "Blue Mug" })],
      unknown: [jacket.id],
    });
    expect((await catalogue.search(PRODUCT, { text: "rain" })).items).toEqual([]);
  });
});
