// GET /api/coupons/<id>: one coupon in the merchant's words, for the details drawer.
import type { NextRequest } from "next/server";
import { errorResponse, jsonResponse } from "@/lib/server/api-response";
import { loadCouponView } from "@/lib/server/coupon-table";

// AUTH: wrap at merge
export async function GET(_request: NextRequest, { params }: RouteContext<"/api/coupons/[id]">): Promise<Response> {
  try {
    const { id } = await params;
    return jsonResponse(await loadCouponView(id));
  } catch (error) {
    return errorResponse(error, "GET /api/coupons/[id]");
  }
}
