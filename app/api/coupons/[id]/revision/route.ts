// AUTH: wrap at merge
// A coupon's current revision, so an open edit form can warn that it changed elsewhere.
import { isCouponError } from "@/lib/coupons/errors";
import { couponGateway } from "@/lib/server/backend";
import { revisionOf } from "@/lib/server/coupon-revision";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const coupon = await couponGateway().get(id);
    return Response.json({ id, revision: revisionOf(coupon.specification) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isCouponError(error) && error.code === "NOT_FOUND") return Response.json({ id, revision: null }, { status: 404 });
    throw error;
  }
}
