// The backend contract, unchanged, against the Wix gateway talking HTTP to the emulator: the same
// expectations as the embedded store. A second run with the Data Items path switched off proves
// the capability-aware refusals over the wire too.
import { afterAll, describe, expect, it } from "vitest";
import { startTestEmulator, type RunningEmulator } from "@/emulator/harness";
import { describeCouponContract } from "@/lib/testing/coupon-contract";
import { describeQueryContract } from "@/lib/testing/coupon-query-contract";

let running: Promise<RunningEmulator> | undefined;
const emulator = () => (running ??= startTestEmulator());
afterAll(async () => {
  if (running) await (await running).close();
});

describeCouponContract("Wix gateway → emulator", async () => (await emulator()).harness());
describeQueryContract("Wix gateway → emulator", async () => (await emulator()).harness());
describeQueryContract("Wix gateway, REST only → emulator", async () => (await emulator()).harness({ collectionQueries: false }));

describe("the runs above", () => {
  it("went over HTTP, through both of Wix's query paths", async () => {
    const seen = new Set(
      (await emulator()).emulator.requests.map(
        (r) => `${r.method} ${r.method === "POST" ? r.path : r.path.replace(/coupons\/[^/]+$/, "coupons/:id")}`,
      ),
    );
    expect([...seen].sort()).toEqual(
      [
        "DELETE /stores/v2/coupons/:id",
        "GET /stores/v2/coupons/:id",
        "PATCH /stores/v2/coupons/:id",
        "POST /stores/v2/bulk/coupons/create",
        "POST /stores/v2/bulk/coupons/delete",
        "POST /stores/v2/coupons",
        "POST /stores/v2/coupons/query",
        "POST /wix-data/v2/items/query",
      ].sort(),
    );
  });
});
