import { errorFromResponse } from "./error-from-response";
import { BelvoError } from "./errors";
import { isRetryableStatus, parseRetryAfter } from "./retry";

/** One request on the wire, and what it means for a retry. Never throws, except on caller abort. */
export type Attempt =
  | { ok: true; status: number; body: unknown }
  | { ok: false; error: BelvoError; retryable: boolean; retryAfterMs: number | null };

export interface AttemptInput {
  fetch: typeof fetch;
  url: URL;
  init: { method: string; headers: Record<string, string>; body?: string };
  timeoutMs: number;
  signal?: AbortSignal;
  now: () => number;
}

export async function sendOnce(input: AttemptInput): Promise<Attempt> {
  const timeout = AbortSignal.timeout(input.timeoutMs);
  const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
  let status: number | null = null;
  try {
    const res = await input.fetch(input.url, { ...input.init, signal });
    status = res.status;
    const body = parseBody(await res.text(), res.status);
    if (res.ok) return { ok: true, status: res.status, body };
    const retryAfter = res.headers.get("retry-after");
    return {
      ok: false,
      error: errorFromResponse({ status: res.status, body, retryAfter }),
      retryable: isRetryableStatus(res.status),
      retryAfterMs: parseRetryAfter(retryAfter, input.now()),
    };
  } catch (error) {
    if (error instanceof BelvoError)
      return { ok: false, error, retryable: false, retryAfterMs: null };
    if (input.signal?.aborted && !timeout.aborted) throw error;
    if (timeout.aborted) {
      // Not retried: the server may still be working on it, and waiting twice doubles the wait.
      const message = `Belvo did not answer within ${input.timeoutMs} ms`;
      return {
        ok: false,
        error: new BelvoError({ code: "timeout", status, message, cause: error }),
        retryable: false,
        retryAfterMs: null,
      };
    }
    const reason = networkReason(error);
    const message = `Could not reach Belvo${reason ? ` (${reason})` : ""}`;
    // No response at all (refused, reset before headers): a GET can safely be sent again.
    const failure = new BelvoError({ code: "unexpected", status, message, cause: error });
    return { ok: false, error: failure, retryable: status === null, retryAfterMs: null };
  }
}

function networkReason(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === "string") return cause.code;
  return error instanceof Error ? error.message : "";
}

function parseBody(text: string, status: number): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    // A 2xx that is not JSON is a broken response; an error status keeps its status-based meaning.
    if (status >= 200 && status < 300) {
      throw new BelvoError({
        code: "unexpected",
        status,
        message: `Belvo answered ${status} with a body that is not JSON`,
      });
    }
    return null;
  }
}
