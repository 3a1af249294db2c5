import { errorBody, AppError, safeErrorSummary } from "@/lib/errors";

type Send = (event: Record<string, unknown>) => void;

/**
 * Streams newline-delimited JSON events while long work runs, ending with `done` or `error`, so
 * the browser can show real progress. Errors are reported the same way as in JSON responses.
 */
export function ndjsonStream(work: (send: Send) => Promise<Record<string, unknown>>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      // Once the browser has gone, progress has nowhere to go; the work itself must still finish
      // (a link already spent an IMSS query), so sending becomes a no-op instead of throwing.
      let open = true;
      const send: Send = (event) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          open = false;
        }
      };
      try {
        send({ type: "done", ...(await work(send)) });
      } catch (error) {
        const appError = error instanceof AppError ? error : new AppError("internal");
        if (!(error instanceof AppError))
          console.error(`cotiza: unexpected error while streaming: ${safeErrorSummary(error)}`);
        send({ type: "error", ...errorBody(appError) });
      } finally {
        if (open) controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson", "cache-control": "no-store" },
  });
}
