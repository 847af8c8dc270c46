import "server-only";
// For tests: an emulator in this process on a free port over a fresh in-memory store with the demo
// catalogue, and Wix gateways pointed at it. `redeem` goes to the store directly, since Wix has no
// API for recording uses.
import type { ContractHarness } from "@/lib/testing/coupon-contract";
import { demoItems } from "@/lib/server/store/demo-catalogue";
import { memoryStore } from "@/lib/testing/store-harness";
import { WixCouponGateway, type WixGatewayOptions } from "@/lib/server/wix/gateway";
import { Throttle } from "@/lib/server/wix/throttle";
import { createEmulator, type Emulator } from "./server";
import type { FaultOptions } from "./faults";
import type { CatalogVersion } from "./codec/catalogue";

export const TEST_API_KEY = "test-key-0123456789";
export const TEST_SITE_ID = "e2e0c0de-site-0000-0000-000000000000";

export interface RunningEmulator {
  emulator: Emulator;
  url: string;
  /** A gateway to this emulator; no throttle unless one is given, so suites run at full speed. */
  gateway(options?: Partial<WixGatewayOptions>): WixCouponGateway;
  harness(options?: Partial<WixGatewayOptions>): ContractHarness;
  close(): Promise<void>;
}

export interface TestEmulatorOptions {
  /** false: a key without the Read Data Items permission. */
  dataItems?: boolean;
  /** Catalogues the key may not read ("stores/product", "events/event", … or "*"), answered 403. */
  deniedCatalogues?: string[];
  /** The site's Stores catalogue: "V1_CATALOG" (default), "V3_CATALOG" or "STORES_NOT_INSTALLED". */
  catalogVersion?: CatalogVersion;
  /** A key with Read Products but not Manage Products. */
  productsReadOnly?: boolean;
}

export async function startTestEmulator(faults?: FaultOptions, options: TestEmulatorOptions = {}): Promise<RunningEmulator> {
  const store = memoryStore();
  const emulator = createEmulator({ store, apiKey: TEST_API_KEY, faults, ...options });
  const url = await emulator.listen(0);
  const gateway = (options: Partial<WixGatewayOptions> = {}) =>
    new WixCouponGateway({
      baseUrl: url,
      apiKey: TEST_API_KEY,
      siteId: TEST_SITE_ID,
      throttle: new Throttle(Number.POSITIVE_INFINITY),
      ...options,
    });
  return {
    emulator,
    url,
    gateway,
    harness: (options) => ({
      gateway: gateway(options),
      redeem: async (id, uses) => void store.recordRedemption(id, uses),
      entityId: (namespace, group) => demoItems(namespace, group)[0]!.id,
    }),
    close: async () => {
      await emulator.close();
    },
  };
}
