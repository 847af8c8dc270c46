import { describe, expect, it } from "vitest";
import type { CatalogueGateway, CatalogueItem, ItemKind } from "@/lib/coupons/domain/catalogue";
import { CouponError } from "@/lib/coupons/domain/errors";
import { ItemLookUp, refKey, type ItemRef } from "./look-up";

/**
 * A catalogue of `n` products that counts the calls it gets and can refuse a kind; ids from
 * `unseenFrom` on are ones it can't see (as Catalog V1 can't see hidden products for some keys).
 */
function countingCatalogue(products: number, refuse?: string, unseenFrom = Number.POSITIVE_INFINITY) {
  const asked: { kind: string; ids: number }[] = [];
  const catalogue: CatalogueGateway = {
    search: async () => ({ items: [] }),
    getMany: async (kind: ItemKind, ids: readonly string[]) => {
      asked.push({ kind: kind.group, ids: ids.length });
      if (kind.group === refuse) throw new CouponError("PERMISSION_DENIED", "no permission");
      const n = (id: string) => Number(id.slice(1));
      return {
        items: ids.filter((id) => n(id) < Math.min(products, unseenFrom)).map((id): CatalogueItem => ({ ...kind, id, name: `Item ${id}` })),
        unknown: ids.filter((id) => n(id) >= unseenFrom),
      };
    },
  };
  return { catalogue, asked };
}

const product = (n: number): ItemRef => ({ namespace: "stores", group: "product", id: `p${n}` });
const service = (n: number): ItemRef => ({ namespace: "bookings", group: "service", id: `p${n}` });

describe("the item look-up", () => {
  it("asks once per kind of item for a page of 100 coupons, never once per row", async () => {
    const { catalogue, asked } = countingCatalogue(1_000);
    const lookUp = new ItemLookUp(() => catalogue);
    const refs = [...Array.from({ length: 80 }, (_, i) => product(i % 40)), ...Array.from({ length: 20 }, (_, i) => service(i))];
    const found = await lookUp.find(refs);
    expect(asked).toEqual([
      { kind: "product", ids: 40 },
      { kind: "service", ids: 20 },
    ]);
    expect(found.get(refKey(product(3)))?.name).toBe("Item p3");
  });

  it("sends at most 100 ids per call, and reports progress after each", async () => {
    const { catalogue, asked } = countingCatalogue(1_000);
    const progress: string[] = [];
    await new ItemLookUp(() => catalogue).find(
      Array.from({ length: 250 }, (_, i) => product(i)),
      { onProgress: (done, of) => progress.push(`${done}/${of}`) },
    );
    expect(asked.map((a) => a.ids)).toEqual([100, 100, 50]);
    expect(progress).toEqual(["100/250", "200/250", "250/250"]);
  });

  it("tells an item that is gone (null) from one that couldn't be asked (absent)", async () => {
    const { catalogue } = countingCatalogue(5, "service");
    const found = await new ItemLookUp(() => catalogue).find([product(1), product(9), service(1)]);
    expect(found.get(refKey(product(1)))).toMatchObject({ name: "Item p1" });
    expect(found.get(refKey(product(9)))).toBeNull();
    expect(found.has(refKey(service(1)))).toBe(false);
  });

  it("leaves unknown an id the catalogue couldn't see, rather than calling it gone", async () => {
    const { catalogue } = countingCatalogue(10, undefined, 5);
    const found = await new ItemLookUp(() => catalogue).find([product(1), product(7), product(12)]);
    expect(found.get(refKey(product(1)))).toMatchObject({ name: "Item p1" });
    expect(found.has(refKey(product(7)))).toBe(false);
    expect(found.has(refKey(product(12)))).toBe(false);
  });

  it("answers from what it saw in the last minute, unless asked for a fresh answer", async () => {
    const { catalogue, asked } = countingCatalogue(10);
    let now = 0;
    const lookUp = new ItemLookUp(
      () => catalogue,
      () => now,
    );
    await lookUp.find([product(1)]);
    await lookUp.find([product(1)]);
    expect(asked).toHaveLength(1);
    await lookUp.find([product(1)], { fresh: true });
    expect(asked).toHaveLength(2);
    now = 61_000;
    await lookUp.find([product(1)]);
    expect(asked).toHaveLength(3);
  });
});
