// GET /api/coupons/export?<table URL state>: the current filtered view as CSV, every page of it.
import type { NextRequest } from "next/server";
import { COLUMNS_COOKIE } from "@/lib/coupons/table-state";
import { errorResponse, NO_STORE } from "@/lib/server/api-response";
import { couponCsv, exportFileName, readTableRequest, visibleColumns } from "@/lib/server/coupon-table";

// AUTH: wrap at merge
export async function GET(request: NextRequest): Promise<Response> {
  const table = readTableRequest(request.nextUrl.searchParams);
  const columns = visibleColumns(table.state, request.cookies.get(COLUMNS_COOKIE)?.value);
  const rows = couponCsv(table, columns);
  // Read the first chunk before answering: a backend that is down gets a JSON error and a status,
  // not a 200 with half a file.
  let first: IteratorResult<string>;
  try {
    first = await rows.next();
  } catch (error) {
    return errorResponse(error, "GET /api/coupons/export");
  }
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
}
