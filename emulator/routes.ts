import "server-only";
// The Wix endpoints the emulator serves, at Wix's own paths, over the embedded store. Requests and
// answers go through the same wire module the Wix gateway uses.
import { CouponError, invalidArgument } from "@/lib/coupons/errors";
import type { SqliteCouponStore } from "@/lib/server/store/coupon-store";
import {
  bulkCreateToWire,
  bulkDeleteToWire,
  couponToWire,
  specificationFromWire,
  updateFromWire,
} from "@/lib/server/wix/wire";
import { collectionItemToWire, COUPONS_COLLECTION, parseCollectionQueryBody, parseRestQueryBody } from "@/lib/server/wix/wire-query";

export interface RouteContext {
  store: SqliteCouponStore;
  params: string[];
  body: Record<string, unknown>;
}

export interface Route {
  method: string;
  pattern: RegExp;
  /** Where the request's field names live, so errors name them as Wix does. */
  fieldPrefix: string;
  handle(ctx: RouteContext): Promise<unknown>;
}

const ID = "([^/]+)";

function requireSpecification(body: Record<string, unknown>): unknown {
  if (body.specification === undefined || body.specification === null) {
    throw invalidArgument([{ field: "", description: "specification is required." }]);
  }
  return specificationFromWire(body.specification);
}

export const ROUTES: Route[] = [
  {
    method: "POST",
    pattern: /^\/stores\/v2\/coupons$/,
    fieldPrefix: "specification.",
    handle: async ({ store, body }) => store.create(requireSpecification(body)),
  },
  {
    method: "POST",
    pattern: /^\/stores\/v2\/coupons\/query$/,
    fieldPrefix: "",
    handle: async ({ store, body }) => {
      const result = await store.query(parseRestQueryBody(body));
      return { coupons: result.items.map(couponToWire), totalResults: result.totalResults };
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/stores/v2/coupons/${ID}$`),
    fieldPrefix: "",
    handle: async ({ store, params }) => ({ coupon: couponToWire(await store.get(params[0]!)) }),
  },
  {
    method: "PATCH",
    pattern: new RegExp(`^/stores/v2/coupons/${ID}$`),
    fieldPrefix: "specification.",
    handle: async ({ store, params, body }) => {
      await store.update(params[0]!, updateFromWire(body.specification, body.fieldMask));
      return {};
    },
  },
  {
    method: "DELETE",
    pattern: new RegExp(`^/stores/v2/coupons/${ID}$`),
    fieldPrefix: "",
    handle: async ({ store, params }) => {
      await store.delete(params[0]!);
      return {};
    },
  },
  {
    method: "POST",
    pattern: /^\/stores\/v2\/bulk\/coupons\/create$/,
    fieldPrefix: "",
    handle: async ({ store, body }) => {
      const specs = Array.isArray(body.specifications) ? body.specifications.map(specificationFromWire) : (body.specifications as unknown[]);
      return bulkCreateToWire(await store.bulkCreate(specs, { returnFullEntity: body.returnFullEntity === true }));
    },
  },
  {
    method: "POST",
    pattern: /^\/stores\/v2\/bulk\/coupons\/delete$/,
    fieldPrefix: "",
    handle: async ({ store, body }) => bulkDeleteToWire(await store.bulkDelete(body.ids as string[])),
  },
  {
    method: "POST",
    pattern: /^\/wix-data\/v2\/items\/query$/,
    fieldPrefix: "",
    handle: async ({ store, body }) => {
      if (body.dataCollectionId !== COUPONS_COLLECTION) {
        throw new CouponError("NOT_FOUND", `Collection ${JSON.stringify(body.dataCollectionId ?? "")} does not exist; this emulator serves ${COUPONS_COLLECTION}.`);
      }
      const query = parseCollectionQueryBody(body);
      const result = await store.query(query);
      return {
        dataItems: result.items.map(collectionItemToWire),
        pagingMetadata: {
          count: result.items.length,
          offset: query.offset,
          ...(body.returnTotalCount === true ? { total: result.totalResults } : {}),
          tooManyToCount: false,
        },
      };
    },
  },
];

/** The route for a request, with its path parameters; null when Wix has no such endpoint. */
export function findRoute(method: string, path: string): { route: Route; params: string[] } | null {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match && route.method === method) return { route, params: match.slice(1).map(decodeURIComponent) };
  }
  return null;
}
