export interface BackoffOptions {
  /** Delay before the second attempt, before jitter. Default 5 s. */
  baseMs?: number;
  /** Upper bound for any single delay. Default 10 min. */
  maxMs?: number;
  /** Injectable for tests; defaults to Math.random. */
  random?: () => number;
}

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries of
 * jobs that failed together (Belvo down) spread out but never come back immediately.
 * `attempts` is how many runs have already failed (1 after the first failure).
 */
export function backoffDelayMs(attempts: number, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? 5_000;
  const maxMs = options.maxMs ?? 10 * 60_000;
  const random = options.random ?? Math.random;
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
