// Bursts of Belvo webhook deliveries against a running Cotiza (loopback only), at each number of
// deliveries in flight in a list. Before each burst it measures the limit in the same run: the
// same rows inserted straight through `pg` at the same concurrency (scratch tables shaped like the
// real ones), because absolute rates move between runs on a shared machine; the ratio does not.
// After each burst it waits for the job queue to drain and checks that nothing was lost or
// processed twice. Run it as `npm run bench:webhooks -- [--url http://localhost:3000]
// [--concurrency 32,64,128] [--count 5000]`, which points DATABASE_URL at the app's database.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { env, requireEnv } from "@/lib/env";
import { buildDeliveries } from "./bench/webhook-deliveries";
import { driverLimit } from "./bench/webhook-limit";
import { readOutcome } from "./bench/webhook-outcome";
import { sendBurst } from "./bench/webhook-route";
import { ms, percentile, printTable } from "./bench/stats";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    authorization: { type: "string" },
    count: { type: "string", default: "5000" },
    duplicates: { type: "string", default: "0.1" },
    concurrency: { type: "string", default: "32,64,128" },
    "limit-pool": { type: "string", default: "32" },
    "timeout-s": { type: "string", default: "300" },
  },
});

const base = new URL(values.url);
if (!["localhost", "127.0.0.1", "[::1]"].includes(base.hostname)) {
  throw new Error(`Refusing to benchmark ${base.hostname}: loopback only.`);
}
const count = Math.min(50_000, Math.max(1, Number(values.count)));
const levels = values.concurrency
  .split(",")
  .map((level) => Math.min(256, Math.max(1, Number(level))))
  .filter((level) => Number.isFinite(level));
// The embedded server accepts 64 connections, and the app holds some of its own.
const limitPool = Math.min(48, Math.max(1, Number(values["limit-pool"])));
const timeoutMs = Math.max(1, Number(values["timeout-s"])) * 1_000;
const databaseUrl = requireEnv("DATABASE_URL");

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

const target = new URL("/api/webhooks/belvo", base);
const secret = authorization();
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();

// A cheap index-backed poll while the queue drains (the full check scans every job, and PGlite
// runs one query at a time: polling with it would slow the very worker being measured).
const unfinished = async (since: Date) =>
  Number(
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM background_jobs
          WHERE status IN ('PENDING', 'RUNNING') AND kind = 'belvo.webhook' AND created_at >= $1`,
        [since],
      )
    ).rows[0]?.n ?? 0,
  );

const latencyText = (sorted: readonly number[]) =>
  `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? Number.NaN)}`;

/** One level: the driver's limit, then the route's burst, then the drain and the checks. */
async function measure(concurrency: number) {
  const deliveries = buildDeliveries(count, Number(values.duplicates));
  const distinct = [...new Set(deliveries.map((delivery) => delivery.webhookId))];
  console.log(
    `\n${concurrency} in flight: ${count} deliveries (${distinct.length} distinct) → ${target.href}`,
  );
  const poolSize = Math.min(concurrency, limitPool);
  const limit = await driverLimit({ url: databaseUrl, deliveries, concurrency, poolSize });
  console.log(
    `  limit (pg, one INSERT per delivery, pool of ${poolSize}): ${limit.perSecond.toFixed(0)}/s, ${latencyText(limit.latencies)}`,
  );

  const startedAt = new Date();
  const t0 = performance.now();
  const route = await sendBurst({ target, authorization: secret, deliveries, concurrency });
  console.log(
    `  route: ${route.latencies.length}/${count} acknowledged, ${route.perSecond.toFixed(0)}/s, ${latencyText(route.latencies)}`,
  );
  console.log(`  answers: ${[...route.answers].map(([key, n]) => `${key} ${n}`).join(", ")}`);

  while ((await unfinished(startedAt)) > 0 && performance.now() - t0 < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const outcome = await readOutcome(client, distinct);
  const drainedMs = outcome.lastFinishedAt
    ? outcome.lastFinishedAt.getTime() - startedAt.getTime()
    : Number.NaN;
  const lost =
    distinct.length -
    outcome.events +
    outcome.eventsWithoutOneJob +
    outcome.unfinished +
    outcome.failed;
  const twice = outcome.jobs - outcome.events + outcome.ranMoreThanOnce;
  const accepted = route.answers.get("accepted") ?? 0;
  console.log(
    `  all processed ${(drainedMs / 1_000).toFixed(2)} s after the first delivery (${outcome.succeeded} succeeded, ${outcome.failed} failed, ${outcome.unfinished} unfinished)`,
  );
  console.log(
    `  lost: ${lost}; processed twice: ${twice}; accepted answers ${accepted} for ${distinct.length} distinct ids`,
  );
  const ok =
    lost === 0 && twice === 0 && accepted === distinct.length && route.latencies.length === count;
  return { concurrency, limit, route, drainedMs, ok };
}

const results = [];
for (const level of levels) results.push(await measure(level));
await client.end();

console.log(`\nbench:webhooks, ${count} deliveries per level (the limit is measured in this run)`);
printTable(
  ["in flight", "limit/s", "limit p99", "acks/s", "p50", "p95", "p99", "ratio", "drained", "check"],
  results.map(({ concurrency, limit, route, drainedMs, ok }) => [
    String(concurrency),
    limit.perSecond.toFixed(0),
    ms(percentile(limit.latencies, 99)),
    route.perSecond.toFixed(0),
    ms(percentile(route.latencies, 50)),
    ms(percentile(route.latencies, 95)),
    ms(percentile(route.latencies, 99)),
    `${(route.perSecond / limit.perSecond).toFixed(2)}×`,
    `${(drainedMs / 1_000).toFixed(1)} s`,
    ok ? "OK" : "FAILED",
  ]),
);
const allOk = results.every((result) => result.ok);
console.log(allOk ? "OK" : "FAILED");
process.exit(allOk ? 0 : 1);
