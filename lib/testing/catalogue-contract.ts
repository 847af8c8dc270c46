// The catalogue contract: what every CatalogueGateway must do, run against the embedded catalogue
// and against the Wix catalogue gateway talking to the emulator. Both serve the demo catalogue
// (lib/server/store/demo-catalogue.ts), so the expectations name its items.
import { describe, expect, it } from "vitest";
import type { CatalogueGateway, ItemKind } from "@/lib/coupons/domain/catalogue";
import { ITEM_KINDS } from "@/lib/coupons/domain/catalogue";
import { isCouponError } from "@/lib/coupons/domain/errors";
import { demoItems } from "@/lib/server/store/demo-catalogue";

export interface CatalogueHarness {
  catalogue: CatalogueGateway;
}

const PRODUCT: ItemKind = { namespace: "stores", group: "product" };

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isCouponError(error) ? error.code : `not a CouponError: ${String(error)}`;
  }
  return "answered";
}

export function describeCatalogueContract(name: string, makeHarness: () => Promise<CatalogueHarness>) {
  describe(`catalogue contract: ${name}`, () => {
    it("finds a product by the start of its name, in any case, and names it with its price", async () => {
      const { catalogue } = await makeHarness();
      const page = await catalogue.search(PRODUCT, { text: "linen t" });
      expect(page.items.map((i) => i.name)).toEqual(["Linen Tote Bag"]);
      expect(page.items[0]).toMatchObject({
        namespace: "stores",
        group: "product",
        id: demoItems("stores", "product")[1]!.id,
        formattedPrice: "$24.00",
      });
      expect(page.nextCursor).toBeUndefined();
    });

    it("lists every kind of item by name, a page at a time", async () => {
      const { catalogue } = await makeHarness();
      for (const kind of ITEM_KINDS) {
        const all = await catalogue.search(kind, { text: "", limit: 50 });
        expect(
          all.items.map((i) => i.name),
          `${kind.namespace}/${kind.group}`,
        ).toEqual(
          demoItems(kind.namespace, kind.group)
            .map((i) => i.name)
            .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
        );
      }
      const first = await catalogue.search(PRODUCT, { text: "", limit: 5 });
      expect(first.items).toHaveLength(5);
      expect(first.nextCursor).toBeDefined();
      const second = await catalogue.search(PRODUCT, { text: "", limit: 5, cursor: first.nextCursor });
      const all = (await catalogue.search(PRODUCT, { text: "", limit: 50 })).items;
      expect([...first.items, ...second.items].map((i) => i.id)).toEqual(
        all.slice(0, first.items.length + second.items.length).map((i) => i.id),
      );
    });

    it("looks up many items by id in one call, leaving out ids that name nothing", async () => {
      const { catalogue } = await makeHarness();
      const [mug, tote] = demoItems("stores", "product");
      const found = await catalogue.getMany(PRODUCT, [tote!.id, "no-such-product", mug!.id, tote!.id]);
      expect(found.items.map((i) => i.name).sort()).toEqual(["Blue Mug", "Linen Tote Bag"]);
      expect(await catalogue.getMany(PRODUCT, ["no-such-product"])).toEqual({ items: [], unknown: [] });
    });

    it("tells what a merchant needs to know of an item: hidden, how long, when", async () => {
      const { catalogue } = await makeHarness();
      const [jacket] = (await catalogue.search(PRODUCT, { text: "rain" })).items;
      expect(jacket).toMatchObject({ name: "Rain Jacket", hidden: true });
      const [yoga] = (await catalogue.search({ namespace: "bookings", group: "service" }, { text: "yoga" })).items;
      expect(yoga).toMatchObject({ name: "Yoga Class", durationMinutes: 60, formattedPrice: "$20.00" });
      const [market] = (await catalogue.search({ namespace: "events", group: "event" }, { text: "autumn" })).items;
      expect(market!.endsAt).toBeLessThan(Date.now());
      const [gala] = (await catalogue.search({ namespace: "events", group: "event" }, { text: "summer" })).items;
      expect(gala!.startsAt).toBeGreaterThan(Date.now());
      const [starter] = (await catalogue.search({ namespace: "pricingPlans", group: "plan" }, { text: "starter" })).items;
      expect(starter).toMatchObject({ hidden: true });
      expect(starter!.formattedPrice).toMatch(/^\$9\.00/);
    });

    it("gives prices as numbers, and a plan's payment cycles, for the code checker", async () => {
      const { catalogue } = await makeHarness();
      const [mug] = (await catalogue.search(PRODUCT, { text: "blue mug" })).items;
      expect(mug!.price).toEqual({ amount: 18, currency: "USD" });
      const plans = (await catalogue.search({ namespace: "pricingPlans", group: "plan" }, { text: "", limit: 50 })).items;
      const byName = (name: string) => plans.find((p) => p.name === name);
      expect(byName("Coaching Year")).toMatchObject({
        price: { amount: 25, currency: "USD" },
        billing: { every: 1, unit: "MONTH", cycles: 12 },
      });
      expect(byName("Monthly Membership")!.billing).toEqual({ every: 1, unit: "MONTH" });
      expect(byName("Annual Membership")!.billing).toEqual({ every: 1, unit: "YEAR" });
    });

    it("refuses a kind of item no coupon can point at, and too many ids at once", async () => {
      const { catalogue } = await makeHarness();
      expect(await refusal(catalogue.search({ namespace: "stores", group: "ticket" }, { text: "" }))).toBe("INVALID_ARGUMENT");
      expect(
        await refusal(
          catalogue.getMany(
            PRODUCT,
            Array.from({ length: 101 }, (_, i) => `p-${i}`),
          ),
        ),
      ).toBe("INVALID_ARGUMENT");
    });
  });
}
