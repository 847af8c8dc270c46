// GET /api/coupons/<id>: one coupon in the merchant's words, for the details drawer.
import { defineRoute } from "@/lib/server/actions/define-route";
import { loadCouponView } from "@/lib/server/coupons/table-reads";

export const GET = defineRoute({
  name: "GET /api/coupons/[id]",
  permission: "coupons:read",
  handler: (_request, { params }) => loadCouponView(String(params.id)),
});
