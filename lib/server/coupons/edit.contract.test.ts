// The edit contract on both backends: the embedded store, and the Wix gateway over HTTP to the
// emulator, where the PATCH's fieldMask is read off the wire.
import { afterAll } from "vitest";
import { startTestEmulator, type RunningEmulator } from "@/emulator/harness";
import { writableSpecification, type Coupon } from "@/lib/coupons/domain/model";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import type { CouponUpdate } from "@/lib/coupons/domain/update";
import { describeEditContract, type EditHarness } from "@/lib/testing/edit-contract";
import { updateCouponChecked } from "./checked-writes";
import { revisionOf } from "./revision";
import type { SqliteCouponStore } from "../store/coupon-store";
import { memoryStore } from "@/lib/testing/store-harness";

function harness(gateway: CouponGateway, store: SqliteCouponStore, lastFieldMask: () => string | null): EditHarness {
  return {
    gateway,
    insertAsStored: async (spec) => store.insertAsStored(spec).id,
    save: async (id: string, changes: CouponUpdate, expectedRevision: string) =>
      void (await updateCouponChecked(gateway, { id, changes, expectedRevision })),
    revisionOf: (coupon: Coupon) => revisionOf(writableSpecification(coupon.specification)),
    lastFieldMask,
  };
}

describeEditContract("embedded store", async () => {
  const store = memoryStore();
  return harness(store, store, () => null);
});

let running: Promise<RunningEmulator> | undefined;
const emulator = () => (running ??= startTestEmulator());
afterAll(async () => {
  if (running) await (await running).close();
});

describeEditContract("Wix gateway → emulator", async () => {
  const { emulator: server, gateway } = await emulator();
  const lastFieldMask = () => {
    const patch = server.requests.findLast((r) => r.method === "PATCH");
    return patch ? String(patch.body?.fieldMask ?? "") : "";
  };
  return harness(gateway(), server.store, lastFieldMask);
});
