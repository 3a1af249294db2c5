import "server-only";
import { db } from "@/lib/db";
import { safeErrorSummary } from "@/lib/errors";
import { backoffDelayMs, type BackoffOptions } from "./backoff";
import type { ClaimedJob } from "./types";

// Every write after a claim is fenced on (id, lockedBy, attempts): if the job was taken over by
// another worker after a visibility timeout, the stale worker's result is ignored, not recorded.

/** Marks a claimed job SUCCEEDED. False when this worker no longer owns the job. */
export async function complete(job: ClaimedJob): Promise<boolean> {
  const updated = await db().$executeRaw`
    UPDATE background_jobs
       SET status = 'SUCCEEDED'::"JobStatus", finished_at = now(), locked_at = NULL
     WHERE id = ${job.id}::uuid AND status = 'RUNNING'::"JobStatus"
       AND locked_by = ${job.lockedBy} AND attempts = ${job.attempts}::integer`;
  return updated === 1;
}

/** Kept short and free of stacks: it is shown to admins. */
export function describeJobError(error: unknown): string {
  return safeErrorSummary(error);
}

/**
 * Records a failed run: back to PENDING after an exponential, jittered delay, or FAILED (with the
 * error kept) once `maxAttempts` runs have failed. False when this worker no longer owns the job.
 */
export async function fail(
  job: ClaimedJob,
  error: unknown,
  backoff: BackoffOptions = {},
): Promise<{ owned: boolean; final: boolean }> {
  const final = job.attempts >= job.maxAttempts;
  const delayMs = final ? 0 : backoffDelayMs(job.attempts, backoff);
  const updated = await db().$executeRaw`
    UPDATE background_jobs
       SET status = (CASE WHEN ${final}::boolean THEN 'FAILED' ELSE 'PENDING' END)::"JobStatus",
           run_at = now() + ${delayMs}::integer * interval '1 ms',
           finished_at = CASE WHEN ${final}::boolean THEN now() ELSE NULL END,
           locked_at = NULL, last_error = ${describeJobError(error)}
     WHERE id = ${job.id}::uuid AND status = 'RUNNING'::"JobStatus"
       AND locked_by = ${job.lockedBy} AND attempts = ${job.attempts}::integer`;
  return { owned: updated === 1, final };
}

/** Keeps a long-running job from being taken over while its worker is alive. */
export async function heartbeat(job: ClaimedJob): Promise<boolean> {
  const updated = await db().$executeRaw`
    UPDATE background_jobs SET locked_at = now()
     WHERE id = ${job.id}::uuid AND status = 'RUNNING'::"JobStatus"
       AND locked_by = ${job.lockedBy} AND attempts = ${job.attempts}::integer`;
  return updated === 1;
}
