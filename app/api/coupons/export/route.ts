// GET /api/coupons/export?<table URL state>: the current filtered view as CSV, every page of it.
import { COLUMNS_COOKIE } from "@/lib/coupons/table-state";
import { defineRoute } from "@/lib/server/actions/define-route";
import { couponCsv, exportFileName, readTableRequest, visibleColumns } from "@/lib/server/coupon-table";

const NO_STORE = { "Cache-Control": "private, no-store" };

export const GET = defineRoute({
  name: "GET /api/coupons/export",
  // Both roles: support staff export too (a permission of its own, so it can be withdrawn).
  permission: "coupons:export",
  handler: async (request) => {
    const table = readTableRequest(request.nextUrl.searchParams);
    const columns = visibleColumns(table.state, request.cookies.get(COLUMNS_COOKIE)?.value);
    const rows = couponCsv(table, columns);
    // Read the first chunk before answering: a backend that is down gets a JSON error and a status
    // (defineRoute maps the throw), not a 200 with half a file.
    const first = await rows.next();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (!first.done) controller.enqueue(encoder.encode(first.value));
      },
      async pull(controller) {
        try {
          const next = await rows.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          // Headers are gone; cutting the stream makes the download fail visibly rather than look complete.
          console.error("[coupons] CSV export failed midway", error);
          controller.error(error);
        }
      },
      async cancel() {
        await rows.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        ...NO_STORE,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(table.setup)}"`,
      },
    });
  },
});
