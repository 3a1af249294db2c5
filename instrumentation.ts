// Next calls register() once per server start. The job worker lives in the Node.js server only:
// never in the edge runtime (proxy.ts) and never while `next build` collects pages. NEXT_RUNTIME
// is read here, not through lib/env.ts, because Next replaces it at bundle time and drops the
// Node-only import from the edge bundle.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  (await import("@/lib/http/server/method-guard")).installMethodGuard();
  const { startServerWorker } = await import("@/lib/jobs/server-worker");
  const { appJobHandlers } = await import("@/lib/webhooks/job-handlers");
  startServerWorker(appJobHandlers());
}
