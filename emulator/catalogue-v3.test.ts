// Stores Catalog V3 on the wire: Search Products' free text, Query Products' narrow filters (no
// name), hidden products, CURRENCY, cursor paging, and the store's collections as V3 categories.
// The catalog versions and Stores permissions are in catalogue-versions.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoItems } from "@/lib/server/store/demo-catalogue";
import { startTestEmulator, type RunningEmulator } from "./harness";
import { CATEGORIES, QUERY, search, SEARCH, STORES } from "./catalogue-v3-wire";
import { callWix, names, violation, type WireBody } from "./wire-client";

let v3: RunningEmulator;
let readOnly: RunningEmulator;
beforeAll(async () => {
  [v3, readOnly] = await Promise.all([
    startTestEmulator(undefined, { catalogVersion: "V3_CATALOG" }),
    startTestEmulator(undefined, { catalogVersion: "V3_CATALOG", productsReadOnly: true }),
  ]);
});
afterAll(async () => {
  await Promise.all([v3, readOnly].map((e) => e.close()));
});

const wix = (method: string, path: string, body?: unknown) => callWix(v3, method, path, body);
const allProducts = demoItems("stores", "product");

describe("Catalog V3 Search Products", () => {
  it("matches the start of any word of the name, any case", async () => {
    const { status, body } = await wix("POST", SEARCH, search("MUG"));
    expect(status).toBe(200);
    expect(body).toEqual({
      products: [
        {
          id: allProducts[0]!.id,
          name: "Blue Mug",
          slug: "blue-mug",
          visible: true,
          productType: "PHYSICAL",
          actualPriceRange: { minValue: { amount: "18.00" }, maxValue: { amount: "18.00" } },
        },
      ],
      pagingMetadata: { count: 1, cursors: {}, hasNext: false },
    });
    expect(names((await wix("POST", SEARCH, search("blu"))).body.products)).toEqual(["Blue Mug"]);
    expect(names((await wix("POST", SEARCH, search("grid"))).body.products)).toEqual(["Dot-Grid Notebook Set"]);
    expect((await wix("POST", SEARCH, search("lue"))).body.products).toEqual([]);
  });

  it("takes any term by default (OR) and every term with mode AND", async () => {
    expect(names((await wix("POST", SEARCH, search("mug vase"))).body.products)).toEqual(["Blue Mug", "Ceramic Vase"]);
    expect((await wix("POST", SEARCH, search("mug vase", { mode: "AND" }))).body.products).toEqual([]);
    expect(names((await wix("POST", SEARCH, search("cup pa", { mode: "AND" }))).body.products)).toEqual(["Espresso Cup Pair"]);
    expect((await wix("POST", SEARCH, search("mug", { fields: ["description"] }))).body.products).toEqual([]);
    expect((await wix("POST", SEARCH, search("mug", { mode: "ANY" }))).status).toBe(400);
  });

  it("adds formatted amounts and the currency only with CURRENCY", async () => {
    const { body } = await wix("POST", SEARCH, { ...search("mug"), fields: ["CURRENCY"] });
    expect(body.products[0]).toMatchObject({
      currency: "USD",
      actualPriceRange: {
        minValue: { amount: "18.00", formattedAmount: "$18.00" },
        maxValue: { amount: "18.00", formattedAmount: "$18.00" },
      },
    });
    expect((await wix("POST", SEARCH, { ...search("mug"), fields: ["NO_SUCH_FIELD"] })).status).toBe(400);
  });

  it("answers hidden products with visible: false, and leaves them out for a key without read admin", async () => {
    expect((await wix("POST", SEARCH, search("jacket"))).body.products).toEqual([
      expect.objectContaining({ name: "Rain Jacket", visible: false }),
    ]);
    expect((await callWix(readOnly, "POST", SEARCH, search("jacket"))).body.products).toEqual([]);
    const merchant = await callWix(readOnly, "POST", SEARCH, { ...search("mug"), fields: ["MERCHANT_DATA"] });
    expect(merchant.status).toBe(403);
    expect(merchant.body.details.applicationError.code).toBe("PERMISSION_DENIED");
  });

  it("filters and sorts beside the free text", async () => {
    const sorted = await wix("POST", SEARCH, {
      search: { search: { expression: "c" }, filter: { visible: true }, sort: [{ fieldName: "name", order: "DESC" }] },
    });
    expect(names(sorted.body.products)).toEqual([
      "Organic Cotton Tee",
      "Leather Card Wallet",
      "Espresso Cup Pair",
      "Ceramic Vase",
      "Cedar Scented Candle",
    ]);
    expect(names((await wix("POST", SEARCH, { search: { filter: { name: { $startsWith: "walnut" } } } })).body.products)).toEqual([
      "Walnut Serving Board",
    ]);
  });
});

/** Every page of a cursor-paged read, following pagingMetadata.cursors.next. */
async function allPages(path: string, first: WireBody, root: "query" | "search", limit: number) {
  const pages: WireBody[] = [];
  let body: WireBody = { ...first, [root]: { ...first[root], cursorPaging: { limit } } };
  for (;;) {
    const answer = await wix("POST", path, body);
    expect(answer.status).toBe(200);
    pages.push(answer.body);
    const next = answer.body.pagingMetadata.cursors.next as string | undefined;
    expect(answer.body.pagingMetadata.hasNext ?? Boolean(next)).toBe(Boolean(next));
    if (!next) return pages;
    const { filter: _f, sort: _s, search: _q, ...rest } = first[root] as WireBody;
    body = { ...first, [root]: { ...rest, cursorPaging: { limit, cursor: next } } };
  }
}

