import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { BackoffOptions } from "./backoff";
import { claimBatch, DEFAULT_VISIBILITY_TIMEOUT_MS, failAbandoned } from "./claim";
import { foregroundIdle } from "./foreground";
import { idle } from "./idle";
import { complete, describeJobError, fail, heartbeat } from "./settle";
import type { ClaimedJob, JobHandlers } from "./types";

export interface WorkerOptions {
  handlers: JobHandlers;
  /** Abort to stop: no new claims; running handlers finish, then `stopped` resolves. */
  signal: AbortSignal;
  /** How long an idle slot waits before looking again. Default 1 s. */
  pollMs?: number;
  /** Jobs run at the same time. Default 2. */
  concurrency?: number;
  workerId?: string;
  visibilityTimeoutMs?: number;
  /** How often a running job's lock is refreshed. Default a third of the visibility timeout. */
  heartbeatMs?: number;
  backoff?: BackoffOptions;
  /**
   * How long a claim may wait for urgent requests in this process to finish (`foreground.ts`).
   * Default 0: claim at once.
   */
  yieldToForegroundMs?: number;
}

export interface Worker {
  id: string;
  stopped: Promise<void>;
}

// Ids and kinds only: payloads may one day carry personal data.
function log(level: "info" | "warn" | "error", message: string, job?: ClaimedJob, error?: unknown) {
  const where = job
    ? ` (job ${job.id}, ${job.kind}, attempt ${job.attempts}/${job.maxAttempts})`
    : "";
  const why = error === undefined ? "" : `: ${describeJobError(error)}`;
  console[level](`cotiza worker: ${message}${where}${why}`);
}

export function startWorker(options: WorkerOptions): Worker {
  const id = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const { handlers, signal } = options;
  const pollMs = options.pollMs ?? 1_000;
  const visibilityTimeoutMs = options.visibilityTimeoutMs ?? DEFAULT_VISIBILITY_TIMEOUT_MS;
  const kinds = Object.keys(handlers);
  const heartbeatMs = options.heartbeatMs ?? Math.max(50, Math.floor(visibilityTimeoutMs / 3));

  async function run(job: ClaimedJob): Promise<void> {
    const beat = setInterval(() => {
      heartbeat(job).catch((error: unknown) => log("warn", "heartbeat failed", job, error));
    }, heartbeatMs);
    beat.unref();
    try {
      const handler = handlers[job.kind];
      if (!handler) throw new Error(`No handler is registered for job kind "${job.kind}".`);
      await handler({ job, signal });
      clearInterval(beat);
      if (!(await complete(job))) log("warn", "finished a job another worker had taken over", job);
    } catch (error) {
      clearInterval(beat);
      try {
        const outcome = await fail(job, error, options.backoff);
        log(
          outcome.final ? "error" : "warn",
          outcome.final ? "job failed for good" : "job failed, will retry",
          job,
          error,
        );
      } catch (settleError) {
        // The job stays RUNNING and is taken over after the visibility timeout.
        log("error", "could not record a job failure", job, settleError);
      }
    }
  }

  // One loop claims for all slots, refilling them in batches once half are free: a burst of
  // webhooks costs one claim statement per batch, and wake-ups from many enqueues coalesce.
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const running = new Set<Promise<void>>();

  async function claimLoop(): Promise<void> {
    while (!signal.aborted) {
      if (running.size > 0 && running.size >= Math.ceil(concurrency / 2)) {
        await Promise.race(running);
        continue;
      }
      await foregroundIdle(options.yieldToForegroundMs ?? 0, signal);
      if (signal.aborted) break;
      let jobs: ClaimedJob[] = [];
      try {
        jobs = await claimBatch(id, {
          kinds,
          visibilityTimeoutMs,
          limit: concurrency - running.size,
        });
      } catch (error) {
        log("error", "could not claim jobs", undefined, error);
      }
      for (const job of jobs) {
        const task: Promise<void> = run(job).finally(() => running.delete(task));
        running.add(task);
      }
      if (jobs.length === 0) await idle(pollMs, signal);
    }
    await Promise.all(running);
  }

  async function sweep(): Promise<void> {
    while (!signal.aborted) {
      try {
        const given = await failAbandoned({ kinds, visibilityTimeoutMs });
        if (given > 0) log("warn", `marked ${given} abandoned job(s) FAILED`);
      } catch (error) {
        log("error", "could not sweep abandoned jobs", undefined, error);
      }
      await idle(visibilityTimeoutMs, signal, { wakeable: false });
    }
  }

  const stopped = Promise.all([claimLoop(), sweep()]).then(() => undefined);
  return { id, stopped };
}
