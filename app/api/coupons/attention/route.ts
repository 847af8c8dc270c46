// GET /api/coupons/attention: the "Needs attention" sweep as it runs, one JSON object per line
// (progress, then the coupons whose item is gone, hidden or over): on Wix a sweep over 10,000
// coupons takes a while, and the page shows how far it got.
import { defineRoute } from "@/lib/server/actions/define-route";
import { streamedResponse } from "@/lib/server/actions/streamed-response";
import { sweepScopeHealth } from "@/lib/server/catalogue/attention-sweep";

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

export const GET = defineRoute({
  name: "GET /api/coupons/attention",
  permission: "coupons:read",
  handler: async () =>
    streamedResponse(sweepScopeHealth(), {
      encode: line,
      failureLog: "[coupons] the attention sweep failed midway",
      lastWords: line({ type: "failed", message: "The check stopped before it was done. Try again in a moment." }),
      headers: { "Cache-Control": "private, no-store", "Content-Type": "application/x-ndjson; charset=utf-8" },
    }),
});
