// A key with Manage Coupons but not Read Data Items: Wix refuses the collection query, so the
// gateway says why once, then offers only what REST answers (the table drops "Most used" and
// "Expiring soon" instead of failing on them), and tries the collection again later.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canSort } from "@/lib/coupons/domain/capabilities";
import { parseQuery } from "@/lib/coupons/query/query";
import { allowancesFor } from "@/lib/coupons/table/allowances";
import { rejection } from "@/lib/testing/coupon-contract";
import { startTestEmulator, type RunningEmulator } from "@/emulator/harness";
import { COLLECTION_REFUSED_MESSAGE, COLLECTION_RETRY_AFTER_MS } from "./gateway";
import { realClock } from "./throttle";

let running: RunningEmulator;
beforeAll(async () => {
  running = await startTestEmulator(undefined, { dataItems: false });
});
afterAll(async () => running.close());

describe("Data Items refused by Wix", () => {
  it("says why once, then offers only REST's sorts and filters, and tries again later", async () => {
    let now = 1_900_000_000_000;
    const gateway = running.gateway({ clock: { now: () => now, sleep: realClock.sleep } });
    for (let i = 0; i < 3; i++) await gateway.create({ name: `Refused ${i}`, code: `REFUSED${i}`, freeShipping: true, startTime: now });
    const mostUsed = parseQuery({ sort: [{ numberOfUsages: "desc" }], paging: { limit: 5 } });
    expect(canSort(gateway.capabilities, "numberOfUsages")).toBe(true);

    const error = await rejection(gateway.query(mostUsed));
    expect(error.code).toBe("FAILED_PRECONDITION");
    expect(error.message).toBe(COLLECTION_REFUSED_MESSAGE);

    // The table built from these capabilities no longer offers the views.
    const allow = allowancesFor(gateway.capabilities);
    expect(allow.sortable).not.toContain("numberOfUsages");
    expect(allow.ranges.expirationTime).toBeUndefined();
    // What REST answers still works, and a query it can't is refused without calling Wix.
    const calls = running.emulator.requests.length;
    expect(
      (await gateway.query(parseQuery({ sort: [{ code: "asc" }], paging: { limit: 5 } }))).items.map((c) => c.specification.code),
    ).toEqual(["REFUSED0", "REFUSED1", "REFUSED2"]);
    expect((await rejection(gateway.query(mostUsed))).code).toBe("INVALID_ARGUMENT");
    expect(running.emulator.requests.slice(calls).map((r) => r.path)).toEqual(["/stores/v2/coupons/query"]);

    now += COLLECTION_RETRY_AFTER_MS;
    expect(canSort(gateway.capabilities, "numberOfUsages")).toBe(true);
  });
});
