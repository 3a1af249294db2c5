// Shared parts of the queue evaluation: the job handlers every library runs, the parent/worker
// process protocol, and the three measurements (a throughput, b exactly-once, c crash takeover,
// plus d: a long job on a LIVE worker with the shortened timeout of c).
//
// A bench file (bench-ours.ts, bench-graphile.mjs, bench-pgboss.mjs) supplies an adapter:
//   { name, setup(), enqueue(queue, payloads, parallel), completed(queue), workerArgv(opts), close() }
// and calls runSuite(adapter). Run as `<bench> worker <json options>` it is a worker process.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { loadavg } from "node:os";
import pg from "pg";

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) throw new Error("DATABASE_URL is not set (run through scripts/with-db.mjs)");

const TABLES = `
  CREATE TABLE IF NOT EXISTS eval_exec (
    id bigserial PRIMARY KEY, job_key text NOT NULL, worker text NOT NULL, phase text NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp());
  CREATE TABLE IF NOT EXISTS eval_done (
    job_key text PRIMARY KEY, worker text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());`;

/** One short-lived connection per call: PGlite serves the connections of a pool one at a time anyway. */
export async function sql(text, params = []) {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

export async function serverVersion() {
  const [row] = await sql("SELECT version() AS v");
  return row.v.includes("PGlite")
    ? `PGlite ${/PGlite ([\d.]+)/.exec(row.v)?.[1]} (PostgreSQL ${row.v.split(" ")[1]})`
    : `PostgreSQL ${row.v.split(" ")[1]}`;
}

/**
 * The handler every library runs, given a job's key. `query(text, params)` is the library's own
 * way to reach the database from a handler.
 *  noop  — returns at once (throughput)
 *  once  — records the execution, then inserts the key into a UNIQUE table (exactly-once)
 *  crash — records start, sleeps EVAL_SLEEP_MS (2 s), records end and inserts the key (crash)
 */
export function makeHandler(mode, worker, query, sleepMs = 2000) {
  return async (key) => {
    if (mode === "noop") return;
    if (mode === "once") {
      await query("INSERT INTO eval_exec (job_key, worker, phase) VALUES ($1, $2, 'run')", [
        key,
        worker,
      ]);
      await query(
        "INSERT INTO eval_done (job_key, worker) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        [key, worker],
      );
      return;
    }
    await query("INSERT INTO eval_exec (job_key, worker, phase) VALUES ($1, $2, 'start')", [
      key,
      worker,
    ]);
    await sleep(sleepMs);
    await query("INSERT INTO eval_exec (job_key, worker, phase) VALUES ($1, $2, 'end')", [
      key,
      worker,
    ]);
    await query("INSERT INTO eval_done (job_key, worker) VALUES ($1, $2) ON CONFLICT DO NOTHING", [
      key,
      worker,
    ]);
  };
}

// ---------------------------------------------------------------- worker process side

/**
 * Worker process protocol: `prepare()` connects (not timed), we print "ready", the parent writes
 * "go" (start working: `start()`), later "stop" (graceful: `stop()`), or SIGKILLs us.
 */
export async function workerMain({ prepare, start, stop }) {
  await prepare();
  process.stdout.write("ready\n");
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line === "go") {
      await start();
      process.stdout.write("started\n");
    } else if (line === "stop") {
      await stop();
      process.exit(0);
    }
  }
}

// ---------------------------------------------------------------- parent side