describe("Catalog V3 Query Products", () => {
  it("filters on id and visible, and refuses name with $startsWith as Wix does", async () => {
    const ids = allProducts.slice(0, 2).map((p) => p.id);
    expect(names((await wix("POST", QUERY, { query: { filter: { id: { $in: ids } } } })).body.products)).toEqual([
      "Blue Mug",
      "Linen Tote Bag",
    ]);
    expect(names((await wix("POST", QUERY, { query: { filter: { id: { $eq: ids[1] } } } })).body.products)).toEqual(["Linen Tote Bag"]);
    expect(names((await wix("POST", QUERY, { query: { filter: { visible: false } } })).body.products)).toEqual(["Rain Jacket"]);

    const byName = await wix("POST", QUERY, { query: { filter: { name: { $startsWith: "Blue" } } } });
    expect(byName.status).toBe(400);
    expect(violation(byName.body)).toMatchObject({ field: "filter.name", description: "Field 'name' is not declared as filterable." });
    const sortByName = await wix("POST", QUERY, { query: { sort: [{ fieldName: "name" }] } });
    expect(sortByName.status).toBe(400);
    expect(violation(sortByName.body)?.description).toBe("Field 'name' is not declared as sortable.");
  });

  it("pages with cursors that carry the filter and sort, up to 100 a page", async () => {
    const pages = await allPages(QUERY, { query: { filter: { visible: true }, sort: [{ fieldName: "slug", order: "DESC" }] } }, "query", 5);
    expect(pages.map((p) => p.pagingMetadata.count)).toEqual([5, 5, 1]);
    expect(pages.map((p) => p.pagingMetadata.hasNext)).toEqual([true, true, false]);
    const listed = pages.flatMap((p) => names(p.products));
    const expected = allProducts
      .filter((p) => !p.hidden)
      .map((p) => p.name)
      .sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase()));
    expect(listed).toEqual(expected);

    expect((await wix("POST", QUERY, { query: { cursorPaging: { limit: 101 } } })).status).toBe(400);
  });

  it("keeps the search expression across search pages", async () => {
    const pages = await allPages(SEARCH, search("c"), "search", 2);
    expect(pages.flatMap((p) => names(p.products))).toEqual([
      "Cedar Scented Candle",
      "Ceramic Vase",
      "Espresso Cup Pair",
      "Leather Card Wallet",
      "Organic Cotton Tee",
    ]);
  });

  it("refuses a cursor sent with a filter, a made-up cursor, and another endpoint's cursor", async () => {
    const first = await wix("POST", QUERY, { query: { cursorPaging: { limit: 2 } } });
    const cursor = first.body.pagingMetadata.cursors.next as string;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const withFilter = await wix("POST", QUERY, { query: { filter: { visible: true }, cursorPaging: { limit: 2, cursor } } });
    expect(withFilter.status).toBe(400);
    expect(violation(withFilter.body)).toMatchObject({ field: "query.cursorPaging.cursor" });
    expect((await wix("POST", QUERY, { query: { cursorPaging: { cursor: "not-a-cursor" } } })).status).toBe(400);
    expect((await wix("POST", SEARCH, { search: { cursorPaging: { cursor } } })).status).toBe(400);
  });
});

describe("Catalog V3 categories (the store's collections)", () => {
  const categories = (body: Record<string, unknown>) => wix("POST", CATEGORIES, { treeReference: { appNamespace: STORES }, ...body });

  it("needs the Stores tree reference", async () => {
    const missing = await wix("POST", CATEGORIES, { query: {} });
    expect(missing.status).toBe(400);
    expect(violation(missing.body)).toMatchObject({ field: "treeReference", violatedRule: "REQUIRED_FIELD" });
    expect((await wix("POST", CATEGORIES, { query: {}, treeReference: { appNamespace: "@wix/blog" } })).status).toBe(400);
  });

  it("answers visible categories by name prefix or ids, with cursor paging metadata", async () => {
    const { status, body } = await categories({ query: { filter: { name: { $startsWith: "summer" } } } });
    expect(status).toBe(200);
    expect(body).toEqual({
      categories: [
        {
          id: demoItems("stores", "collection")[0]!.id,
          name: "Summer Collection",
          slug: "summer-collection",
          visible: true,
          treeReference: { appNamespace: STORES },
        },
      ],
      pagingMetadata: { count: 1, cursors: {}, hasNext: false },
    });
    const ids = demoItems("stores", "collection")
      .slice(3)
      .map((c) => c.id);
    expect(names((await categories({ query: { filter: { id: { $in: ids } } } })).body.categories)).toEqual(["New Arrivals", "Outdoor"]);
    const paged = await categories({ query: { cursorPaging: { limit: 2 } } });
    expect(paged.body.pagingMetadata).toEqual({ count: 2, cursors: { next: expect.any(String) }, hasNext: true });
  });

  it("answers hidden categories only with returnNonVisibleCategories", async () => {
    v3.emulator.store.catalogue.upsert([
      { namespace: "stores", group: "collection", id: "col-hidden-demo", name: "Secret Sale", hidden: true },
    ]);
    try {
      expect((await categories({ query: { filter: { name: { $startsWith: "secret" } } } })).body.categories).toEqual([]);
      const shown = await categories({ query: { filter: { name: { $startsWith: "secret" } } }, returnNonVisibleCategories: true });
      expect(shown.body.categories).toEqual([expect.objectContaining({ id: "col-hidden-demo", visible: false })]);
    } finally {
      v3.emulator.store.catalogue.remove({ namespace: "stores", group: "collection" }, "col-hidden-demo");
    }
  });
});
