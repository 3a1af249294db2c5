// pg-boss 10: `work()` in worker processes, `send()` to enqueue, `start()` for its schema and
// `createQueue()` (required in v10). pg-boss 10 has no LISTEN/NOTIFY and no concurrency option: a
// work() loop fetches `batchSize` jobs, runs them, then sleeps until `pollingIntervalSeconds` (default
// 2 s, minimum 0.5 s) has passed since the fetch. "Concurrency 4" = 4 work() loops of batchSize 1.
//   node /work/main/scripts/with-db.mjs --scratch -- node bench-pgboss.mjs
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { DATABASE_URL, enqueueAll, makeHandler, runSuite, sql, workerMain } from "./common.mjs";

// Loaded from the evaluation folder (EVAL_DIR, default /work/queue-eval), where it is installed.
const requireEval = createRequire(
  path.join(process.env.EVAL_DIR ?? "/work/queue-eval", "package.json"),
);
const PgBoss = requireEval("pg-boss");
const version = requireEval("pg-boss/package.json").version;

if (process.argv[2] === "worker") {
  const opts = JSON.parse(process.argv[3]);
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
  const handle = makeHandler(
    opts.mode,
    opts.tag,
    (text, params) => pool.query(text, params),
    opts.sleepMs,
  );
  const boss = new PgBoss({
    connectionString: DATABASE_URL,
    migrate: false,
    schedule: false,
    ...(opts.maintenanceIntervalSeconds
      ? { maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds }
      : {}),
  });
  boss.on("error", (error) => console.error(`[pg-boss error] ${error.message}`));
  const loops = opts.loops ?? opts.concurrency;
  const batchSize = opts.batchSize ?? 1;
  await workerMain({
    prepare: async () => {
      await pool.query("SELECT 1");
      await boss.start();
    },
    start: async () => {
      for (let i = 0; i < loops; i++)
        await boss.work(
          opts.queue,
          { batchSize, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 },
          async (jobs) => void (await Promise.all(jobs.map((job) => handle(job.data.key)))),
        );
    },
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
      await pool.end();
    },
  });
} else {
  let boss;
  await runSuite({
    name: "pg-boss",
    version,
    cwd: process.cwd(),
    setup: async () => {
      boss = new PgBoss({ connectionString: DATABASE_URL, supervise: false, schedule: false });
      boss.on("error", (error) => console.error(`[pg-boss error] ${error.message}`));
      await boss.start();
    },
    createQueue: (queue, variant = {}) =>
      boss.createQueue(
        queue,
        variant.expireInSeconds ? { expireInSeconds: variant.expireInSeconds } : {},
      ),
    enqueue: (queue, keys, parallel = 8) =>
      enqueueAll((key) => boss.send(queue, { key }), keys, parallel),
    completed: async (queue) =>
      Number(
        (
          await sql(
            `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
            [queue],
          )
        )[0].n,
      ),
    workerArgv: (opts) => [
      process.execPath,
      fileURLToPath(import.meta.url),
      "worker",
      JSON.stringify(opts),
    ],
    throughputVariants: [
      { label: "defaults: 4 work() loops x batch 1, poll 2 s" },
      { label: "4 work() loops x batch 1, poll 0.5 s (minimum)", pollingIntervalSeconds: 0.5 },
      {
        label: "tuned: 1 work() loop x batch 100, poll 0.5 s",
        loops: 1,
        batchSize: 100,
        pollingIntervalSeconds: 0.5,
      },
    ],
    onceVariant: {
      label: "4 work() loops x batch 25, poll 0.5 s",
      batchSize: 25,
      pollingIntervalSeconds: 0.5,
    },
    crashVariants: [
      {
        label: "default: expire 15 min, maintenance every 2 min",
        pollingIntervalSeconds: 0.5,
        windowMs: 60_000,
      },
      {
        label: "expire 5 s, maintenance every 1 s",
        expireInSeconds: 5,
        maintenanceIntervalSeconds: 1,
        pollingIntervalSeconds: 0.5,
        windowMs: 60_000,
        settleMs: 8_000,
      },
    ],
    liveVariant: {
      label: "expire 5 s, 8 s jobs",
      expireInSeconds: 5,
      maintenanceIntervalSeconds: 1,
      pollingIntervalSeconds: 0.5,
    },
    close: async () => boss?.stop({ graceful: false, wait: true }),
  });
}
