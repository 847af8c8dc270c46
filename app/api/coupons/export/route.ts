// GET /api/coupons/export?<table URL state>: the current filtered view as CSV, every page of it.
import { COLUMNS_COOKIE } from "@/lib/coupons/table/columns";
import { defineRoute } from "@/lib/server/actions/define-route";
import { streamedResponse } from "@/lib/server/actions/streamed-response";
import { couponCsv, exportFileName, readTableRequest, visibleColumns } from "@/lib/server/coupon-table";

const NO_STORE = { "Cache-Control": "private, no-store" };

export const GET = defineRoute({
  name: "GET /api/coupons/export",
  // Both roles: support staff export too (a permission of its own, so it can be withdrawn).
  permission: "coupons:export",
  handler: async (request) => {
    const table = readTableRequest(request.nextUrl.searchParams);
    const columns = visibleColumns(table.state, request.cookies.get(COLUMNS_COOKIE)?.value);
    // Headers are gone by a failure midway; cutting the stream makes the download fail visibly.
    return streamedResponse(couponCsv(table, columns), {
      encode: (chunk) => chunk,
      failureLog: "[coupons] CSV export failed midway",
      headers: {
        ...NO_STORE,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(table.setup)}"`,
      },
    });
  },
});
