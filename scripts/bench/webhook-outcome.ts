import type pg from "pg";

export interface Outcome {
  events: number;
  jobs: number;
  eventsWithoutOneJob: number;
  succeeded: number;
  failed: number;
  unfinished: number;
  ranMoreThanOnce: number;
  lastFinishedAt: Date | null;
}

/** What the database holds for the bench's webhook ids: events, their jobs, and how they ran. */
export async function readOutcome(
  client: pg.Client,
  webhookIds: readonly string[],
): Promise<Outcome> {
  const { rows } = await client.query<Record<string, string | Date | null>>(
    `WITH e AS (SELECT id FROM webhook_events WHERE webhook_id = ANY($1::text[])),
          j AS (SELECT job.* FROM background_jobs job JOIN e ON job.payload->>'webhookEventId' = e.id::text
                 WHERE job.kind = 'belvo.webhook'),
          per_event AS (SELECT e.id, count(j.id) AS n FROM e LEFT JOIN j ON j.payload->>'webhookEventId' = e.id::text GROUP BY e.id)
     SELECT (SELECT count(*) FROM e) AS events,
            (SELECT count(*) FROM j) AS jobs,
            (SELECT count(*) FROM per_event WHERE n <> 1) AS "eventsWithoutOneJob",
            (SELECT count(*) FROM j WHERE status = 'SUCCEEDED') AS succeeded,
            (SELECT count(*) FROM j WHERE status = 'FAILED') AS failed,
            (SELECT count(*) FROM j WHERE status IN ('PENDING', 'RUNNING')) AS unfinished,
            (SELECT count(*) FROM j WHERE attempts > 1) AS "ranMoreThanOnce",
            (SELECT max(finished_at) FROM j) AS "lastFinishedAt"`,
    [webhookIds],
  );
  const row = rows[0] ?? {};
  const count = (key: string) => Number(row[key] ?? 0);
  return {
    events: count("events"),
    jobs: count("jobs"),
    eventsWithoutOneJob: count("eventsWithoutOneJob"),
    succeeded: count("succeeded"),
    failed: count("failed"),
    unfinished: count("unfinished"),
    ranMoreThanOnce: count("ranMoreThanOnce"),
    lastFinishedAt: row.lastFinishedAt instanceof Date ? row.lastFinishedAt : null,
  };
}
