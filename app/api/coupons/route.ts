// GET /api/coupons?<table URL state>: one page of the coupon table, for react-query in the browser.
import { defineRoute } from "@/lib/server/actions/define-route";
import { loadCouponPage, readTableRequest } from "@/lib/server/coupons/table-reads";

export const GET = defineRoute({
  name: "GET /api/coupons",
  permission: "coupons:read",
  handler: (request) => loadCouponPage(readTableRequest(request.nextUrl.searchParams)),
});
