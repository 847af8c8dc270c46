// GET /api/coupons?filter=<json>&sort=<json>&limit=&offset= : one page of coupons, for both roles.
import { defineRoute } from "@/lib/server/actions/define-route";
import { queryCoupons } from "@/lib/server/coupons/queries";

export const GET = defineRoute({
  name: "GET /api/coupons",
  permission: "coupons:read",
  handler: (request) => queryCoupons(request.nextUrl.searchParams),
});
