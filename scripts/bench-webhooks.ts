// Burst of Belvo webhook deliveries against a running Cotiza (loopback only), then waits for the
// job queue to drain and checks that nothing was lost or processed twice. Run it as
// `npm run bench:webhooks -- [--url http://localhost:3000]`, which points DATABASE_URL at the
// database the app uses.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { env, requireEnv } from "@/lib/env";
import { buildDeliveries, type Delivery } from "./bench/webhook-deliveries";
import { readOutcome } from "./bench/webhook-outcome";
import { ms, percentile, runBounded } from "./bench/stats";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    authorization: { type: "string" },
    count: { type: "string", default: "5000" },
    duplicates: { type: "string", default: "0.1" },
    concurrency: { type: "string", default: "64" },
    "timeout-s": { type: "string", default: "300" },
  },
});

const base = new URL(values.url);
if (!["localhost", "127.0.0.1", "[::1]"].includes(base.hostname)) {
  throw new Error(`Refusing to benchmark ${base.hostname}: loopback only.`);
}
const count = Math.min(50_000, Math.max(1, Number(values.count)));
const concurrency = Math.min(256, Math.max(1, Number(values.concurrency)));
const timeoutMs = Math.max(1, Number(values["timeout-s"])) * 1_000;

function authorization(): string {
  if (values.authorization) return values.authorization;
  const file = path.resolve(process.env.COTIZA_DATA_DIR ?? ".data", "secrets.json");
  const stored = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)
    : {};
  const value = stored.BELVO_WEBHOOK_AUTHORIZATION ?? env().BELVO_WEBHOOK_AUTHORIZATION;
  if (typeof value !== "string")
    throw new Error("No BELVO_WEBHOOK_AUTHORIZATION: pass --authorization.");
  return value;
}

const deliveries = buildDeliveries(count, Number(values.duplicates));
const distinct = [...new Set(deliveries.map((delivery) => delivery.webhookId))];
const target = new URL("/api/webhooks/belvo", base);
const headers = { "content-type": "application/json", authorization: authorization() };
const latencies: number[] = [];
const statuses = new Map<string, number>();
const tally = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);

async function send(delivery: Delivery) {
  const started = performance.now();
  try {
    const response = await fetch(target, { method: "POST", headers, body: delivery.body });
    const body = (await response.json().catch(() => ({}))) as { status?: string };
    latencies.push(performance.now() - started);
    tally(response.ok ? String(body.status) : `HTTP ${response.status}`);
  } catch (error) {
    tally(`error ${error instanceof Error ? error.message : String(error)}`);
  }
}

console.log(
  `bench:webhooks → ${target.href}: ${count} deliveries (${distinct.length} distinct), ${concurrency} in flight`,
);
const startedAt = new Date();
const t0 = performance.now();
await runBounded(deliveries, concurrency, send);
const sendSeconds = (performance.now() - t0) / 1_000;
latencies.sort((a, b) => a - b);
console.log(
  `acknowledged: ${latencies.length}/${count} in ${sendSeconds.toFixed(2)} s = ${(latencies.length / sendSeconds).toFixed(0)}/s`,
);
console.log(
  `ack latency: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? Number.NaN)}`,
);
console.log(`answers: ${[...statuses].map(([key, n]) => `${key} ${n}`).join(", ")}`);

const client = new pg.Client({ connectionString: requireEnv("DATABASE_URL") });
await client.connect();
// A cheap index-backed poll while the queue drains (the full check scans every job, and PGlite
// runs one query at a time: polling with it would slow the very worker being measured).
const unfinished = async () =>
  Number(
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM background_jobs
          WHERE status IN ('PENDING', 'RUNNING') AND kind = 'belvo.webhook' AND created_at >= $1`,
        [startedAt],
      )
    ).rows[0]?.n ?? 0,
  );
while ((await unfinished()) > 0 && performance.now() - t0 < timeoutMs) {
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const outcome = await readOutcome(client, distinct);
await client.end();

const drainedMs = outcome.lastFinishedAt
  ? outcome.lastFinishedAt.getTime() - startedAt.getTime()
  : Number.NaN;
console.log(
  `all processed ${(drainedMs / 1_000).toFixed(2)} s after the first delivery (${outcome.succeeded} succeeded, ${outcome.failed} failed, ${outcome.unfinished} unfinished)`,
);
const lost =
  distinct.length -
  outcome.events +
  outcome.eventsWithoutOneJob +
  outcome.unfinished +
  outcome.failed;
const twice = outcome.jobs - outcome.events + outcome.ranMoreThanOnce;
const accepted = statuses.get("accepted") ?? 0;
console.log(
  `lost: ${lost}; processed twice: ${twice}; accepted answers ${accepted} for ${distinct.length} distinct ids`,
);
const ok = lost === 0 && twice === 0 && accepted === distinct.length && latencies.length === count;
console.log(ok ? "OK" : "FAILED");
process.exit(ok ? 0 : 1);
