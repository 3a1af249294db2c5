import "server-only";
import { db } from "@/lib/db";

/** Rows deleted per statement: short transactions, whatever the backlog. */
export const PURGE_BATCH_SIZE = 5_000;

/**
 * Runs a DELETE of at most `batchSize` rows until one deletes fewer, so a large backlog never
 * holds one long transaction. Returns how many rows were deleted in all.
 */
export async function deleteInBatches(
  deleteBatch: (batchSize: number) => Promise<number>,
  batchSize = PURGE_BATCH_SIZE,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch(batchSize);
    total += deleted;
    if (deleted < batchSize) return total;
  }
}

/**
 * Deletes SUCCEEDED and FAILED jobs that finished more than `olderThanDays` ago. Pending and
 * running jobs are never touched. Returns how many were deleted.
 */
export function purgeFinishedJobs(olderThanDays: number, batchSize?: number): Promise<number> {
  // A job finishes after its run_at, so the run_at bound lets the (status, run_at) index find
  // the candidates without reading every finished job.
  return deleteInBatches(
    (limit) => db().$executeRaw`
      DELETE FROM background_jobs
       WHERE id IN (
         SELECT id FROM background_jobs
          WHERE status IN ('SUCCEEDED'::"JobStatus", 'FAILED'::"JobStatus")
            AND run_at < now() - ${olderThanDays}::integer * interval '1 day'
            AND finished_at < now() - ${olderThanDays}::integer * interval '1 day'
          LIMIT ${limit}::integer)`,
    batchSize,
  );
}
