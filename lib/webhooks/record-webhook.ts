import "server-only";
import { db } from "@/lib/db";
import { BELVO_WEBHOOK_JOB } from "./job-kinds";
import type { BelvoWebhook } from "./belvo-payload";

export type RecordOutcome =
  { status: "accepted"; eventId: string; jobId: string } | { status: "duplicate" };

/**
 * Stores the delivery and enqueues its job in one statement (one implicit transaction, one round
 * trip: the acknowledgement path must stay fast under bursts). A repeated `webhook_id` hits
 * ON CONFLICT DO NOTHING, so nothing is inserted and no second job exists, even when two copies
 * arrive at the same time.
 */
export async function recordBelvoWebhook(webhook: BelvoWebhook): Promise<RecordOutcome> {
  const data = JSON.stringify(webhook.data);
  const rows = await db().$queryRaw<{ eventId: string; jobId: string }[]>`
    WITH event AS (
      INSERT INTO webhook_events
             (id, webhook_id, webhook_type, webhook_code, process_type, belvo_link_id, request_id, data)
      VALUES (gen_random_uuid(), ${webhook.webhook_id}, ${webhook.webhook_type}, ${webhook.webhook_code},
              ${webhook.process_type ?? null}, ${webhook.link_id}, ${webhook.request_id ?? null}, ${data}::jsonb)
      ON CONFLICT (webhook_id) DO NOTHING
      RETURNING id
    ), job AS (
      INSERT INTO background_jobs (id, kind, payload)
      SELECT gen_random_uuid(), ${BELVO_WEBHOOK_JOB}, jsonb_build_object('webhookEventId', event.id)
        FROM event
      RETURNING id
    )
    SELECT event.id AS "eventId", job.id AS "jobId" FROM event CROSS JOIN job`;
  const row = rows[0];
  return row ? { status: "accepted", ...row } : { status: "duplicate" };
}
