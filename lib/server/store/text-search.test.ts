// Case in text filters, as Wix has it: $contains and $startsWith ignore case on every text field
// (ids and app ids included); $eq and $hasSome compare exactly. The search value and the column
// must be folded the same way, or a stored value can fail to match itself.
import { beforeAll, describe, expect, it } from "vitest";
import { FIELDS, fieldById, type FieldId } from "@/lib/coupons/domain/fields";
import { parseQuery } from "@/lib/coupons/query/query";
import type { SqliteCouponStore } from "./coupon-store";
import { memoryStore } from "@/lib/testing/store-harness";

const START = Date.UTC(2026, 0, 1);
const TEXT_SEARCH_FIELDS = FIELDS.filter((f) => f.operators.some((op) => op === "$contains" || op === "$startsWith"));

describe("text operators and case", () => {
  let store: SqliteCouponStore;
  /** field → the stored value of the one coupon this suite made for it, with capitals and non-ASCII. */
  const stored = new Map<FieldId, string>();
  const ids = new Map<FieldId, string>();

  beforeAll(() => {
    store = memoryStore();
    store.catalogue.upsert([{ namespace: "stores", group: "product", id: "prd-case-test", name: "Ärmel Strickjacke XL" }]);
    const make = (field: FieldId, value: string, spec: Record<string, unknown>, appId?: string) => {
      const coupon = store.createSync(
        { name: "Case test", percentOffRate: 10, scope: { namespace: "stores" }, startTime: START, ...spec },
        appId ? { appId } : {},
      );
      stored.set(field, field === "_id" ? coupon.id : value);
      ids.set(field, coupon.id);
    };
    make("name", "Ünïcode Sommer SALE", { name: "Ünïcode Sommer SALE", code: "CASENAME" });
    make("code", "ÉTÉCase10", { code: "ÉTÉCase10" });
    make("displayData.name", "Ärmel Strickjacke XL", {
      code: "CASEITEM",
      scope: { namespace: "stores", group: { name: "product", entityId: "prd-case-test" } },
    });
    make("appId", "MyShopApp-ABC-Ünï", { code: "CASEAPP" }, "MyShopApp-ABC-Ünï");
    make("_id", "", { code: "CASEID" });
  });

  async function found(filter: unknown): Promise<string[]> {
    const page = await store.query(parseQuery({ filter, paging: { limit: 100 } }));
    return page.items.map((c) => c.id);
  }

  it("every field with $contains/$startsWith is covered here", () => {
    expect(TEXT_SEARCH_FIELDS.map((f) => f.id).sort()).toEqual([...stored.keys()].sort());
  });

  it("an appId with capitals is found by $contains and $startsWith in any ASCII case", async () => {
    const id = ids.get("appId")!;
    for (const text of ["ShopApp-ABC", "shopapp-abc", "SHOPAPP-ABC"]) expect(await found({ appId: { $contains: text } })).toEqual([id]);
    for (const text of ["MyShop", "myshop", "MYSHOP"]) expect(await found({ appId: { $startsWith: text } })).toEqual([id]);
    expect(await found({ appId: { $startsWith: "shopapp" } })).toEqual([]);
  });

  it("a coupon id is found by $contains and $startsWith whatever the case of the search", async () => {
    const id = ids.get("_id")!;
    expect(id).toMatch(/[a-f]/); // a UUID with letters, so upper-casing changes it
    expect(await found({ _id: { $startsWith: id.slice(0, 13).toUpperCase() } })).toEqual([id]);
    expect(await found({ _id: { $contains: id.slice(9, 23).toUpperCase() } })).toEqual([id]);
    expect(await found({ _id: { $eq: id.toUpperCase() } })).toEqual([]);
  });

  it("names, codes and item names ignore case in $contains and $startsWith, non-ASCII letters included", async () => {
    expect(await found({ name: { $contains: "ÜNÏCODE sommer" } })).toEqual([ids.get("name")]);
    expect(await found({ name: { $startsWith: "ünïcode" } })).toEqual([ids.get("name")]);
    expect(await found({ code: { $startsWith: "étécase" } })).toEqual([ids.get("code")]);
    expect(await found({ code: { $contains: "TÉCASE1" } })).toEqual([ids.get("code")]);
    expect(await found({ "displayData.name": { $contains: "ärmel STRICK" } })).toEqual([ids.get("displayData.name")]);
    expect(await found({ "displayData.name": { $startsWith: "ÄRMEL" } })).toEqual([ids.get("displayData.name")]);
  });

  it.each(TEXT_SEARCH_FIELDS.map((f) => f.id))("a stored %s always matches itself, whole and in part, in its own case", async (field) => {
    const value = stored.get(field)!;
    const id = ids.get(field)!;
    if (field !== "_id") expect(value).toMatch(/[^\x00-\x7f]/); // non-ASCII, where folding could differ
    for (const op of ["$contains", "$startsWith"] as const) {
      if (!(fieldById(field)!.operators as readonly string[]).includes(op)) continue;
      expect(await found({ [field]: { [op]: value } })).toContain(id);
      expect(await found({ [field]: { [op]: value.slice(0, 7) } })).toContain(id);
    }
  });

  it("$eq and $hasSome stay exact, as Wix's are", async () => {
    expect(await found({ appId: { $eq: "MyShopApp-ABC-Ünï" } })).toEqual([ids.get("appId")]);
    expect(await found({ appId: { $eq: "myshopapp-abc-ünï" } })).toEqual([]);
    expect(await found({ appId: { $hasSome: ["MYSHOPAPP-ABC-ÜNÏ"] } })).toEqual([]);
    expect(await found({ code: { $eq: "ÉTÉCase10" } })).toEqual([ids.get("code")]);
    expect(await found({ code: { $eq: "étécase10" } })).toEqual([]);
    expect(await found({ name: { $hasSome: ["ünïcode sommer sale"] } })).toEqual([]);
  });
});
