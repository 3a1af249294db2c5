import { onWake } from "./wake";

/**
 * Waits up to `ms`, returning early when work is announced in this process or the worker stops.
 * Timers are unref'd so an idle worker never keeps a process alive on its own.
 */
export function idle(ms: number, signal: AbortSignal, { wakeable = true } = {}): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timer.unref();
    const unsubscribe = wakeable ? onWake(done) : () => undefined;
    signal.addEventListener("abort", done, { once: true });
  });
}
