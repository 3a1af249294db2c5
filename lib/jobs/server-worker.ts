import { env } from "@/lib/env";
import { safeErrorSummary } from "@/lib/errors";
import { scheduleRecurringJobs } from "./recurring";
import type { JobHandlers } from "./types";
import { startWorker, type Worker } from "./worker";

// Dev reloads instrumentation; one worker per process is enough.
const KEY = Symbol.for("cotiza.jobs.server-worker");
type Holder = Record<symbol, Worker | undefined>;

/**
 * Runs the job worker inside the Next server process (COTIZA_WORKER=off to run none, e.g. when a
 * separate worker process is deployed). On SIGTERM/SIGINT it stops claiming; Next then exits, and
 * a job cut short is taken over by a worker after the visibility timeout. The handlers come from
 * the features (`instrumentation.ts` composes them): the job queue knows no job kind.
 */
export function startServerWorker(handlers: JobHandlers): Worker | undefined {
  const settings = env();
  if (settings.COTIZA_WORKER === "off") return undefined;
  if (!settings.DATABASE_URL) {
    console.error("cotiza worker: DATABASE_URL is not set; background jobs will not run");
    return undefined;
  }
  const holder = globalThis as unknown as Holder;
  if (holder[KEY]) return holder[KEY];
  const controller = new AbortController();
  const worker = startWorker({
    handlers,
    signal: controller.signal,
    pollMs: 1_000,
    concurrency: 4,
    // A burst of webhooks is acknowledged first; its jobs run in the gaps and right after it.
    yieldToForegroundMs: 250,
    visibilityTimeoutMs: settings.COTIZA_JOB_VISIBILITY_TIMEOUT_MS,
  });
  holder[KEY] = worker;
  // Recurring jobs (the retention purge) get their first run; replicas agree on one pending run.
  scheduleRecurringJobs(handlers).catch((error: unknown) =>
    console.error(`cotiza worker: could not schedule recurring jobs: ${safeErrorSummary(error)}`),
  );
  const stop = () => controller.abort();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  console.info(`cotiza worker: started (${worker.id})`);
  return worker;
}
