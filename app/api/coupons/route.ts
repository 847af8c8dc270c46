// GET /api/coupons?<table URL state>: one page of the coupon table, for react-query in the browser.
import type { NextRequest } from "next/server";
import { errorResponse, jsonResponse } from "@/lib/server/api-response";
import { loadCouponPage, readTableRequest } from "@/lib/server/coupon-table";

// AUTH: wrap at merge
export async function GET(request: NextRequest): Promise<Response> {
  try {
    return jsonResponse(await loadCouponPage(readTableRequest(request.nextUrl.searchParams)));
  } catch (error) {
    return errorResponse(error, "GET /api/coupons");
  }
}
