import type { RetryPolicy } from "./retry";
import { BelvoError } from "./errors";
import { sendOnce } from "./http-attempt";
import { backoffDelay } from "./retry";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What the client reports per attempt: no query string and no body, so no personal data. */
export interface BelvoRequestEvent {
  method: HttpMethod;
  path: string;
  attempt: number;
  status: number | null;
  durationMs: number;
  errorCode?: string;
  retryInMs?: number;
}

export interface TransportConfig {
  baseUrl: string;
  secretId: string;
  secretPassword: string;
  timeoutMs: number;
  retry: RetryPolicy;
  fetch: typeof fetch;
  onRequest?: (event: BelvoRequestEvent) => void;
}

export interface RequestInput {
  method: HttpMethod;
  /** A path under the base URL, or a full URL from Belvo's `next` link. */
  target: string;
  query?: URLSearchParams;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface RawResponse {
  status: number;
  body: unknown;
}

export interface Transport {
  request(input: RequestInput): Promise<RawResponse>;
}

export function createTransport(config: TransportConfig): Transport {
  const base = config.baseUrl.replace(/\/+$/, "");
  const origin = new URL(base).origin;
  const authorization = `Basic ${Buffer.from(`${config.secretId}:${config.secretPassword}`).toString("base64")}`;

  function resolveUrl(input: RequestInput): URL {
    const url = /^https?:\/\//.test(input.target)
      ? new URL(input.target)
      : new URL(`${base}${input.target}`);
    // Never send our Basic credentials to a host other than the configured Belvo.
    if (url.origin !== origin) {
      throw new BelvoError({
        code: "unexpected",
        message: `Refusing to follow a Belvo link to another origin (${url.origin})`,
      });
    }
    input.query?.forEach((value, key) => url.searchParams.set(key, value));
    return url;
  }

  async function request(input: RequestInput): Promise<RawResponse> {
    const url = resolveUrl(input);
    const headers: Record<string, string> = {
      Accept: "application/json",
      Authorization: authorization,
      ...input.headers,
    };
    if (input.body !== undefined) headers["Content-Type"] = "application/json";
    const init = {
      method: input.method,
      headers,
      ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
    };
    // Only GETs are replayed: POST retrievals spend IMSS queries, and PUT/PATCH/DELETE are left to a person.
    const maxAttempts = input.method === "GET" ? config.retry.maxAttempts : 1;
    for (let attempt = 1; ; attempt += 1) {
      const started = Date.now();
      const result = await sendOnce({
        fetch: config.fetch,
        url,
        init,
        timeoutMs: input.timeoutMs ?? config.timeoutMs,
        now: config.retry.now,
        ...(input.signal ? { signal: input.signal } : {}),
      });
      const event = { method: input.method, path: url.pathname, attempt };
      if (result.ok) {
        config.onRequest?.({ ...event, status: result.status, durationMs: Date.now() - started });
        return { status: result.status, body: result.body };
      }
      const delay =
        result.retryable && attempt < maxAttempts
          ? (result.retryAfterMs ?? backoffDelay(attempt, config.retry))
          : null;
      // A Retry-After beyond our patience fails now, so a page load never hangs on Belvo's advice.
      const willRetry = delay !== null && delay <= config.retry.maxRetryAfterMs;
      config.onRequest?.({
        ...event,
        status: result.error.status,
        durationMs: Date.now() - started,
        errorCode: result.error.code,
        ...(willRetry ? { retryInMs: delay } : {}),
      });
      if (!willRetry) throw result.error;
      await config.retry.sleep(delay, input.signal);
    }
  }

  return { request };
}