function spawnWorker(argv, { cwd, label }) {
  const [command, ...args] = argv;
  const child = spawn(command, args, { cwd, env: process.env, stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  const waiters = [];
  const onLine = (line) => {
    for (const w of [...waiters]) {
      if (line !== w.line) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  let buffer = "";
  child.stdout.on("data", (chunk) => {
    buffer += chunk.toString("utf8");
    let i;
    while ((i = buffer.indexOf("\n")) !== -1) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      out += `${line}\n`;
      onLine(line);
    }
  });
  let errors = "";
  child.stderr.on("data", (chunk) => {
    errors += chunk.toString("utf8");
    if (process.env.EVAL_VERBOSE) process.stderr.write(`[${label}] ${chunk}`);
  });
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const waitLine = (line, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `${label}: no "${line}" within ${timeoutMs} ms\n${out}\n${errors.slice(-3000)}`,
            ),
          ),
        timeoutMs,
      );
      waiters.push({ line, resolve: () => (clearTimeout(timer), resolve()) });
      exited.then(({ code, signal }) =>
        reject(
          new Error(`${label} exited (${code ?? signal}) before "${line}"\n${errors.slice(-3000)}`),
        ),
      );
    });
  return {
    child,
    exited,
    ready: waitLine("ready"),
    stderr: () => errors,
    go() {
      child.stdin.write("go\n");
      return waitLine("started");
    },
    async stop(timeoutMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.write("stop\n");
      const done = await Promise.race([exited, sleep(timeoutMs).then(() => null)]);
      if (!done) {
        child.kill("SIGKILL");
        await exited;
      }
    },
    async kill() {
      child.kill("SIGKILL");
      return exited;
    },
  };
}

async function until(check, { timeoutMs, everyMs = 100 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) return null;
    await sleep(everyMs);
  }
}

