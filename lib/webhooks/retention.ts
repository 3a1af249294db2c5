import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deleteInBatches, purgeFinishedJobs } from "@/lib/jobs/retention";
import { recurring } from "@/lib/jobs/recurring";
import { BELVO_WEBHOOK_JOB } from "./job-kinds";

/** The daily purge of what Cotiza keeps only for a while (COTIZA_RETENTION_DAYS). */
export const RETENTION_JOB = "retention.purge";
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes Belvo webhook deliveries received more than `olderThanDays` ago, in batches, except one
 * whose job has not finished yet (it still needs the delivery). Returns how many were deleted.
 */
export function purgeWebhookEvents(olderThanDays: number, batchSize?: number): Promise<number> {
  return deleteInBatches(
    (limit) => db().$executeRaw`
      DELETE FROM webhook_events
       WHERE id IN (
         SELECT event.id FROM webhook_events AS event
          WHERE event.received_at < now() - ${olderThanDays}::integer * interval '1 day'
            AND NOT EXISTS (
                  SELECT 1 FROM background_jobs AS job
                   WHERE job.status IN ('PENDING'::"JobStatus", 'RUNNING'::"JobStatus")
                     AND job.kind = ${BELVO_WEBHOOK_JOB}
                     AND job.payload ->> 'webhookEventId' = event.id::text)
          LIMIT ${limit}::integer)`,
    batchSize,
  );
}

/** Runs once a day (queued at worker start, then by each run): counts only, no ids in the logs. */
export const retentionHandler = recurring(DAY_MS, async () => {
  const days = env().COTIZA_RETENTION_DAYS;
  const webhookEvents = await purgeWebhookEvents(days);
  const jobs = await purgeFinishedJobs(days);
  console.info(
    `cotiza retention: deleted ${webhookEvents} webhook event(s) and ${jobs} finished job(s) older than ${days} days`,
  );
});
