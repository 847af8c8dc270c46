// GET /api/coupons/<id>/usage: the coupon's uses a day over two weeks and the forecast, for the drawer's chart.
import { defineRoute } from "@/lib/server/actions/define-route";
import { loadCouponUsage } from "@/lib/server/coupons/table-reads";

export const GET = defineRoute({
  name: "GET /api/coupons/[id]/usage",
  permission: "coupons:read",
  handler: (_request, { params }) => loadCouponUsage(String(params.id)),
});
