import pg from "pg";
import type { Delivery } from "./webhook-deliveries";
import { runBounded } from "./stats";

export interface Timed {
  /** Completed deliveries per second over the whole run. */
  perSecond: number;
  /** Per-delivery latencies in ms, sorted. */
  latencies: number[];
}

// Scratch copies of the real tables (columns, defaults, indexes, the unique webhook_id), so the
// limit pays what the route's inserts pay, and the real tables stay untouched.
const EVENTS = "bench_limit_webhook_events";
const JOBS = "bench_limit_background_jobs";

// What a driver does per delivery with no batching: the statement the route used before group
// commit, one implicit transaction per delivery.
const INSERT_ONE = `
  WITH event AS (
    INSERT INTO ${EVENTS}
           (id, webhook_id, webhook_type, webhook_code, process_type, belvo_link_id, request_id, data)
    VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7::jsonb)
    ON CONFLICT (webhook_id) DO NOTHING
    RETURNING id
  ), job AS (
    INSERT INTO ${JOBS} (id, kind, payload)
    SELECT gen_random_uuid(), 'belvo.webhook', jsonb_build_object('webhookEventId', event.id)
      FROM event
    RETURNING id
  )
  SELECT event.id AS "eventId", job.id AS "jobId" FROM event CROSS JOIN job`;

function values(delivery: Delivery): unknown[] {
  const body = JSON.parse(delivery.body) as Record<string, unknown>;
  return [
    body.webhook_id,
    body.webhook_type,
    body.webhook_code,
    body.process_type ?? null,
    body.link_id,
    body.request_id ?? null,
    JSON.stringify(body.data),
  ];
}

/**
 * The limit the route is compared with: the same deliveries inserted straight through `pg`, each
 * its own statement, with `concurrency` callers sharing a pool of `poolSize` connections.
 */
export async function driverLimit(options: {
  url: string;
  deliveries: readonly Delivery[];
  concurrency: number;
  poolSize: number;
}): Promise<Timed> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize });
  try {
    await pool.query(`DROP TABLE IF EXISTS ${EVENTS}, ${JOBS}`);
    await pool.query(`CREATE TABLE ${EVENTS} (LIKE webhook_events INCLUDING ALL)`);
    await pool.query(`CREATE TABLE ${JOBS} (LIKE background_jobs INCLUDING ALL)`);
    // Open the connections first: the route's pool is warm too.
    await Promise.all(Array.from({ length: options.poolSize }, () => pool.query("SELECT 1")));
    const rows = options.deliveries.map(values);
    const latencies: number[] = [];
    const t0 = performance.now();
    await runBounded(rows, options.concurrency, async (row) => {
      const started = performance.now();
      await pool.query(INSERT_ONE, row);
      latencies.push(performance.now() - started);
    });
    const seconds = (performance.now() - t0) / 1_000;
    return { perSecond: rows.length / seconds, latencies: latencies.sort((a, b) => a - b) };
  } finally {
    await pool.query(`DROP TABLE IF EXISTS ${EVENTS}, ${JOBS}`).catch(() => undefined);
    await pool.end();
  }
}
