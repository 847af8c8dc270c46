// AUTH: wrap at merge
// Whether a coupon code is free, for the form's live duplicate check (case-insensitive).
import type { NextRequest } from "next/server";
import { CODE_MAX } from "@/lib/coupons/specification";
import { couponGateway } from "@/lib/server/backend";
import { isCodeAvailable } from "@/lib/server/coupon-codes";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const code = (params.get("code") ?? "").trim();
  const except = params.get("except") || undefined;
  // A code over the limit is the form's problem to report; the lookup only answers for real codes.
  if (code === "" || [...code].length > CODE_MAX) {
    return Response.json({ error: `Send a code of 1 to ${CODE_MAX} characters.` }, { status: 400 });
  }
  const available = await isCodeAvailable(couponGateway(), code, except);
  return Response.json({ code, available }, { headers: { "Cache-Control": "no-store" } });
}
