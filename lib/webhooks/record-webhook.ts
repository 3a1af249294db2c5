import "server-only";
import { db } from "@/lib/db";
import { groupCommit } from "./group-commit";
import { BELVO_WEBHOOK_JOB } from "./job-kinds";
import type { BelvoWebhook } from "./belvo-payload";

export type RecordOutcome =
  { status: "accepted"; eventId: string; jobId: string } | { status: "duplicate" };

type Stored = { webhookId: string; eventId: string; jobId: string };

/**
 * Stores a batch of deliveries and one job per newly stored delivery in one statement (one
 * implicit transaction). A `webhook_id` already stored hits ON CONFLICT DO NOTHING: no second
 * event, no second job, even when another process inserts it at the same time. Rows go in sorted
 * by `webhook_id`, so two batches that share ids take their locks in the same order and cannot
 * deadlock. Within the batch, the first copy of an id is the one stored; later copies are
 * duplicates.
 */
export async function storeBelvoWebhooks(
  webhooks: readonly BelvoWebhook[],
): Promise<RecordOutcome[]> {
  const firstCopies = new Map<string, BelvoWebhook>();
  for (const webhook of webhooks)
    if (!firstCopies.has(webhook.webhook_id)) firstCopies.set(webhook.webhook_id, webhook);
  const rows = JSON.stringify(
    [...firstCopies.values()].map((webhook) => ({
      webhook_id: webhook.webhook_id,
      webhook_type: webhook.webhook_type,
      webhook_code: webhook.webhook_code,
      process_type: webhook.process_type ?? null,
      belvo_link_id: webhook.link_id,
      request_id: webhook.request_id ?? null,
      data: webhook.data,
    })),
  );
  const stored = await db().$queryRaw<Stored[]>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${rows}::jsonb)
        AS t(webhook_id text, webhook_type text, webhook_code text, process_type text,
             belvo_link_id text, request_id text, data jsonb)
    ), event AS (
      INSERT INTO webhook_events
             (id, webhook_id, webhook_type, webhook_code, process_type, belvo_link_id, request_id, data)
      SELECT gen_random_uuid(), webhook_id, webhook_type, webhook_code, process_type, belvo_link_id,
             request_id, data
        FROM input ORDER BY webhook_id
      ON CONFLICT (webhook_id) DO NOTHING
      RETURNING id, webhook_id
    ), job AS (
      INSERT INTO background_jobs (id, kind, payload)
      SELECT gen_random_uuid(), ${BELVO_WEBHOOK_JOB}, jsonb_build_object('webhookEventId', event.id)
        FROM event
      RETURNING id, payload->>'webhookEventId' AS event_id
    )
    SELECT event.webhook_id AS "webhookId", event.id AS "eventId", job.id AS "jobId"
      FROM event JOIN job ON job.event_id = event.id::text`;
  const accepted = new Map(stored.map((row) => [row.webhookId, row]));
  return webhooks.map((webhook) => {
    const row = accepted.get(webhook.webhook_id);
    // Only the first copy in the batch answers "accepted".
    accepted.delete(webhook.webhook_id);
    return row
      ? { status: "accepted", eventId: row.eventId, jobId: row.jobId }
      : { status: "duplicate" };
  });
}

// One batcher per process (on globalThis: Next bundles route handlers separately, and a second
// copy would only mean smaller batches, but one queue is simpler to reason about).
const KEY = Symbol.for("cotiza.webhooks.record-batcher");
type Holder = Record<symbol, ((webhook: BelvoWebhook) => Promise<RecordOutcome>) | undefined>;

/**
 * Stores the delivery and enqueues its job, resolving once both are committed (Belvo gets its 200
 * only for a stored delivery). Concurrent deliveries share one statement (group commit): under a
 * burst the database sees one insert per batch instead of one per delivery.
 */
export function recordBelvoWebhook(webhook: BelvoWebhook): Promise<RecordOutcome> {
  const holder = globalThis as unknown as Holder;
  holder[KEY] ??= groupCommit({ commit: storeBelvoWebhooks, maxBatch: 128 });
  return holder[KEY](webhook);
}