const keys = (prefix, n) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(5, "0")}`);
const count = async (text, params) => Number((await sql(text, params))[0].n);

/** Enqueues through the library's single-job API with `parallel` calls in flight. */
export async function enqueueAll(enqueueOne, payloads, parallel = 8) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < payloads.length) await enqueueOne(payloads[next++]);
    }),
  );
  return performance.now() - started;
}

const round = (x, digits = 1) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));

/** (a) N no-op jobs queued first, then 2 worker processes (concurrency 4 each) drain them. */
async function throughput(adapter, { n, capMs, variant = {} }) {
  const queue = `eval_a_${Date.now()}`;
  await adapter.createQueue?.(queue);
  const workers = [0, 1].map((i) =>
    spawnWorker(
      adapter.workerArgv({ queue, mode: "noop", tag: `a${i}`, concurrency: 4, ...variant }),
      {
        cwd: adapter.cwd,
        label: `${adapter.name} a${i}`,
      },
    ),
  );
  await Promise.all(workers.map((w) => w.ready));
  // Warm the producer path (first queries, JIT) on a queue nobody works, then time the enqueue.
  await adapter.createQueue?.(`${queue}_warm`);
  await adapter.enqueue(`${queue}_warm`, keys("w", 200));
  const enqueueMs = await adapter.enqueue(queue, keys("a", n));
  const started = performance.now();
  await Promise.all(workers.map((w) => w.go()));
  let done = 0;
  await until(async () => (done = await adapter.completed(queue)) >= n, {
    timeoutMs: capMs,
    everyMs: 100,
  });
  const elapsedMs = performance.now() - started;
  await Promise.all(workers.map((w) => w.stop()));
  return {
    jobs: n,
    enqueuePerSec: round((n / enqueueMs) * 1000),
    completed: done,
    drainSeconds: round(elapsedMs / 1000, 2),
    jobsPerSec: round((done / elapsedMs) * 1000),
    finished: done >= n,
  };
}

/** (b) workers running, N jobs enqueued; each inserts its key into a UNIQUE table. */
async function exactlyOnce(adapter, { n, capMs, variant = {} }) {
  const queue = `eval_b_${Date.now()}`;
  await adapter.createQueue?.(queue);
  await sql("TRUNCATE eval_exec, eval_done");
  const workers = [0, 1].map((i) =>
    spawnWorker(
      adapter.workerArgv({ queue, mode: "once", tag: `b${i}`, concurrency: 4, ...variant }),
      {
        cwd: adapter.cwd,
        label: `${adapter.name} b${i}`,
      },
    ),
  );
  await Promise.all(workers.map((w) => w.ready));
  await Promise.all(workers.map((w) => w.go()));
  const started = performance.now();
  await adapter.enqueue(queue, keys("b", n));
  await until(async () => (await adapter.completed(queue)) >= n, {
    timeoutMs: capMs,
    everyMs: 200,
  });
  const elapsedMs = performance.now() - started;
  await sleep(3_000); // late re-runs, if any
  await Promise.all(workers.map((w) => w.stop()));
  const [stats] = await sql(
    `SELECT (SELECT count(*) FROM eval_exec) AS executions,
            (SELECT count(DISTINCT job_key) FROM eval_exec) AS distinct_keys,
            (SELECT count(*) FROM eval_done) AS done`,
  );
  const perWorker = await sql(
    "SELECT worker, count(*) AS n FROM eval_exec GROUP BY worker ORDER BY worker",
  );
  const executions = Number(stats.executions);
  const distinct = Number(stats.distinct_keys);
  return {
    jobs: n,
    executions,
    duplicates: executions - distinct,
    lost: n - Number(stats.done),
    queueCompleted: await adapter.completed(queue),
    byWorker: Object.fromEntries(perWorker.map((row) => [row.worker, Number(row.n)])),
    seconds: round(elapsedMs / 1000, 2),
  };
}

/**
 * (c) worker A (concurrency 20) takes 20 jobs of 2 s; once all 20 have started it is SIGKILLed and
 * worker B (already connected) starts. How long until B starts one, until all 20 are done, and
 * whether any job ran to completion twice. (d) with `liveMs`: one worker, jobs longer than the
 * shortened timeout, nobody dies: does the queue hand a job that is still running to someone else?
 */
async function crash(adapter, { jobs = 20, windowMs, variant = {}, label }) {
  const queue = `eval_c_${Date.now()}`;
  await adapter.createQueue?.(queue, variant);
  await sql("TRUNCATE eval_exec, eval_done");
  const spawnOne = (tag) =>
    spawnWorker(adapter.workerArgv({ queue, mode: "crash", tag, concurrency: jobs, ...variant }), {
      cwd: adapter.cwd,
      label: `${adapter.name} ${label} ${tag}`,
    });
  const a = spawnOne("A");
  const b = spawnOne("B");
  await Promise.all([a.ready, b.ready]);
  await adapter.enqueue(queue, keys("c", jobs), 4, variant);
  await a.go();
  const allStarted = await until(
    async () =>
      (await count("SELECT count(DISTINCT job_key) AS n FROM eval_exec WHERE worker='A'")) >= jobs,
    { timeoutMs: 30_000, everyMs: 50 },
  );
  const startedOnA = await count(
    "SELECT count(DISTINCT job_key) AS n FROM eval_exec WHERE worker='A'",
  );
  await a.kill();
  const killedAt = performance.now();
  const finishedByA = await count(
    "SELECT count(*) AS n FROM eval_exec WHERE worker='A' AND phase='end'",
  );
  await b.go();
  let takeoverMs = null;
  const allDone = await until(
    async () => {
      if (
        takeoverMs === null &&
        (await count("SELECT count(*) AS n FROM eval_exec WHERE worker='B'")) > 0
      )
        takeoverMs = performance.now() - killedAt;
      return (await count("SELECT count(*) AS n FROM eval_done")) >= jobs;
    },
    { timeoutMs: windowMs, everyMs: 200 },
  );
  const allDoneMs = allDone ? performance.now() - killedAt : null;
  if (allDone) await sleep(variant.settleMs ?? 5_000); // would anything run again?
  await b.stop();
  const [stats] = await sql(
    `SELECT (SELECT count(*) FROM eval_done) AS done,
            (SELECT count(*) FROM eval_exec WHERE worker='B' AND phase='start') AS b_starts,
            (SELECT count(*) FROM (SELECT job_key FROM eval_exec WHERE phase='end'
                                    GROUP BY job_key HAVING count(*) > 1) twice) AS completed_twice`,
  );
  return {
    label,
    startedOnA: allStarted ? startedOnA : `${startedOnA} (not all started)`,
    finishedByA,
    done: Number(stats.done),
    takeoverSeconds: round(takeoverMs && takeoverMs / 1000, 1),
    allDoneSeconds: round(allDoneMs && allDoneMs / 1000, 1),
    windowSeconds: windowMs / 1000,
    runsOnB: Number(stats.b_starts),
    completedTwice: Number(stats.completed_twice),
  };
}

async function liveLongJob(adapter, { variant, sleepMs, jobs = 4, label }) {
  const queue = `eval_d_${Date.now()}`;
  await adapter.createQueue?.(queue, variant);
  await sql("TRUNCATE eval_exec, eval_done");
  const workers = ["L1", "L2"].map((tag) =>
    spawnWorker(
      adapter.workerArgv({ queue, mode: "crash", tag, concurrency: jobs, sleepMs, ...variant }),
      {
        cwd: adapter.cwd,
        label: `${adapter.name} ${label} ${tag}`,
      },
    ),
  );
  await Promise.all(workers.map((w) => w.ready));
  await adapter.enqueue(queue, keys("d", jobs), 4, variant);
  await workers[0].go();
  await until(async () => (await count("SELECT count(*) AS n FROM eval_exec")) >= jobs, {
    timeoutMs: 30_000,
  });
  await workers[1].go();
  await until(async () => (await count("SELECT count(*) AS n FROM eval_done")) >= jobs, {
    timeoutMs: sleepMs * 3 + 10_000,
  });
  await sleep(sleepMs + 3_000);
  await Promise.all(workers.map((w) => w.stop()));
  const [stats] = await sql(
    `SELECT (SELECT count(*) FROM eval_exec WHERE phase='start') AS starts,
            (SELECT count(*) FROM eval_exec WHERE phase='end') AS ends,
            (SELECT count(*) FROM eval_done) AS done`,
  );
  return {
    label,
    jobs,
    jobSeconds: sleepMs / 1000,
    starts: Number(stats.starts),
    ends: Number(stats.ends),
    done: Number(stats.done),
  };
}

/** Runs the selected measurements (EVAL_PHASES=a,b,c,d) and prints one JSON line per result. */
export async function runSuite(adapter) {
  const phases = (process.env.EVAL_PHASES ?? "a,b,c,d").split(",");
  const scale = Number(process.env.EVAL_SCALE ?? 1);
  await adapter.setup(); // first: Prisma's migrate refuses a schema that is not empty
  await sql(TABLES);
  const header = {
    library: adapter.name,
    version: adapter.version,
    database: await serverVersion(),
  };
  console.log(`== ${header.library} ${header.version} on ${header.database}`);
  // The machine's 1-minute load average when the result was taken: the 2 cores were shared.
  const emit = (phase, result) =>
    console.log(
      `RESULT ${JSON.stringify({ ...header, phase, ...result, load1: Number(loadavg()[0].toFixed(1)) })}`,
    );
  const guard = async (phase, run) => {
    try {
      emit(phase, await run());
    } catch (error) {
      emit(phase, {
        error: String(error?.message ?? error)
          .split("\n")
          .slice(0, 6)
          .join(" | "),
      });
    }
  };
  if (phases.includes("a")) {
    const only = process.env.EVAL_A_ONLY; // substring of a variant label, to repeat just that one
    const variants = (adapter.throughputVariants ?? [{}]).filter(
      (v) => !only || (v.label ?? "default").includes(only),
    );
    for (let round = 0; round < Number(process.env.EVAL_REPEAT ?? 1); round++)
      for (const variant of variants)
        await guard("a", () =>
          throughput(adapter, {
            n: Math.round(5000 * scale),
            capMs: Number(process.env.EVAL_CAP_MS ?? 60_000),
            variant,
          }).then((r) => ({ variant: variant.label ?? "default", ...r })),
        );
  }
  if (phases.includes("b")) {
    const variant = adapter.onceVariant ?? {};
    await guard("b", () =>
      exactlyOnce(adapter, { n: Math.round(2000 * scale), capMs: 120_000, variant }).then((r) => ({
        variant: variant.label ?? "default",
        ...r,
      })),
    );
  }
  if (phases.includes("c")) {
    for (const variant of adapter.crashVariants ?? [{}])
      await guard("c", () =>
        crash(adapter, {
          windowMs: variant.windowMs ?? 100_000,
          variant,
          label: variant.label ?? "default",
        }),
      );
  }
  if (phases.includes("d") && adapter.liveVariant)
    await guard("d", () =>
      liveLongJob(adapter, {
        variant: adapter.liveVariant,
        sleepMs: 8_000,
        label: adapter.liveVariant.label,
      }),
    );
  await adapter.close?.();
}
