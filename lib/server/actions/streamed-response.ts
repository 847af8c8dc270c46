import "server-only";
// A route handler's answer streamed from an async generator (the CSV export, the Needs attention
// sweep). The first chunk is read before answering, so a refusal or a backend that is down still
// gets a status and a JSON error (defineRoute maps the throw), not a 200 that stops short. A
// failure midway is logged, then either ends the answer with `lastWords` or cuts the stream, so
// a download fails visibly rather than look complete. A reader that goes away (the page closed
// mid-sweep) stops the generator and is not a failure.

export async function streamedResponse<T>(
  chunks: AsyncGenerator<T>,
  options: { encode: (chunk: T) => string; headers: Record<string, string>; failureLog: string; lastWords?: string },
): Promise<Response> {
  const first = await chunks.next();
  const encoder = new TextEncoder();
  const bytes = (chunk: T) => encoder.encode(options.encode(chunk));
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(bytes(first.value));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        // The reader left while this chunk was on its way: nobody is there to take it.
        if (cancelled) return;
        if (next.done) controller.close();
        else controller.enqueue(bytes(next.value));
      } catch (error) {
        if (cancelled) return;
        console.error(options.failureLog, error);
        if (options.lastWords === undefined) return controller.error(error);
        controller.enqueue(encoder.encode(options.lastWords));
        controller.close();
      }
    },
    async cancel() {
      cancelled = true;
      await chunks.return(undefined);
    },
  });
  return new Response(body, { headers: options.headers });
}
