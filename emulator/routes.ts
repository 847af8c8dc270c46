import "server-only";
// The Wix endpoints the emulator serves, at Wix's own paths, over the embedded store. Requests and
// answers go through the emulator's own codec (codec/), written from Wix's docs apart from the
// gateway's wire module, so the contract suite checks one reading of the wire format against another.
import { CouponError, invalidArgument } from "@/lib/coupons/domain/errors";
import type { SqliteCouponStore } from "@/lib/server/store/coupon-store";
import type { CatalogVersion } from "./codec/catalogue";
import { bulkCreateIn, bulkDeleteIn, COUPONS_COLLECTION, createIn, dataItemsQueryIn, restQueryIn, updateIn } from "./codec/requests";
import { bulkCreateOut, bulkDeleteOut, couponOut, dataItemOut } from "./codec/responses";
import { CATALOGUE_ROUTES } from "./catalogue-routes";

/** What the site and the key are like, beyond the store: the emulator's options. */
export interface SiteSettings {
  catalogVersion: CatalogVersion;
  /** The key has Read Products but not Manage Products. */
  productsReadOnly: boolean;
}

export interface RouteContext {
  store: SqliteCouponStore;
  params: string[];
  body: Record<string, unknown>;
  settings: SiteSettings;
}

export interface Route {
  method: string;
  pattern: RegExp;
  /** Where the request's field names live, so errors name them as Wix does. */
  fieldPrefix: string;
  handle(ctx: RouteContext): Promise<unknown>;
}

const ID = "([^/]+)";

export const ROUTES: Route[] = [
  {
    method: "POST",
    pattern: /^\/stores\/v2\/coupons$/,
    fieldPrefix: "specification.",
    handle: async ({ store, body }) => store.create(createIn(body)),
  },
  {
    method: "POST",
    pattern: /^\/stores\/v2\/coupons\/query$/,
    fieldPrefix: "",
    handle: async ({ store, body }) => {
      const result = await store.query(restQueryIn(body));
      return { coupons: result.items.map(couponOut), totalResults: result.totalResults };
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/stores/v2/coupons/${ID}$`),
    fieldPrefix: "",
    handle: async ({ store, params }) => ({ coupon: couponOut(await store.get(params[0]!)) }),
  },
  {
    method: "PATCH",
    pattern: new RegExp(`^/stores/v2/coupons/${ID}$`),
    fieldPrefix: "specification.",
    handle: async ({ store, params, body }) => {
      await store.update(params[0]!, updateIn(body));
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
      const { specifications, returnFullEntity } = bulkCreateIn(body);
      return bulkCreateOut(await store.bulkCreate(specifications, { returnFullEntity }));
    },
  },
  {
    method: "POST",
    pattern: /^\/stores\/v2\/bulk\/coupons\/delete$/,
    fieldPrefix: "",
    handle: async ({ store, body }) => bulkDeleteOut(await store.bulkDelete(bulkDeleteIn(body))),
  },
  {
    // Not a Wix endpoint: customers using a code at checkout, which Wix counts in numberOfUsages
    // and no coupon API can do. Tests call it to make a coupon used (up); like the product writes,
    // it stands for something that happens outside the Coupons API.
    method: "POST",
    pattern: new RegExp(`^/_emulator/coupons/${ID}/redemptions$`),
    fieldPrefix: "",
    handle: async ({ store, params, body }) => {
      const uses = body.uses === undefined ? 1 : body.uses;
      if (typeof uses !== "number" || !Number.isInteger(uses) || uses < 1)
        throw invalidArgument([{ field: "uses", description: "uses is a whole number, 1 or more." }]);
      return { coupon: couponOut(store.recordRedemption(params[0]!, uses)) };
    },
  },
  {
    method: "POST",
    pattern: /^\/wix-data\/v2\/items\/query$/,
    fieldPrefix: "",
    handle: async ({ store, body }) => {
      if (body.dataCollectionId !== COUPONS_COLLECTION) {
        throw new CouponError(
          "NOT_FOUND",
          `Collection ${JSON.stringify(body.dataCollectionId ?? "")} does not exist; this emulator serves ${COUPONS_COLLECTION}.`,
        );
      }
      const query = dataItemsQueryIn(body);
      const result = await store.query(query);
      return {
        dataItems: result.items.map(dataItemOut),
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

/** Coupons and Data Items (above), then the catalogue endpoints (catalogue-routes.ts). */
const ALL_ROUTES: Route[] = [...ROUTES, ...CATALOGUE_ROUTES];

/** The route for a request, with its path parameters; null when Wix has no such endpoint. */
export function findRoute(method: string, path: string): { route: Route; params: string[] } | null {
  for (const route of ALL_ROUTES) {
    const match = route.pattern.exec(path);
    if (match && route.method === method) return { route, params: match.slice(1).map(decodeURIComponent) };
  }
  return null;
}
