// The emulator's Stores Catalog V1 endpoints on the wire, as any Wix client sees them: products and
// collections with filter and sort as JSON strings, name prefixes, look-ups by ids, paging, refused
// filters, hidden products left out unless includeHiddenProducts (which needs Manage Products), and
// the merchant's product writes. Catalog V3 is in catalogue-v3.test.ts, the other apps in
// catalogue-apps.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoItems } from "@/lib/server/store/demo-catalogue";
import { startTestEmulator, type RunningEmulator } from "./harness";
import { callWix, names, violation } from "./wire-client";

let running: RunningEmulator;
let readOnly: RunningEmulator;
beforeAll(async () => {
  running = await startTestEmulator();
  readOnly = await startTestEmulator(undefined, { productsReadOnly: true });
});
afterAll(async () => {
  await running.close();
  await readOnly.close();
});

const wix = (method: string, path: string, body?: unknown) => callWix(running, method, path, body);
const query = (filter?: unknown, paging: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  query: { ...(filter === undefined ? {} : { filter: typeof filter === "string" ? filter : JSON.stringify(filter) }), paging },
  ...extra,
});
const PRODUCTS = "/stores/v1/products/query";
const VISIBLE_PRODUCTS = demoItems("stores", "product").filter((p) => !p.hidden);

describe("Catalog V1 products", () => {
  it("finds products by name prefix, any case, in Wix's product shape", async () => {
    const { status, body } = await wix("POST", PRODUCTS, query({ name: { $startsWith: "blue" } }));
    expect(status).toBe(200);
    expect(body).toEqual({
      products: [
        {
          id: demoItems("stores", "product")[0]!.id,
          name: "Blue Mug",
          slug: "blue-mug",
          visible: true,
          productType: "physical",
          price: { currency: "USD", price: 18, formatted: { price: "$18.00" } },
        },
      ],
      metadata: { items: 1, offset: 0 },
      totalResults: 1,
    });
  });

  it("takes filter and sort as JSON strings, sorting as asked", async () => {
    const { status, body } = await wix("POST", PRODUCTS, {
      query: {
        filter: JSON.stringify({ name: { $startsWith: "C" } }),
        sort: JSON.stringify([{ name: "desc" }]),
        paging: { limit: 10, offset: 0 },
      },
    });
    expect(status).toBe(200);
    expect(names(body.products)).toEqual(["Ceramic Vase", "Cedar Scented Candle"]);
    const byPrice = await wix("POST", PRODUCTS, { query: { sort: JSON.stringify([{ price: "desc" }]), paging: { limit: 2 } } });
    expect(names(byPrice.body.products)).toEqual(["Merino Wool Scarf", "Walnut Serving Board"]);
  });

  it("looks products up by ids with $in, $hasSome, $eq or a plain id", async () => {
    const [mug, tote, vase] = demoItems("stores", "product");
    for (const op of ["$in", "$hasSome"]) {
      const { status, body } = await wix("POST", PRODUCTS, query({ id: { [op]: [vase!.id, mug!.id, "no-such-id"] } }));
      expect(status).toBe(200);
      expect(body.products.map((p: { id: string }) => p.id).sort()).toEqual([mug!.id, vase!.id].sort());
      expect(body.totalResults).toBe(2);
    }
    for (const filter of [{ id: tote!.id }, { id: { $eq: tote!.id } }]) {
      const { body } = await wix("POST", PRODUCTS, query(filter));
      expect(names(body.products)).toEqual(["Linen Tote Bag"]);
    }
  });

  it("lists the visible products by name, paged, with the total", async () => {
    const all = await wix("POST", PRODUCTS, { query: {} });
    expect(all.body.totalResults).toBe(VISIBLE_PRODUCTS.length);
    const listed = names(all.body.products) as string[];
    expect(listed).toEqual([...listed].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));

    const page = await wix("POST", PRODUCTS, query(undefined, { limit: 3, offset: 2 }));
    expect(names(page.body.products)).toEqual(listed.slice(2, 5));
    expect(page.body.metadata).toEqual({ items: 3, offset: 2 });
    expect(page.body.totalResults).toBe(VISIBLE_PRODUCTS.length);
  });

  it("leaves hidden products out silently, unless includeHiddenProducts is set", async () => {
    const jacket = demoItems("stores", "product").find((p) => p.name === "Rain Jacket")!;
    const plain = await wix("POST", PRODUCTS, query());
    expect(names(plain.body.products)).not.toContain("Rain Jacket");
    const byId = await wix("POST", PRODUCTS, query({ id: { $in: [jacket.id] } }));
    expect(byId.body).toEqual({ products: [], metadata: { items: 0, offset: 0 }, totalResults: 0 });
    // A visible: false filter matches nothing: Wix adds visible: true to every filter.
    expect((await wix("POST", PRODUCTS, query({ visible: false }))).body.totalResults).toBe(0);

    const withHidden = await wix("POST", PRODUCTS, query(undefined, {}, { includeHiddenProducts: true }));
    expect(withHidden.body.totalResults).toBe(VISIBLE_PRODUCTS.length + 1);
    expect(withHidden.body.products.find((p: { name: string }) => p.name === "Rain Jacket")).toMatchObject({
      id: jacket.id,
      visible: false,
    });
    const hiddenOnly = await wix("POST", PRODUCTS, query({ visible: false }, {}, { includeHiddenProducts: true }));
    expect(names(hiddenOnly.body.products)).toEqual(["Rain Jacket"]);
  });

  it("answers 403 to includeHiddenProducts from a key with Read Products but not Manage Products", async () => {
    const refused = await callWix(readOnly, "POST", PRODUCTS, query(undefined, {}, { includeHiddenProducts: true }));
    expect(refused.status).toBe(403);
    expect(refused.body.details.applicationError.code).toBe("PERMISSION_DENIED");
    expect(refused.body.message).toMatch(/Manage Products/);
    expect((await callWix(readOnly, "POST", PRODUCTS, query(undefined, {}, { includeMerchantSpecificData: true }))).status).toBe(403);

    const plain = await callWix(readOnly, "POST", PRODUCTS, query(undefined, {}, { includeHiddenProducts: false }));
    expect(plain.status).toBe(200);
    expect(plain.body.totalResults).toBe(VISIBLE_PRODUCTS.length);
  });

  it("refuses a limit over 100 and a filter it doesn't take, naming the field", async () => {
    const tooMany = await wix("POST", PRODUCTS, query(undefined, { limit: 101 }));
    expect(tooMany.status).toBe(400);
    expect(violation(tooMany.body)).toMatchObject({ field: "query.paging.limit" });

    const unknown = await wix("POST", PRODUCTS, query({ color: "blue" }));
    expect(unknown.status).toBe(400);
    expect(violation(unknown.body)).toEqual({
      field: "filter.color",
      description: "Field 'color' is not declared as filterable.",
      violatedRule: "OTHER",
    });

    const badOperator = await wix("POST", PRODUCTS, query({ name: { $gt: "Mug" } }));
    expect(badOperator.status).toBe(400);
    expect(violation(badOperator.body)).toMatchObject({ field: "filter.name" });

    const notJson = await wix("POST", PRODUCTS, query("{name:"));
    expect(notJson.status).toBe(400);
    expect(violation(notJson.body)).toMatchObject({ field: "query.filter" });
  });
});

