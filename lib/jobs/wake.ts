// Lets code that just enqueued a job wake idle workers in the same process instead of waiting for
// their next poll. On globalThis because Next bundles route handlers and instrumentation.ts
// separately: each bundle has its own copy of this module.
const KEY = Symbol.for("cotiza.jobs.wake");

type Registry = { listeners: Set<() => void> };

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  holder[KEY] ??= { listeners: new Set() };
  return holder[KEY];
}

export function wakeWorkers(): void {
  for (const listener of registry().listeners) listener();
}

export function onWake(listener: () => void): () => void {
  registry().listeners.add(listener);
  return () => registry().listeners.delete(listener);
}
