// Retries are for reads only. A POST to Belvo may spend one of the applicant's three daily IMSS
// queries (and creates new records each time), so the transport never replays it; see http.ts.

export interface RetryOptions {
  /** Total tries including the first one. 1 disables retries. */
  maxAttempts?: number;
  /** First backoff step; doubles each retry. */
  baseDelayMs?: number;
  /** Ceiling for one backoff step. */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the call fails with the 429 instead. */
  maxRetryAfterMs?: number;
  /** Injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable for tests; returns [0, 1). */
  random?: () => number;
  /** Injectable for tests; used to read HTTP-date Retry-After values. */
  now?: () => number;
}

export type RetryPolicy = Required<RetryOptions>;

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export function resolveRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    maxAttempts: Math.max(1, Math.floor(options.maxAttempts ?? 3)),
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 8_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    sleep: options.sleep ?? sleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
}

/** Retry-After in milliseconds, from delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": never zero, never above the ceiling. */
export function backoffDelay(
  retryNumber: number,
  policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs" | "random">,
): number {
  const ceiling = Math.min(
    policy.maxDelayMs,
    policy.baseDelayMs * 2 ** Math.max(0, retryNumber - 1),
  );
  return Math.round(ceiling / 2 + policy.random() * (ceiling / 2));
}

/** 429 and every 5xx; a 4xx other than 429 will not change by asking again. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
