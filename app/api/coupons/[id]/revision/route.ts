// A coupon's current revision, so an open edit form can warn that it changed elsewhere.
import { isCouponError } from "@/lib/coupons/domain/errors";
import { defineRoute } from "@/lib/server/actions/define-route";
import { couponGateway } from "@/lib/server/backend";
import { revisionOf } from "@/lib/server/coupons/revision";

export const GET = defineRoute({
  name: "GET /api/coupons/[id]/revision",
  permission: "coupons:write",
  handler: async (_request, { params }) => {
    const id = String(params.id);
    try {
      const coupon = await couponGateway().get(id);
      return { id, revision: revisionOf(coupon.specification) };
    } catch (error) {
      if (isCouponError(error) && error.code === "NOT_FOUND") return Response.json({ id, revision: null }, { status: 404 });
      throw error;
    }
  },
});
