// The query half of the backend contract: every operator, sorting and paging. A backend that
// declares it can't answer a field/operator must refuse it rather than answer wrongly.
import { beforeAll, describe, expect, it } from "vitest";
import type { FilterOperator } from "@/lib/coupons/domain/fields";
import { conditionsOf, parseQuery, type RawQuery } from "@/lib/coupons/query/query";
import { base, rejection, type ContractHarness } from "./coupon-contract";
import { uniqueTag } from "./unique";

const DAY = 86_400_000;

export function describeQueryContract(name: string, makeHarness: () => Promise<ContractHarness>) {
  describe(`coupon query contract: ${name}`, () => {
    let h: ContractHarness;
    // Unique by construction: suites run side by side against one emulator.
    const tag = uniqueTag("Q");
    const now = Date.now();

    beforeAll(async () => {
      h = await makeHarness();
      // [specification, uses, an update applied after the uses: only a live coupon can be used]
      const fixtures: [Record<string, unknown>, number, Record<string, unknown>?][] = [
        [
          {
            code: `${tag}A1`,
            name: `${tag} Alpha`,
            percentOffRate: 10,
            scope: { namespace: "stores" },
            usageLimit: 100,
            startTime: now - 10 * DAY,
            expirationTime: now + 5 * DAY,
          },
          30,
        ],
        [
          {
            code: `${tag}B2`,
            name: `${tag} Beta`,
            moneyOffAmount: 5,
            scope: { namespace: "bookings", group: { name: "service", entityId: h.entityId("bookings", "service") } },
            startTime: now - 20 * DAY,
          },
          80,
        ],
        [
          {
            code: `${tag}C3`,
            name: `${tag} Gamma`,
            freeShipping: true,
            minimumSubtotal: 50,
            startTime: now + 3 * DAY,
            expirationTime: now + 10 * DAY,
          },
          0,
        ],
        [
          {
            code: `${tag}D4`,
            name: `${tag} Delta`,
            fixedPriceAmount: 9.99,
            scope: { namespace: "stores", group: { name: "product", entityId: h.entityId("stores", "product") } },
            startTime: now - 30 * DAY,
          },
          5,
          { active: false, expirationTime: now - DAY },
        ],
        [
          {
            code: `${tag}E5`,
            name: `${tag} Epsilon`,
            buyXGetY: { x: 2, y: 1 },
            scope: { namespace: "stores", group: { name: "collection", entityId: h.entityId("stores", "collection") } },
            usageLimit: 10,
            limitPerCustomer: 2,
            startTime: now - 5 * DAY,
          },
          10,
        ],
        [
          {
            code: `${tag}F6`,
            name: `${tag} Zeta`,
            percentOffRate: 50,
            scope: { namespace: "events", group: { name: "ticket" } },
            limitedToOneItem: true,
            startTime: now - 2 * DAY,
          },
          80,
        ],
      ];
      for (const [spec, uses, later] of fixtures) {
        const { id } = await h.gateway.create(base(spec));
        if (uses > 0) await h.redeem(id, uses);
        if (later) await h.gateway.update(id, later);
      }
    });

    /** Runs a query inside this suite's fixtures and returns the codes' suffixes, in order. */
    async function codes(raw: RawQuery): Promise<string[] | "refused"> {
      const filter = raw.filter ? { $and: [{ name: { $startsWith: tag } }, raw.filter] } : { name: { $startsWith: tag } };
      const query = parseQuery({ ...raw, filter });
      const supported =
        conditionsOf(query.filter).every((c) => h.gateway.capabilities.filterable[c.field]?.includes(c.op as FilterOperator)) &&
        query.sort.every((s) => h.gateway.capabilities.sortable.includes(s.field));
      if (!supported) {
        const error = await rejection(h.gateway.query(query));
        expect(error.code).toBe("INVALID_ARGUMENT");
        return "refused";
      }
      const result = await h.gateway.query(query);
      return result.items.map((c) => c.specification.code.slice(tag.length));
    }
    const sorted = (raw: RawQuery) => codes({ sort: [{ code: "asc" }], ...raw });

    it.each<[string, Record<string, unknown>, string[]]>([
      ["$eq on code", { code: { $eq: `${tag}B2` } }, ["B2"]],
      ["implicit $eq on type", { type: "PercentOff" }, ["A1", "F6"]],
      ["$ne on type", { type: { $ne: "PercentOff" } }, ["B2", "C3", "D4", "E5"]],
      ["$hasSome on type", { type: { $hasSome: ["FreeShipping", "BuyXGetY"] } }, ["C3", "E5"]],
      ["$contains on name, ignoring case", { name: { $contains: "ELT" } }, ["D4"]],
      ["$startsWith on code, ignoring case", { code: { $startsWith: `${tag}e`.toLowerCase() } }, ["E5"]],
      ["$gt on numberOfUsages", { numberOfUsages: { $gt: 10 } }, ["A1", "B2", "F6"]],
      ["$gte on numberOfUsages", { numberOfUsages: { $gte: 10 } }, ["A1", "B2", "E5", "F6"]],
      ["$lt on numberOfUsages", { numberOfUsages: { $lt: 5 } }, ["C3"]],
      ["$lte on numberOfUsages", { numberOfUsages: { $lte: 5 } }, ["C3", "D4"]],
      ["$lt on expirationTime (ends within a week)", { expirationTime: { $lt: now + 7 * DAY } }, ["A1", "D4"]],
      ["$gt on startTime (scheduled)", { startTime: { $gt: now } }, ["C3"]],
      ["$eq null on expirationTime (no end date)", { expirationTime: { $eq: null } }, ["B2", "E5", "F6"]],
      ["$ne counts a missing value as different", { usageLimit: { $ne: 100 } }, ["B2", "C3", "D4", "E5", "F6"]],
      ["expired", { expired: true }, ["D4"]],
      ["active false", { active: "false" }, ["D4"]],
      ["limitedToOneItem (bookings are always one item)", { limitedToOneItem: true }, ["B2", "F6"]],
      ["minimumSubtotal range", { minimumSubtotal: { $gte: 50 } }, ["C3"]],
      ["limitPerCustomer", { limitPerCustomer: 2 }, ["E5"]],
      ["scope.namespace", { "scope.namespace": { $hasSome: ["bookings", "events"] } }, ["B2", "F6"]],
      ["scope.group.name", { "scope.group.name": "product" }, ["D4"]],
      ["displayData.name", { "displayData.name": { $contains: "" } }, ["B2", "D4", "E5"]],
      ["$or", { $or: [{ type: "FreeShipping" }, { numberOfUsages: { $gte: 80 } }] }, ["B2", "C3", "F6"]],
      [
        "nested $and inside $or",
        { $or: [{ $and: [{ type: "PercentOff" }, { numberOfUsages: { $lt: 50 } }] }, { code: `${tag}E5` }] },
        ["A1", "E5"],
      ],
    ])("filters with %s", async (_label, filter, expected) => {
      const result = await sorted({ filter });
      if (result !== "refused") expect(result).toEqual(expected);
    });

    it("sorts by several keys: most used first, ties by code", async () => {
      const result = await codes({ sort: [{ numberOfUsages: "desc" }, { code: "asc" }] });
      if (result !== "refused") expect(result).toEqual(["B2", "F6", "A1", "E5", "D4", "C3"]);
    });

    it("sorts by name descending", async () => {
      expect(await codes({ sort: [{ fieldName: "name", order: "DESC" }] })).toEqual(["F6", "C3", "E5", "D4", "B2", "A1"]);
    });

    it("pages by offset and reports the total", async () => {
      const query = parseQuery({ filter: { name: { $startsWith: tag } }, sort: [{ code: "asc" }], paging: { limit: 2, offset: 2 } });
      const page = await h.gateway.query(query);
      expect(page.totalResults).toBe(6);
      expect(page.items.map((c) => c.specification.code.slice(tag.length))).toEqual(["C3", "D4"]);
      const past = await h.gateway.query({ ...query, offset: 10 });
      expect(past).toEqual({ items: [], totalResults: 6 });
    });

    it("refuses a query outside the catalogue instead of running it", async () => {
      const error = await rejection(
        h.gateway.query({ filter: { kind: "cond", field: "scope" as never, op: "$eq", value: "x" }, sort: [], limit: 10, offset: 0 }),
      );
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect((await rejection(h.gateway.query({ sort: [], limit: 101, offset: 0 }))).code).toBe("INVALID_ARGUMENT");
    });
  });
}
