import "server-only";
import { db } from "@/lib/db";
import type { ClaimedJob } from "./types";

export interface ClaimOptions {
  /** Only these kinds: a worker never takes a job it has no handler for. */
  kinds: readonly string[];
  /**
   * A RUNNING job whose lock is older than this belongs to a worker that died (workers refresh
   * `lockedAt` while a handler runs), so another worker may take it over. Default 60 s.
   */
  visibilityTimeoutMs?: number;
}

export const DEFAULT_VISIBILITY_TIMEOUT_MS = 60_000;

/**
 * Claims up to `limit` due jobs (oldest first). One statement, so the row locks taken by
 * `FOR UPDATE SKIP LOCKED` and the update that marks the jobs RUNNING commit together: concurrent
 * claimers skip each other's rows instead of waiting, and no transaction stays open while
 * handlers run (on PGlite an open transaction would block every other connection).
 */
export async function claimBatch(
  workerId: string,
  options: ClaimOptions & { limit: number },
): Promise<ClaimedJob[]> {
  const timeoutMs = Math.round(options.visibilityTimeoutMs ?? DEFAULT_VISIBILITY_TIMEOUT_MS);
  const limit = Math.max(1, Math.floor(options.limit));
  const kinds = [...options.kinds];
  // Two branches, each an index range scan on (status, run_at): an OR across both would make
  // Postgres scan every finished job on each claim.
  return db().$queryRaw<ClaimedJob[]>`
    WITH stale AS (
           SELECT id FROM background_jobs
            WHERE status = 'RUNNING'::"JobStatus" AND kind = ANY(${kinds}::text[])
              AND locked_at < now() - ${timeoutMs}::integer * interval '1 ms'
              AND attempts < max_attempts
            ORDER BY run_at LIMIT ${limit}::integer
              FOR UPDATE SKIP LOCKED),
         due AS (
           SELECT id FROM background_jobs
            WHERE status = 'PENDING'::"JobStatus" AND run_at <= now() AND kind = ANY(${kinds}::text[])
            ORDER BY run_at LIMIT ${limit}::integer
              FOR UPDATE SKIP LOCKED)
    UPDATE background_jobs AS job
       SET status = 'RUNNING'::"JobStatus", attempts = job.attempts + 1,
           locked_at = now(), locked_by = ${workerId}
     WHERE job.id IN (SELECT id FROM (SELECT id FROM stale UNION ALL SELECT id FROM due) AS claimable
                       LIMIT ${limit}::integer)
    RETURNING job.id, job.kind, job.payload, job.attempts,
              job.max_attempts AS "maxAttempts", job.locked_by AS "lockedBy"`;
}

/** Claims the next due job, or returns null. */
export async function claimNext(
  workerId: string,
  options: ClaimOptions,
): Promise<ClaimedJob | null> {
  const [job] = await claimBatch(workerId, { ...options, limit: 1 });
  return job ?? null;
}

/**
 * Jobs whose worker died on their last allowed attempt would otherwise stay RUNNING forever:
 * marks them FAILED so an admin sees them. Returns how many were given up.
 */
export async function failAbandoned(options: ClaimOptions): Promise<number> {
  const timeoutMs = Math.round(options.visibilityTimeoutMs ?? DEFAULT_VISIBILITY_TIMEOUT_MS);
  return db().$executeRaw`
    UPDATE background_jobs
       SET status = 'FAILED'::"JobStatus", finished_at = now(), locked_at = NULL,
           last_error = 'The worker stopped while running the last allowed attempt.'
     WHERE kind = ANY(${[...options.kinds]}::text[]) AND status = 'RUNNING'::"JobStatus"
       AND locked_at < now() - ${timeoutMs}::integer * interval '1 millisecond'
       AND attempts >= max_attempts`;
}
