import { describe, expect, it } from "vitest";
import { CouponError } from "@/lib/coupons/domain/errors";
import { memoryStore } from "@/lib/testing/store-harness";
import { StoreCatalogueGateway } from "../store/store-catalogue";
import { demoItems } from "../store/demo-catalogue";
import { ItemLookUp } from "./look-up";
import { sweep, type SweepEvent } from "./scope-health";

const DAY = 86_400_000;

async function run(events: AsyncGenerator<SweepEvent>): Promise<SweepEvent[]> {
  const all: SweepEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe("the Needs attention sweep", () => {
  it("lists live and scheduled coupons whose item is gone, hidden or over, and only those", async () => {
    const store = memoryStore();
    const products = demoItems("stores", "product");
    const [mug, tote] = products;
    const jacket = products.find((p) => p.name === "Rain Jacket")!;
    const market = demoItems("events", "event").find((e) => e.name === "Autumn Market")!;
    const start = Date.now() - DAY;
    const make = (code: string, scope: object, extra: object = {}) =>
      store.create({ name: code, code, percentOffRate: 10, startTime: start, scope, ...extra });
    await make("GONE1", { namespace: "stores", group: { name: "product", entityId: tote!.id } });
    await make("HIDDEN1", { namespace: "stores", group: { name: "product", entityId: jacket.id } });
    await make("ENDED1", { namespace: "events", group: { name: "event", entityId: market.id } });
    await make("LATER1", { namespace: "stores", group: { name: "product", entityId: jacket.id } }, { startTime: Date.now() + DAY });
    await make("FINE1", { namespace: "stores", group: { name: "product", entityId: mug!.id } });
    await make("ALLSHOP1", { namespace: "stores" });
    await make("OFF1", { namespace: "stores", group: { name: "product", entityId: jacket.id } }, { active: false });
    store.catalogue.remove({ namespace: "stores", group: "product" }, tote!.id);

    const lookUp = new ItemLookUp(() => new StoreCatalogueGateway(store.catalogue));
    const events = await run(sweep({ gateway: store, lookUp, timeZone: "UTC", currency: "USD" }));
    const done = events.at(-1)!;
    if (done.type !== "done") throw new Error("the sweep didn't finish");
    expect(done.rows.map((r) => [r.code, r.status, r.reason])).toEqual([
      ["ENDED1", "Active", expect.stringMatching(/^The event ended on .* \(UTC\)\.$/)],
      ["GONE1", "Active", "The product was deleted from the site."],
      ["HIDDEN1", "Active", "The product is hidden from customers."],
      ["LATER1", "Scheduled", "The product is hidden from customers."],
    ]);
    expect(done.rows.find((r) => r.code === "HIDDEN1")?.appliesTo).toBe("Product: Rain Jacket");
    expect(done.couponsChecked).toBe(6);
    // One page of coupons, then one look-up per kind of item: products and events.
    expect(done.calls).toBe(3);
    expect(events.filter((e) => e.type === "progress").map((e) => e.type === "progress" && e.phase)).toEqual(["coupons", "items", "items"]);
    expect(done.unchecked).toEqual([]);
  });

  it("counts the coupons whose item couldn't be checked, by kind, and flags none of them", async () => {
    const store = memoryStore();
    const [mug] = demoItems("stores", "product");
    const [yoga] = demoItems("bookings", "service");
    const start = Date.now() - DAY;
    await store.create({
      name: "A",
      code: "UNSEEN1",
      percentOffRate: 10,
      startTime: start,
      scope: { namespace: "stores", group: { name: "product", entityId: mug!.id } },
    });
    await store.create({
      name: "B",
      code: "UNSEEN2",
      percentOffRate: 10,
      startTime: start,
      scope: { namespace: "stores", group: { name: "product", entityId: "hidden-or-gone" } },
    });
    await store.create({
      name: "C",
      code: "REFUSED1",
      percentOffRate: 10,
      startTime: start,
      scope: { namespace: "bookings", group: { name: "service", entityId: yoga!.id } },
    });
    const real = new StoreCatalogueGateway(store.catalogue);
    // A Catalog V1 key that can't see hidden products, and no Bookings permission at all.
    const lookUp = new ItemLookUp(() => ({
      search: real.search.bind(real),
      getMany: async (kind, ids) => {
        if (kind.group === "service") throw new CouponError("PERMISSION_DENIED", "refused");
        const answer = await real.getMany(kind, ids);
        return { items: answer.items, unknown: ids.filter((id) => !answer.items.some((i) => i.id === id)) };
      },
    }));
    const done = (await run(sweep({ gateway: store, lookUp, timeZone: "UTC", currency: "USD" }))).at(-1)!;
    if (done.type !== "done") throw new Error("the sweep didn't finish");
    expect(done.rows).toEqual([]);
    expect(done.unchecked).toEqual(
      expect.arrayContaining([
        { group: "product", coupons: 1 },
        { group: "service", coupons: 1 },
      ]),
    );
  });
});
