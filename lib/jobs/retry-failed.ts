import "server-only";
import { db } from "@/lib/db";

export type RetryResult = "retried" | "not_found" | "not_failed";

/**
 * Puts a FAILED job back in the queue with a fresh set of attempts. Its last error is kept as
 * history (a later failure replaces it). Only FAILED jobs move, so a double click retries once.
 */
export async function retryFailed(jobId: string): Promise<RetryResult> {
  const moved = await db().backgroundJob.updateMany({
    where: { id: jobId, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, runAt: new Date(), finishedAt: null, lockedAt: null },
  });
  if (moved.count === 1) return "retried";
  const exists = await db().backgroundJob.findUnique({
    where: { id: jobId },
    select: { id: true },
  });
  return exists ? "not_failed" : "not_found";
}