describe("the merchant's product writes", () => {
  it("creates a product that search then finds, and deletes it", async () => {
    const created = await wix("POST", "/stores/v1/products", { product: { name: "Zebra Print Apron", priceData: { price: 31.5 } } });
    expect(created.status).toBe(200);
    expect(created.body.product).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "Zebra Print Apron",
      slug: "zebra-print-apron",
      visible: true,
      productType: "physical",
      price: { currency: "USD", price: 31.5, formatted: { price: "$31.50" } },
    });
    const id = created.body.product.id as string;

    const found = await wix("POST", PRODUCTS, query({ name: { $startsWith: "zebra" } }));
    expect(found.body.products.map((p: { id: string }) => p.id)).toEqual([id]);

    expect(await wix("DELETE", `/stores/v1/products/${id}`)).toEqual({ status: 200, body: {} });
    const gone = await wix("POST", PRODUCTS, query({ id: { $in: [id] } }));
    expect(gone.body).toMatchObject({ products: [], totalResults: 0 });
    expect((await wix("DELETE", `/stores/v1/products/${id}`)).status).toBe(404);
  });

  it("refuses a product with no name", async () => {
    const { status, body } = await wix("POST", "/stores/v1/products", { product: { priceData: { price: 5 } } });
    expect(status).toBe(400);
    expect(violation(body)).toMatchObject({ field: "product.name" });
  });

  it("hides a product with PATCH visible: false, and answers 404 for an unknown id", async () => {
    const { body: created } = await wix("POST", "/stores/v1/products", { product: { name: "Patch Me Planter", priceData: { price: 12 } } });
    const id = created.product.id as string;
    const patched = await wix("PATCH", `/stores/v1/products/${id}`, { product: { visible: false } });
    expect(patched.status).toBe(200);
    expect(patched.body.product).toMatchObject({ id, name: "Patch Me Planter", visible: false, price: { price: 12 } });
    expect((await wix("POST", PRODUCTS, query({ id: { $eq: id } }))).body.products).toEqual([]);
    const { body } = await wix("POST", PRODUCTS, query({ id: { $eq: id } }, {}, { includeHiddenProducts: true }));
    expect(body.products[0]).toMatchObject({ visible: false });

    const renamed = await wix("PATCH", `/stores/v1/products/${id}`, { product: { name: "Patched Planter", visible: true } });
    expect(renamed.body.product).toMatchObject({ name: "Patched Planter", visible: true });

    const missing = await wix("PATCH", "/stores/v1/products/no-such-product", { product: { visible: false } });
    expect(missing.status).toBe(404);
    expect(missing.body.details.applicationError.code).toBe("NOT_FOUND");
  });
});

describe("Catalog V1 collections", () => {
  it("answers collections in Catalog V1's shape, by name prefix or ids", async () => {
    const { status, body } = await wix("POST", "/stores/v1/collections/query", query({ name: { $startsWith: "summer" } }));
    expect(status).toBe(200);
    expect(body).toEqual({
      collections: [{ id: demoItems("stores", "collection")[0]!.id, name: "Summer Collection", slug: "summer-collection", visible: true }],
      metadata: { items: 1, offset: 0 },
      totalResults: 1,
    });
    const ids = demoItems("stores", "collection")
      .slice(1, 3)
      .map((c) => c.id);
    const byIds = await wix("POST", "/stores/v1/collections/query", query({ id: { $in: ids } }));
    expect(names(byIds.body.collections)).toEqual(["Gifts under $30", "Kitchen & Dining"]);
  });
});
