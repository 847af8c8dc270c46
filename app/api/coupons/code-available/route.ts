// Whether a coupon code is free, for the form's live duplicate check (case-insensitive).
import { CODE_MAX } from "@/lib/coupons/domain/specification";
import { defineRoute } from "@/lib/server/actions/define-route";
import { couponGateway } from "@/lib/server/backend";
import { isCodeAvailable } from "@/lib/server/coupons/codes";

export const GET = defineRoute({
  name: "GET /api/coupons/code-available",
  // Only the form asks, and only people who may save a coupon use the form.
  permission: "coupons:write",
  handler: async (request) => {
    const params = request.nextUrl.searchParams;
    const code = (params.get("code") ?? "").trim();
    const except = params.get("except") || undefined;
    // A code over the limit is the form's problem to report; the lookup only answers for real codes.
    if (code === "" || [...code].length > CODE_MAX) {
      return Response.json({ error: `Send a code of 1 to ${CODE_MAX} characters.` }, { status: 400 });
    }
    return { code, available: await isCodeAvailable(couponGateway(), code, except) };
  },
});
