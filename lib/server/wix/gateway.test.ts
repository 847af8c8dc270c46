// What the Wix gateway puts on the wire and how it reads surprises, on a recording stub fetch:
// the fieldMask, string times, which query path answers, and an unexpected shape named by field.
import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/coupons/query/query";
import { rejection } from "@/lib/testing/coupon-contract";
import { WixCouponGateway } from "./gateway";
import { Throttle } from "./throttle";

function recording(answer: (path: string) => unknown = () => ({})) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const path = new URL(url).pathname;
    sent.push({ method: init.method ?? "GET", path, body: init.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(JSON.stringify(answer(path)), { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  const gateway = new WixCouponGateway({
    apiKey: "k",
    siteId: "ab12cd",
    baseUrl: "https://wix.test",
    fetch,
    throttle: new Throttle(Infinity),
  });
  return { gateway, sent };
}

describe("WixCouponGateway on the wire", () => {
  it("is labelled by its site", () => {
    expect(recording().gateway.label).toBe("Wix site ab12…");
  });

  it("creates with times as strings", async () => {
    const { gateway, sent } = recording(() => ({ id: "new" }));
    await gateway.create({ name: "n", code: "C1", freeShipping: true, startTime: 1_714_521_600_000 });
    expect(sent).toEqual([
      {
        method: "POST",
        path: "/stores/v2/coupons",
        body: { specification: { name: "n", code: "C1", freeShipping: true, startTime: "1714521600000" } },
      },
    ]);
  });

  it("updates with PATCH and a fieldMask of the changed fields, null clearing", async () => {
    const { gateway, sent } = recording();
    await gateway.update("c1", { name: "Renamed", expirationTime: null });
    expect(sent).toEqual([
      {
        method: "PATCH",
        path: "/stores/v2/coupons/c1",
        body: { specification: { name: "Renamed", expirationTime: null }, fieldMask: "name,expirationTime" },
      },
    ]);
  });

  it("checks input before sending anything", async () => {
    const { gateway, sent } = recording();
    expect(
      (await rejection(gateway.create({ name: "n", code: "C", percentOffRate: 150, minimumSubtotal: 5, startTime: 1_714_521_600_000 })))
        .code,
    ).toBe("INVALID_ARGUMENT");
    expect((await rejection(gateway.update("c1", { type: "MoneyOff" }))).code).toBe("INVALID_ARGUMENT");
    expect(sent).toEqual([]);
  });

  it.each<[Record<string, unknown>, string[]]>([
    [{ percentOffRate: 500, usageLimit: "abc", scope: { namespace: "bookings" } }, ["percentOffRate", "usageLimit"]],
    [{ scope: { namespace: "restaurants" } }, ["scope.namespace"]],
    [{ scope: { namespace: "stores", group: { name: "product" } } }, ["scope.group.entityId"]],
    [{ expirationTime: 1_800_000_000 }, ["expirationTime"]],
    [{ code: "TWO WORDS" }, ["code"]],
    [{ buyXGetY: { x: 1, y: 0 } }, ["buyXGetY.y"]],
    [{ discountedCycleCount: 0 }, ["discountedCycleCount"]],
    [{ name: null }, ["name"]],
    [{ moneyOffAmount: 5, percentOffRate: 10 }, ["percentOffRate"]],
  ])("refuses an update with a bad value, %j, naming each field and sending nothing", async (changes, fields) => {
    const { gateway, sent } = recording();
    const error = await rejection(gateway.update("c1", changes));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.violations.map((v) => v.field).sort()).toEqual([...fields].sort());
    expect(sent).toEqual([]);
  });

  it("sends an update's values as the schema read them: a numeric-string time goes out as Wix writes it", async () => {
    const { gateway, sent } = recording();
    await gateway.update("c1", { expirationTime: "1760000000000", usageLimit: 3 });
    expect(sent[0]!.body).toEqual({
      specification: { expirationTime: "1760000000000", usageLimit: 3 },
      fieldMask: "expirationTime,usageLimit",
    });
  });

  it("queries through REST when REST can answer", async () => {
    const { gateway, sent } = recording(() => ({ coupons: [], totalResults: 0 }));
    await gateway.query(parseQuery({ filter: { code: { $startsWith: "SUM" } }, sort: [{ name: "asc" }] }));
    expect(sent.map((s) => s.path)).toEqual(["/stores/v2/coupons/query"]);
  });

  it("answers 'most used' through the Data Items API, then reads the page's coupons by id", async () => {
    const { gateway, sent } = recording((path) =>
      path.startsWith("/wix-data")
        ? { dataItems: [{ data: { _id: "b" } }, { data: { _id: "a" } }], pagingMetadata: { total: 9 } }
        : { coupons: [], totalResults: 0 },
    );
    const result = await gateway.query(parseQuery({ sort: [{ numberOfUsages: "desc" }], paging: { limit: 2 } }));
    expect(sent.map((s) => s.path)).toEqual(["/wix-data/v2/items/query", "/stores/v2/coupons/query"]);
    expect(sent[1]!.body).toEqual({
      query: { filter: JSON.stringify({ id: { $hasSome: ["b", "a"] } }), paging: { limit: 100, offset: 0 } },
    });
    expect(result.totalResults).toBe(9);
  });

  it("without the Data Items path, refuses what REST can't do, sending nothing", async () => {
    const fetch = (async () => new Response("{}")) as unknown as typeof globalThis.fetch;
    const gateway = new WixCouponGateway({ apiKey: "k", siteId: "s", fetch, collectionQueries: false, throttle: new Throttle(Infinity) });
    const error = await rejection(gateway.query(parseQuery({ sort: [{ expirationTime: "asc" }] })));
    expect(error.violations).toEqual([{ field: "sort.expirationTime", description: expect.any(String) }]);
    expect(gateway.capabilities.sortable).not.toContain("numberOfUsages");
  });

  it("names the field when Wix answers in an unexpected shape", async () => {
    const { gateway } = recording(() => ({
      coupon: { id: "c1", specification: { name: "n", code: "C", startTime: "2024-05-01", type: "MoneyOff" }, dateCreated: "1" },
    }));
    const error = await rejection(gateway.get("c1"));
    expect(error.code).toBe("INTERNAL");
    expect(error.message).toMatch(/coupon\.specification\.startTime/);
  });
});
