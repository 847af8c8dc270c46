// The emulator on the wire, as any Wix client sees it: paths, JSON shapes, times as strings, error
// bodies and statuses, the API-key check, REST's limits and the Data Items query. Faults are in
// emulator-faults.test.ts, other clients' shapes in client-shapes.test.ts.
import { describe, expect, it } from "vitest";
import { AUTH, DAY, spec, wireEmulator } from "./coupon-wire";
import { startTestEmulator, TEST_API_KEY } from "./harness";

const { wix } = wireEmulator();

describe("authentication", () => {
  it.each([
    ["no key", { "wix-site-id": "s" }, /Missing Authorization/],
    ["a wrong key", { Authorization: "nope", "wix-site-id": "s" }, /not valid/],
    ["a Bearer key", { Authorization: `Bearer ${TEST_API_KEY}`, "wix-site-id": "s" }, /without "Bearer"/],
  ])("answers 401 to %s, with Wix's error body", async (_label, headers, message) => {
    const { status, body } = await wix("GET", "/stores/v2/coupons/x", undefined, headers);
    expect(status).toBe(401);
    expect(body).toEqual({
      message: expect.stringMatching(message),
      details: { applicationError: { code: "UNAUTHENTICATED", description: expect.any(String), data: {} } },
    });
  });

  it("requires wix-site-id (403, as Wix documents)", async () => {
    const { status, body } = await wix("GET", "/stores/v2/coupons/x", undefined, { Authorization: TEST_API_KEY });
    expect(status).toBe(403);
    expect(body.message).toContain("wix-site-id");
  });
});

describe("checkouts (an emulator extension, not a Wix endpoint)", () => {
  it("counts uses of a live coupon up to its limit, and refuses one that can't be used", async () => {
    const { body: created } = await wix("POST", "/stores/v2/coupons", { specification: spec({ usageLimit: 3 }) });
    const used = await wix("POST", `/_emulator/coupons/${created.id}/redemptions`, { uses: 3 });
    expect(used.status).toBe(200);
    expect((await wix("GET", `/stores/v2/coupons/${created.id}`)).body.coupon).toMatchObject({ numberOfUsages: 3 });
    // Used up: a precondition failure, as the store words it.
    expect((await wix("POST", `/_emulator/coupons/${created.id}/redemptions`, { uses: 1 })).status).toBe(428);
    expect((await wix("POST", `/_emulator/coupons/${created.id}/redemptions`, { uses: 0 })).status).toBe(400);
    expect((await wix("POST", `/_emulator/coupons/${created.id}/redemptions`, { uses: 1 }, { "wix-site-id": "s" })).status).toBe(401);
  });
});

describe("coupons", () => {
  it("creates from string or number times and answers with strings", async () => {
    const start = Date.now() - DAY;
    const created = await wix("POST", "/stores/v2/coupons", {
      specification: spec({ startTime: start, expirationTime: String(start + 10 * DAY), usageLimit: 5 }),
    });
    expect(created).toEqual({ status: 200, body: { id: expect.any(String) } });
    const { status, body } = await wix("GET", `/stores/v2/coupons/${created.body.id}`);
    expect(status).toBe(200);
    expect(body.coupon).toMatchObject({
      id: created.body.id,
      specification: {
        startTime: String(start),
        expirationTime: String(start + 10 * DAY),
        usageLimit: 5,
        freeShipping: true,
        type: "FreeShipping",
      },
      dateCreated: expect.stringMatching(/^\d{13}$/),
      expired: false,
      numberOfUsages: 0,
    });
  });

  it("refuses times in seconds or as ISO dates", async () => {
    for (const startTime of [1714521600, "2024-05-01T00:00:00Z"]) {
      const { status, body } = await wix("POST", "/stores/v2/coupons", { specification: spec({ startTime }) });
      expect(status).toBe(400);
      expect(body.details.validationError.fieldViolations[0]).toMatchObject({ field: "specification.startTime", violatedRule: "OTHER" });
    }
  });

  it("names the field of an invalid specification, as Wix does", async () => {
    const { status, body } = await wix("POST", "/stores/v2/coupons", {
      specification: spec({ freeShipping: undefined, percentOffRate: 10, scope: { namespace: "stores", group: { name: "product" } } }),
    });
    expect(status).toBe(400);
    expect(body.details.validationError.fieldViolations).toContainEqual({
      field: "specification.scope.group.entityId",
      description: expect.any(String),
      violatedRule: "OTHER",
    });
  });

  it("answers 409 to a taken code and 404 to an unknown id", async () => {
    const first = spec();
    await wix("POST", "/stores/v2/coupons", { specification: first });
    const again = await wix("POST", "/stores/v2/coupons", { specification: { ...first, code: first.code.toLowerCase() } });
    expect(again.status).toBe(409);
    expect(again.body.details.applicationError.code).toBe("ALREADY_EXISTS");
    expect((await wix("GET", "/stores/v2/coupons/missing")).status).toBe(404);
    expect((await wix("DELETE", "/stores/v2/coupons/missing")).status).toBe(404);
  });

  it("updates through a field mask and refuses an update without one", async () => {
    const { body } = await wix("POST", "/stores/v2/coupons", { specification: spec({ usageLimit: 3 }) });
    const noMask = await wix("PATCH", `/stores/v2/coupons/${body.id}`, { specification: { name: "New" } });
    expect(noMask.status).toBe(400);
    expect(noMask.body.message).toContain("field mask is missing");
    expect(await wix("PATCH", `/stores/v2/coupons/${body.id}`, { specification: { name: "New" }, fieldMask: "name,usageLimit" })).toEqual({
      status: 200,
      body: {},
    });
    const { body: after } = await wix("GET", `/stores/v2/coupons/${body.id}`);
    expect(after.coupon.specification.name).toBe("New");
    expect(after.coupon.specification.usageLimit).toBeUndefined();
  });

  it("deletes, answering {}", async () => {
    const { body } = await wix("POST", "/stores/v2/coupons", { specification: spec() });
    expect(await wix("DELETE", `/stores/v2/coupons/${body.id}`)).toEqual({ status: 200, body: {} });
  });
});

