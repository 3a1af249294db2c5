// graphile-worker 0.16: `run()` in worker processes (concurrency 4, default 2 s poll plus
// LISTEN/NOTIFY), `makeWorkerUtils().addJob()` to enqueue, `runMigrations()` for its schema.
//   node /work/main/scripts/with-db.mjs --scratch -- node bench-graphile.mjs
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { DATABASE_URL, enqueueAll, makeHandler, runSuite, sql, workerMain } from "./common.mjs";

// GRAPHILE_NO_PREPARED=1: noPreparedStatements. Needed on PGlite, where every connection shares one
// backend session, so a second connection's named prepared statement "already exists".
const noPreparedStatements = process.env.GRAPHILE_NO_PREPARED === "1";
// Loaded from the evaluation folder (EVAL_DIR, default /work/queue-eval), where it is installed.
const requireEval = createRequire(
  path.join(process.env.EVAL_DIR ?? "/work/queue-eval", "package.json"),
);
const { makeWorkerUtils, run, runMigrations, Logger } = requireEval("graphile-worker");
const version = requireEval("graphile-worker/package.json").version;
// Warnings and errors only: the per-job "Completed task" lines would cost more than the jobs.
const quiet = new Logger(() => (level, message, meta) => {
  if (level === "error" || level === "warning")
    console.error(
      `[graphile ${level}] ${message}${meta?.error ? `: ${meta.error.message ?? meta.error}` : ""}`,
    );
});

if (process.argv[2] === "worker") {
  const opts = JSON.parse(process.argv[3]);
  let pgPool;
  let runner;
  await workerMain({
    prepare: async () => {
      pgPool = new pg.Pool({
        connectionString: DATABASE_URL,
        max: Math.max(10, opts.concurrency + 2),
      });
      await pgPool.query("SELECT 1");
    },
    start: async () => {
      runner = await run({
        pgPool,
        noPreparedStatements,
        concurrency: opts.concurrency,
        noHandleSignals: true,
        pollInterval: opts.pollInterval ?? 2000,
        logger: quiet,
        crontab: "",
        taskList: {
          [opts.queue]: async (payload, helpers) => {
            const handle = makeHandler(
              opts.mode,
              opts.tag,
              (text, params) => helpers.query(text, params),
              opts.sleepMs,
            );
            await handle(payload.key);
          },
        },
      });
    },
    stop: async () => {
      await runner?.stop();
      await pgPool.end();
    },
  });
} else {
  const enqueued = new Map();
  let utils;
  await runSuite({
    name: noPreparedStatements ? "graphile-worker (noPreparedStatements)" : "graphile-worker",
    version,
    cwd: process.cwd(),
    setup: async () => {
      await runMigrations({ connectionString: DATABASE_URL, logger: quiet, noPreparedStatements });
      utils = await makeWorkerUtils({
        connectionString: DATABASE_URL,
        logger: quiet,
        noPreparedStatements,
      });
    },
    enqueue: async (queue, keys, parallel = 8) => {
      enqueued.set(queue, (enqueued.get(queue) ?? 0) + keys.length);
      return enqueueAll((key) => utils.addJob(queue, { key }), keys, parallel);
    },
    // Succeeded jobs are deleted: done = enqueued - still in the table.
    completed: async (queue) => {
      const [row] = await sql(
        `SELECT count(*) AS n FROM graphile_worker._private_jobs j
           JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = $1`,
        [queue],
      );
      return (enqueued.get(queue) ?? 0) - Number(row.n);
    },
    workerArgv: (opts) => [
      process.execPath,
      fileURLToPath(import.meta.url),
      "worker",
      JSON.stringify(opts),
    ],
    // No option shortens the 4-hour lock of a job whose worker died (resetLockedAt, every 8-10 min).
    crashVariants: [{ label: "default: locks expire after 4 h (fixed)", windowMs: 100_000 }],
    liveVariant: { label: "no timeout, 8 s jobs" },
    close: async () => utils?.release(),
  });
}
