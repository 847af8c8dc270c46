// The catalogue contract against the Wix catalogue gateway talking HTTP to the emulator's catalogue
// endpoints (their own codec, emulator/codec/catalogue.ts), and what a key without a permission sees.
import { afterAll, describe, expect, it } from "vitest";
import { startTestEmulator, TEST_API_KEY, TEST_SITE_ID, type RunningEmulator } from "@/emulator/harness";
import { describeCatalogueContract } from "@/lib/testing/catalogue-contract";
import { Throttle } from "./throttle";
import { WixCatalogueGateway } from "./catalogue";

const started: RunningEmulator[] = [];
async function catalogueOf(options: { deniedCatalogues?: string[] } = {}) {
  const running = await startTestEmulator(undefined, options);
  started.push(running);
  return new WixCatalogueGateway({ baseUrl: running.url, apiKey: TEST_API_KEY, siteId: TEST_SITE_ID, throttle: new Throttle(Number.POSITIVE_INFINITY) });
}
afterAll(async () => {
  await Promise.all(started.map((r) => r.close()));
});

let shared: Promise<WixCatalogueGateway> | undefined;
describeCatalogueContract("Wix catalogue gateway → emulator", async () => ({ catalogue: await (shared ??= catalogueOf()) }));

describe("a key without a catalogue permission", () => {
  it("is refused with the permission to give it, and other catalogues still answer", async () => {
    const catalogue = await catalogueOf({ deniedCatalogues: ["stores/product"] });
    await expect(catalogue.search({ namespace: "stores", group: "product" }, { text: "" })).rejects.toMatchObject({
      code: "PERMISSION_DENIED",
      message: expect.stringContaining("Wix Stores' Read Products"),
    });
    expect((await catalogue.search({ namespace: "bookings", group: "service" }, { text: "yoga" })).items.map((i) => i.name)).toEqual(["Yoga Class"]);
  });
});
