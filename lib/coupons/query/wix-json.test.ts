// A parsed query written back as Wix's JSON (toWixFilter, toWixSort) reads back the same, in both
// namings, and a field REST can't reach is refused rather than written.
import { describe, expect, it } from "vitest";
import { CouponError } from "../domain/errors";
import { type Naming, parseQuery, toWixFilter, toWixSort } from "./query";
import { T0 } from "./test-queries";

describe("round trip through Wix's JSON", () => {
  const filters: [unknown, Naming][] = [
    [{ code: "SUMMER" }, "collection"],
    [{ numberOfUsages: { $gt: 3, $lte: 10 } }, "collection"],
    [
      {
        $or: [
          { type: { $hasSome: ["MoneyOff", "PercentOff"] } },
          { $and: [{ expired: "false" }, { startTime: { $gte: "2024-05-01T00:00:00Z" } }] },
        ],
      },
      "collection",
    ],
    [{ code: { $startsWith: "SU" }, active: true, expirationTime: { $eq: null } }, "collection"],
    [{ "scope.namespace": "stores", "scope.group.entityId": { $ne: null }, "displayData.name": { $contains: "Shirt" } }, "collection"],
    [{ "specification.code": { $hasSome: ["A", "B"] }, expired: true, dateCreated: { $lt: T0 } }, "rest"],
    [{ $or: [{ id: "x" }, { "specification.usageLimit": { $gte: 1 } }] }, "rest"],
    [{ $or: [{}, { code: "A" }] }, "collection"],
    [{ $and: [{}] }, "rest"],
  ];
  it.each(filters)("%j (%s)", (filter, naming) => {
    const q = parseQuery({ filter }, naming);
    const wix = toWixFilter(q.filter!, naming);
    expect(parseQuery({ filter: wix }, naming).filter).toEqual(q.filter);
    expect(parseQuery({ filter: JSON.stringify(wix) }, naming).filter).toEqual(q.filter);
  });
  it.each<Naming>(["collection", "rest"])("sort round-trips (%s)", (naming) => {
    const sort = [
      { fieldName: naming === "rest" ? "dateCreated" : "_dateCreated", order: "DESC" },
      { fieldName: naming === "rest" ? "specification.code" : "code" },
    ];
    const q = parseQuery({ sort }, naming);
    expect(parseQuery({ sort: JSON.stringify(toWixSort(q.sort, naming)) }, naming).sort).toEqual(q.sort);
  });
  it("refuses to write a REST filter or sort for a field REST can't reach", () => {
    const q = parseQuery({ filter: { numberOfUsages: { $gt: 1 } }, sort: [{ numberOfUsages: "desc" }] });
    expect(() => toWixFilter(q.filter!, "rest")).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", violations: [expect.objectContaining({ field: "numberOfUsages" })] }),
    );
    expect(() => toWixSort(q.sort, "rest")).toThrow(CouponError);
  });
});
