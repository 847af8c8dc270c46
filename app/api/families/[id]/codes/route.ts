// GET /api/families/<id>/codes: the family's codes as CSV (code, status, uses, limit, coupon id).
import { defineRoute } from "@/lib/server/actions/define-route";
import { familyCsv, familyFileName, loadFamily } from "@/lib/server/families/family-views";

export const GET = defineRoute({
  name: "GET /api/families/[id]/codes",
  permission: "coupons:export",
  handler: async (_request, { params }) => {
    const view = await loadFamily(String(params.id));
    return new Response(familyCsv(view), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${familyFileName(view)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
