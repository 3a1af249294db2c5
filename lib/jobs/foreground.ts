// Requests someone waits on (a webhook Belvo wants acknowledged within 5 s) come before background
// jobs: the embedded database runs one query at a time and the worker shares the server's event
// loop, so a worker claiming during a burst makes every acknowledgement wait behind its queries.
// Routes mark such work; the worker waits for a gap before it claims, for a bounded time so jobs
// still progress under a load that never stops. On globalThis because Next bundles route
// handlers and instrumentation.ts separately.
const KEY = Symbol.for("cotiza.jobs.foreground");

type State = { busy: number; waiters: Set<() => void> };

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  holder[KEY] ??= { busy: 0, waiters: new Set() };
  return holder[KEY];
}

/** Marks urgent work as started; call the returned function (once is enough) when it ends. */
export function beginForeground(): () => void {
  const current = state();
  current.busy += 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    current.busy -= 1;
    if (current.busy > 0) return;
    for (const wake of [...current.waiters]) wake();
  };
}

/** Resolves when no urgent work is in flight, after `maxWaitMs` at most, or when `signal` aborts. */
export function foregroundIdle(maxWaitMs: number, signal: AbortSignal): Promise<void> {
  const current = state();
  if (current.busy === 0 || maxWaitMs <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      current.waiters.delete(done);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    timer.unref();
    current.waiters.add(done);
    signal.addEventListener("abort", done, { once: true });
  });
}
