// Cotiza's own queue (lib/jobs), driven through its modules: enqueue() to add jobs, startWorker()
// in worker processes (as server-worker.ts does: concurrency 4, poll 1 s), deployMigrations() for
// the schema. Run from /work/main with its tsx and the server-only hook:
//   cd /work/main && node scripts/with-db.mjs --scratch -- \
//     node_modules/.bin/tsx --import ./scripts/lib/as-server.mjs <dir>/bench-ours.ts
import { fileURLToPath } from "node:url";
import path from "node:path";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { deployMigrations } from "@/scripts/migrate";
import { enqueueAll, makeHandler, runSuite, sql, workerMain } from "./common.mjs";

const MAIN = process.env.COTIZA_MAIN ?? "/work/main";
const thisFile = fileURLToPath(import.meta.url);

interface WorkerOpts {
  queue: string;
  mode: "noop" | "once" | "crash";
  tag: string;
  concurrency: number;
  visibilityTimeoutMs?: number;
  sleepMs?: number;
}

const query = (text: string, params: unknown[]) => db().$executeRawUnsafe(text, ...params);

if (process.argv[2] === "worker") {
  const opts = JSON.parse(process.argv[3]!) as WorkerOpts;
  const handle = makeHandler(opts.mode, opts.tag, query, opts.sleepMs);
  const controller = new AbortController();
  let worker: Worker | undefined;
  await workerMain({
    prepare: async () => void (await db().$queryRawUnsafe("SELECT 1")),
    start: async () => {
      worker = startWorker({
        workerId: `eval-${opts.tag}-${process.pid}`,
        signal: controller.signal,
        concurrency: opts.concurrency,
        pollMs: 1_000,
        visibilityTimeoutMs: opts.visibilityTimeoutMs ?? 60_000,
        handlers: {
          [opts.queue]: async ({ job }) => handle((job.payload as { key: string }).key),
        },
      });
    },
    stop: async () => {
      controller.abort();
      await worker?.stopped;
    },
  });
} else {
  const version = (await import(path.join(MAIN, "package.json"), { with: { type: "json" } }))
    .default.version as string;
  await runSuite({
    name: "cotiza lib/jobs",
    version: `cotiza ${version}`,
    cwd: MAIN,
    setup: async () => {
      await deployMigrations({ databaseUrl: process.env.DATABASE_URL! });
    },
    enqueue: (queue: string, keys: string[], parallel = 8) =>
      enqueueAll((key: string) => enqueue(db(), { kind: queue, payload: { key } }), keys, parallel),
    completed: async (queue: string) => {
      const rows = (await sql(
        `SELECT count(*) AS n FROM background_jobs WHERE kind = $1 AND status = 'SUCCEEDED'`,
        [queue],
      )) as unknown as { n: string }[];
      return Number(rows[0]?.n ?? 0);
    },
    workerArgv: (opts: WorkerOpts) => [
      process.execPath,
      "--import",
      "tsx",
      "--import",
      "./scripts/lib/as-server.mjs",
      thisFile,
      "worker",
      JSON.stringify(opts),
    ],
    crashVariants: [
      { label: "default: 60 s visibility timeout", visibilityTimeoutMs: 60_000, windowMs: 100_000 },
      {
        label: "5 s visibility timeout",
        visibilityTimeoutMs: 5_000,
        windowMs: 60_000,
        settleMs: 8_000,
      },
    ],
    liveVariant: { label: "5 s visibility timeout, 8 s jobs", visibilityTimeoutMs: 5_000 },
    close: async () => db().$disconnect(),
  });
}
