// The wire format, the gateway's reading against the emulator's (emulator/codec/): times as strings
// out, numbers or strings in, responses checked field by field, Wix's field masks, and both query
// dialects. Each round trip crosses from one reading to the other.
import { describe, expect, it } from "vitest";
import { CouponError } from "@/lib/coupons/domain/errors";
import type { Coupon } from "@/lib/coupons/domain/model";
import { parseQuery } from "@/lib/coupons/query/query";
import { dataItemsQueryIn, restQueryIn, specificationIn, updateIn } from "@/emulator/codec/requests";
import { couponOut, dataItemOut } from "@/emulator/codec/responses";
import { couponFromWire, getResponseSchema, parseWire, wireCouponSchema } from "./wire";
import { collectionQueryBody, restQueryBody } from "./wire-query";

// The emulator's side of each trip, under the names the gateway's side would give them.
const couponToWire = couponOut;
const specificationFromWire = specificationIn;
const updateFromWire = (specification: unknown, fieldMask: unknown) => updateIn({ specification, fieldMask });
const parseRestQueryBody = (body: unknown) => restQueryIn(body as Record<string, unknown>);
const parseCollectionQueryBody = (body: unknown) => dataItemsQueryIn(body as Record<string, unknown>);
const collectionItemToWire = dataItemOut;

const T0 = 1_714_521_600_000;
const coupon: Coupon = {
  id: "c1",
  specification: {
    name: "Spring",
    code: "SPRING15",
    percentOffRate: 15,
    scope: { namespace: "stores" },
    startTime: T0,
    expirationTime: T0 + 1000,
    type: "PercentOff",
  },
  dateCreated: T0 - 5,
  expired: false,
  numberOfUsages: 3,
  displayData: { name: "Blue Mug" },
};

describe("coupons on the wire", () => {
  it("carry times as epoch-ms strings and read back to the same coupon", () => {
    const wire = couponToWire(coupon);
    expect(wire).toMatchObject({
      dateCreated: String(T0 - 5),
      specification: { startTime: String(T0), expirationTime: String(T0 + 1000) },
    });
    expect(couponFromWire(wireCouponSchema.parse(JSON.parse(JSON.stringify(wire))))).toEqual(coupon);
  });

  it("read numbers as well as strings, and drop nulls and other types' defaults", () => {
    const wire = {
      id: "c2",
      specification: {
        name: "n",
        code: "C",
        moneyOffAmount: "10",
        freeShipping: false,
        minimumSubtotal: 20,
        scope: null,
        startTime: T0,
        expirationTime: null,
        type: "MoneyOff",
      },
      dateCreated: T0,
      expired: false,
      numberOfUsages: 0,
      displayData: null,
      appId: null,
    };
    expect(couponFromWire(wireCouponSchema.parse(wire))).toEqual({
      id: "c2",
      specification: { name: "n", code: "C", moneyOffAmount: 10, minimumSubtotal: 20, startTime: T0, type: "MoneyOff" },
      dateCreated: T0,
      expired: false,
      numberOfUsages: 0,
    });
  });

  it("name the field of an unexpected shape", () => {
    const bad = {
      coupon: { ...couponToWire(coupon), specification: { ...(couponToWire(coupon).specification as object), startTime: "2024-05-01" } },
    };
    let error: unknown;
    try {
      parseWire(getResponseSchema, bad, "GET /stores/v2/coupons/c1");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CouponError);
    expect(error).toMatchObject({ code: "INTERNAL", message: expect.stringContaining("coupon.specification.startTime") });
    expect(() => parseWire(getResponseSchema, { coupon: { id: 7 } }, "x")).toThrow(/coupon\.id/);
    expect(() => parseWire(getResponseSchema, [], "x")).toThrow(/unexpected shape/);
  });
});

describe("input from a Wix client", () => {
  it("treats null as not set on create", () => {
    expect(specificationFromWire({ name: "n", expirationTime: null, usageLimit: 5 })).toEqual({ name: "n", usageLimit: 5 });
  });

  it.each([
    ["a comma-separated string", "name, expirationTime"],
    ["{ paths }", { paths: ["specification.name", "expirationTime"] }],
  ])("reads a field mask written as %s; a masked field without a value is cleared", (_label, mask) => {
    expect(updateFromWire({ name: "x", usageLimit: 9 }, mask)).toEqual({ name: "x", expirationTime: null });
  });

  it("refuses an update without a field mask, as Wix does", () => {
    expect(() => updateFromWire({ name: "x" }, undefined)).toThrow("Updating coupons: field mask is missing");
    expect(() => updateFromWire({ name: "x" }, "")).toThrow(CouponError);
  });
});

describe("REST query bodies", () => {
  it("carry filter and sort as JSON strings with REST paths", () => {
    const query = parseQuery({
      filter: { code: { $startsWith: "SUM" }, expired: false },
      sort: [{ _dateCreated: "desc" }],
      paging: { limit: 10, offset: 20 },
    });
    expect(restQueryBody(query)).toEqual({
      query: {
        filter: JSON.stringify({ $and: [{ "specification.code": { $startsWith: "SUM" } }, { expired: { $eq: false } }] }),
        sort: JSON.stringify([{ dateCreated: "desc" }]),
        paging: { limit: 10, offset: 20 },
      },
    });
    expect(parseRestQueryBody(JSON.parse(JSON.stringify(restQueryBody(query))))).toEqual(query);
  });

  it("are refused when filter or sort isn't a string, or asks what REST can't do", () => {
    expect(() => parseRestQueryBody({ query: { filter: { expired: true } } })).toThrow(/JSON-encoded string/);
    expect(() => parseRestQueryBody({ query: { sort: '[{"numberOfUsages":"desc"}]' } })).toThrow(/can't sort by numberOfUsages/);
    expect(() => parseRestQueryBody({ query: { filter: '{"specification.active":{"$gt":1}}' } })).toThrow(CouponError);
  });
});

describe("Data Items query bodies", () => {
  it("use collection names, {fieldName, order} sorts and $date values", () => {
    const query = parseQuery({
      filter: { expirationTime: { $lt: T0 }, numberOfUsages: { $gte: 1 } },
      sort: [{ numberOfUsages: "desc" }],
      paging: { limit: 5 },
    });
    const body = collectionQueryBody(query);
    expect(body).toEqual({
      dataCollectionId: "Marketing/Coupons",
      query: {
        filter: { $and: [{ expirationTime: { $lt: { $date: new Date(T0).toISOString() } } }, { numberOfUsages: { $gte: 1 } }] },
        sort: [{ fieldName: "numberOfUsages", order: "DESC" }],
        paging: { limit: 5, offset: 0 },
      },
      returnTotalCount: true,
      consistentRead: true,
    });
    expect(parseCollectionQueryBody(JSON.parse(JSON.stringify(body)))).toEqual(query);
  });

  it("return rows with dates as {$date}", () => {
    expect(collectionItemToWire(coupon)).toEqual({
      id: "c1",
      dataCollectionId: "Marketing/Coupons",
      data: expect.objectContaining({
        _id: "c1",
        code: "SPRING15",
        type: "PercentOff",
        startTime: { $date: new Date(T0).toISOString() },
        numberOfUsages: 3,
      }),
    });
  });
});