describe("REST query", () => {
  it("takes filter and sort as JSON strings and answers { coupons, totalResults }", async () => {
    const { status, body } = await wix("POST", "/stores/v2/coupons/query", {
      query: {
        filter: JSON.stringify({ "specification.code": { $startsWith: "WIRE" } }),
        sort: JSON.stringify([{ dateCreated: "desc" }]),
        paging: { limit: 2 },
      },
    });
    expect(status).toBe(200);
    expect(body.coupons).toHaveLength(2);
    expect(body.totalResults).toBeGreaterThan(2);
    expect(typeof body.coupons[0].dateCreated).toBe("string");
  });

  it.each([
    ["a filter object", { filter: { expired: "true" } }, "query.filter"],
    ["a sort REST can't do", { sort: JSON.stringify([{ numberOfUsages: "desc" }]) }, "sort.numberOfUsages"],
    ["a filter REST can't do", { filter: JSON.stringify({ expirationTime: { $lt: "1714521600000" } }) }, "filter.expirationTime"],
    ["a page over 100", { paging: { limit: 101 } }, "paging.limit"],
  ])("refuses %s with 400", async (_label, query, field) => {
    const { status, body } = await wix("POST", "/stores/v2/coupons/query", { query });
    expect(status).toBe(400);
    expect(body.details.validationError.fieldViolations[0].field).toBe(field);
  });
});

describe("Data Items query on Marketing/Coupons", () => {
  it("sorts by usage, which REST can't, and counts when asked", async () => {
    const { status, body } = await wix("POST", "/wix-data/v2/items/query", {
      dataCollectionId: "Marketing/Coupons",
      query: { sort: [{ fieldName: "numberOfUsages", order: "DESC" }], paging: { limit: 3 } },
      returnTotalCount: true,
    });
    expect(status).toBe(200);
    const uses = body.dataItems.map((item: { data: { numberOfUsages: number } }) => item.data.numberOfUsages);
    expect(uses).toEqual([...uses].sort((a: number, b: number) => b - a));
    expect(body.dataItems[0]).toMatchObject({
      id: expect.any(String),
      dataCollectionId: "Marketing/Coupons",
      data: { _id: expect.any(String), _dateCreated: { $date: expect.any(String) } },
    });
    expect(body.pagingMetadata).toMatchObject({ count: 3, offset: 0, total: expect.any(Number) });
  });

  it("answers 404 for another collection", async () => {
    expect((await wix("POST", "/wix-data/v2/items/query", { dataCollectionId: "Stores/Products" })).status).toBe(404);
  });

  it("refuses a key without the data-items permission with 403, and still serves REST to it", async () => {
    const limited = await startTestEmulator(undefined, { dataItems: false });
    try {
      const post = (path: string, body: unknown) =>
        fetch(`${limited.url}${path}`, {
          method: "POST",
          headers: { ...AUTH, "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
      const refused = await post("/wix-data/v2/items/query", { dataCollectionId: "Marketing/Coupons", query: {} });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ message: expect.stringMatching(/permission to read data items/) });
      expect((await post("/stores/v2/coupons/query", { query: {} })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("bulk", () => {
  it("answers with Wix's item metadata", async () => {
    const created = await wix("POST", "/stores/v2/bulk/coupons/create", {
      specifications: [spec(), spec({ percentOffRate: 500 })],
      returnFullEntity: true,
    });
    expect(created.status).toBe(200);
    expect(created.body.bulkActionMetadata).toEqual({ totalSuccesses: 1, totalFailures: 1, undetailedFailures: 0 });
    expect(created.body.results[0]).toMatchObject({
      itemMetadata: { id: expect.any(String), originalIndex: 0, success: true },
      coupon: { specification: { startTime: expect.any(String) } },
    });
    expect(created.body.results[1].itemMetadata).toMatchObject({ originalIndex: 1, success: false, error: { code: "INVALID_ARGUMENT" } });
    const id = created.body.results[0].itemMetadata.id;
    const deleted = await wix("POST", "/stores/v2/bulk/coupons/delete", { ids: [id, "missing"] });
    expect(deleted.body.results).toEqual([
      { id, originalIndex: 0, success: true },
      { id: "missing", originalIndex: 1, success: false, error: { code: "NOT_FOUND", description: expect.any(String), data: {} } },
    ]);
    expect(deleted.body.deleteMetadata).toEqual({ totalSuccesses: 1, totalFailures: 1, undetailedFailures: 0 });
  });
});

describe("anything else", () => {
  it("answers 404 to an unknown endpoint and 400 to a body that isn't JSON", async () => {
    expect((await wix("GET", "/stores/v1/coupons")).status).toBe(404);
    expect((await wix("POST", "/stores/v2/coupons", "{nope")).status).toBe(400);
  });
});
