// Pages forbid eval (lib/http/server/security-headers.ts), and zod otherwise probes for it with
// `Function("")` on its first object parse: the browser blocks the probe and reports a
// Content-Security-Policy violation. zod keeps its settings in one global object, created only if
// absent when zod first loads (`globalThis.__zod_globalConfig`); filling it in beforehand is
// `config({ jitless: true })` without importing zod, so pages that never validate in the browser do
// not ship it. Without the probe zod parses the same, minus a compiled fast path it could not use
// under this policy anyway. zod-jitless.test.ts checks that zod still reads this object.

type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

/** Makes every zod loaded afterwards in this realm parse without compiling code. */
export function presetZodJitless(scope: object = globalThis): void {
  const global = scope as ZodGlobal;
  global.__zod_globalConfig = { ...global.__zod_globalConfig, jitless: true };
}
