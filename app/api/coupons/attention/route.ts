// GET /api/coupons/attention: the "Needs attention" sweep as it runs, one JSON object per line
// (progress, then the coupons whose item is gone, hidden or over): on Wix a sweep over 10,000
// coupons takes a while, and the page shows how far it got.
import { defineRoute } from "@/lib/server/actions/define-route";
import { sweepScopeHealth } from "@/lib/server/catalogue/attention-sweep";

export const GET = defineRoute({
  name: "GET /api/coupons/attention",
  permission: "coupons:read",
  handler: async () => {
    const events = sweepScopeHealth();
    // The first event is read before answering, so a refusal or a backend that is down gets a
    // status and a JSON error (defineRoute maps the throw), not a 200 that stops short.
    const first = await events.next();
    const encoder = new TextEncoder();
    const line = (value: unknown) => encoder.encode(`${JSON.stringify(value)}\n`);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (!first.done) controller.enqueue(line(first.value));
      },
      async pull(controller) {
        try {
          const next = await events.next();
          if (next.done) controller.close();
          else controller.enqueue(line(next.value));
        } catch (error) {
          console.error("[coupons] the attention sweep failed midway", error);
          controller.enqueue(line({ type: "failed", message: "The check stopped before it was done. Try again in a moment." }));
          controller.close();
        }
      },
      async cancel() {
        await events.return(undefined);
      },
    });
    return new Response(body, { headers: { "Cache-Control": "private, no-store", "Content-Type": "application/x-ndjson; charset=utf-8" } });
  },
});
