// Two `next start` replicas of one build on one PostgreSQL, as a lender runs Cotiza (issue 15):
// (a) an export streamed by A is followed on B, (b) Belvo's webhooks split across A and B are each
// processed once, (d) wrong passwords sent to A lock the account on B, (c) a replica killed mid-job
// has its job finished by the other. Run by `npm test` when DATABASE_URL is set (CI's PostgreSQL
// pass), after the e2e step's build:
//   node scripts/with-db.mjs --scratch -- tsx --import ./scripts/lib/as-server.mjs scripts/replicas/two-replicas.ts
// COTIZA_DIST_DIR picks the build (default .next).
import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import pg from "pg";
import { SIGN_IN_LIMITS } from "@/lib/auth/throttle-policy";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { signInAnswer, signInCookie } from "@/scripts/bench/http-session";
import { readOutcome } from "@/scripts/bench/webhook-outcome";
import { seedQueue } from "@/scripts/bench/queue-seed";
import { startEmulator, type RunningEmulator } from "@/scripts/belvo-emulator/server";
import { DEMO_USERS } from "@/scripts/demo/users";
import { AS_SERVER, bin } from "@/scripts/lib/bin.mjs";
import { runAll } from "@/scripts/lib/processes.mjs";
import {
  connectApplicant,
  postWebhook,
  readExportProgress,
  startPausedDownload,
  type ExportProgress,
} from "./app-client";
import { startReplica, stopReplicas, type Replica } from "./replica";
import { startRoundRobin, type RoundRobin } from "./round-robin";

/** Short, so a takeover after a SIGKILL is seen in seconds (production keeps 60 s). */
const VISIBILITY_TIMEOUT_MS = 5_000;
/** Enough queue rows that a paused download keeps the export running on the server. */
const EXPORT_APPLICANTS = 40_000;
const CONNECTED_APPLICANTS = 6;
const RUN_LIMIT_MS = 240_000;

const databaseUrl = process.env.DATABASE_URL;
const webhookAuthorization = process.env.BELVO_WEBHOOK_AUTHORIZATION ?? "";
const distDir = process.env.COTIZA_DIST_DIR || ".next";
const demo = (role: (typeof DEMO_USERS)[number]["role"]) =>
  DEMO_USERS.find((user) => user.role === role)!;
const lead = demo("TEAM_LEAD");

let database: pg.Client;
let emulator: RunningEmulator;
let balancer: RoundRobin;
let a: Replica;
let b: Replica;
let leadCookie: string;
const connectedLinks: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(200);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

const query = async <Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []) =>
  (await database.query<Row>(sql, values)).rows;

let cleaned: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaned ??= (async () => {
    await stopReplicas();
    await balancer?.close();
    await emulator?.close();
    await database?.end().catch(() => undefined);
  })();
  return cleaned;
}
// However the run goes, it ends: a hung step must not hold CI for its whole time.
setTimeout(() => {
  console.error(`two-replicas: still running after ${RUN_LIMIT_MS / 1000} s, giving up`);
  void cleanUp().finally(() => process.exit(1));
}, RUN_LIMIT_MS).unref();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`two-replicas: ${signal}, stopping the replicas`);
    void cleanUp().finally(() => process.exit(130));
  });
}

before(async () => {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run through scripts/with-db.mjs.");
  if (!existsSync(path.join(distDir, "BUILD_ID")))
    throw new Error(`No build in ${distDir}: run \`next build\` first.`);
  const prepared = await runAll([
    [bin("tsx"), ["scripts/migrate/main.ts", "deploy"]],
    [bin("tsx"), [...AS_SERVER, "scripts/seed.ts"]],
  ]);
  assert.equal(prepared, 0, "migrations and demo accounts");
  database = new pg.Client({ connectionString: databaseUrl });
  await database.connect();
  const users = await query<{ id: string }>(
    "SELECT id FROM users WHERE email = ANY($1::text[]) ORDER BY email",
    [[lead.email, demo("UNDERWRITER").email]],
  );
  await seedQueue({
    databaseUrl,
    count: EXPORT_APPLICANTS,
    userIds: [users[0]!.id, users[1]!.id],
    knownCurpHash: `replicas-${randomBytes(8).toString("hex")}`,
  });

  emulator = await startEmulator({ port: 0, stateDir: null });
  // The load balancer in front of both replicas; Belvo's webhooks go through it.
  const targets: string[] = [];
  balancer = await startRoundRobin(targets);
  const env = {
    ...process.env,
    BELVO_ENV: "emulator",
    BELVO_BASE_URL: emulator.url,
    NEXTAUTH_URL: balancer.url,
    COTIZA_DIST_DIR: distDir,
    COTIZA_JOB_VISIBILITY_TIMEOUT_MS: String(VISIBILITY_TIMEOUT_MS),
  };
  [a, b] = await Promise.all([startReplica("A", env), startReplica("B", env)]);
  targets.push(a.url, b.url);
  const configured = await fetch(`${emulator.url}/_emulator/webhooks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      url: `${balancer.url}/api/webhooks/belvo`,
      authorization: webhookAuthorization,
    }),
  });
  assert.ok(configured.ok, "the emulator's webhook URL");
  console.log(
    `two-replicas: A ${a.url} (pid ${a.pid}), B ${b.url} (pid ${b.pid}), build ${distDir}`,
  );
  leadCookie = await signInCookie(a.url, lead.email, lead.password);
});

after(cleanUp);

test("(a) an export downloaded from A is followed on B: running, then complete with its rows", async () => {
  const progressId = randomUUID();
  const download = await startPausedDownload(
    `${a.url}/api/exports/queue?progress=${progressId}`,
    leadCookie,
  );
  assert.equal(download.status, 200, "the download starts on A");

  // A has the download paused (more rows than the connection buffers): B must see it running.
  const running = await eventually("B to see the export running with rows", async () => {
    const progress = await readExportProgress(b.url, leadCookie, progressId);
    return progress?.status === "running" && progress.rows > 0 ? progress : undefined;
  });
  console.log(
    `  B sees it running: ${running.rows} rows, ${running.applicants}/${running.total} applicants`,
  );

  const lines = await download.finish();
  const done = await eventually("B to see the export finished", async () => {
    const progress = await readExportProgress(b.url, leadCookie, progressId);
    return progress && progress.status !== "running" ? progress : undefined;
  });
  console.log(`  A sent ${lines - 1} rows; B says ${done.status} with ${done.rows} rows`);
  assert.deepEqual({ status: done.status, rows: done.rows, applicants: done.applicants }, {
    status: "complete",
    rows: lines - 1,
    applicants: running.total,
  } satisfies Partial<ExportProgress>);
  assert.ok(done.rows >= EXPORT_APPLICANTS, "every seeded applicant is in the file");
});

test("(b) webhooks split across A and B are each processed once", async () => {
  for (let index = 0; index < CONNECTED_APPLICANTS; index += 1) {
    const replica = index % 2 === 0 ? a : b;
    const applicantId = await connectApplicant(replica.url, leadCookie, {
      name: `Réplica ${index + 1}`,
      curp: uniqueCurp(),
      reference: `REPLICAS-${randomBytes(4).toString("hex")}-${index}`,
    });
    const [link] = await query<{ belvoId: string }>(
      'SELECT belvo_id AS "belvoId" FROM links WHERE applicant_id = $1::uuid',
      [applicantId],
    );
    connectedLinks.push(link!.belvoId);
  }
  await emulator.idle(); // every webhook the emulator owed has been delivered

  const deliveries = balancer.forwarded.filter((item) => item.path === "/api/webhooks/belvo");
  const perReplica = (replica: Replica) => deliveries.filter((item) => item.target === replica.url);
  console.log(
    `  ${deliveries.length} deliveries: A received ${perReplica(a).length}, B ${perReplica(b).length}`,
  );
  assert.ok(deliveries.length >= CONNECTED_APPLICANTS, "one webhook per connected applicant");
  assert.ok(
    deliveries.every((item) => item.status === 200),
    "every delivery acknowledged",
  );
  assert.ok(perReplica(a).length > 0 && perReplica(b).length > 0, "both replicas received some");

  // Belvo retries: the same webhook delivered again to the other replica is a duplicate there.
  for (const delivery of deliveries) {
    const other = delivery.target === a.url ? b : a;
    assert.equal(await postWebhook(other.url, webhookAuthorization, delivery.body), "duplicate");
  }

  const webhookIds = deliveries.map(
    (item) => (JSON.parse(item.body) as { webhook_id: string }).webhook_id,
  );
  const outcome = await eventually("the webhook jobs to finish", async () => {
    const current = await readOutcome(database, webhookIds);
    return current.unfinished === 0 && current.jobs === webhookIds.length ? current : undefined;
  });
  const workers = await query<{ pid: string; jobs: string }>(
    `SELECT split_part(locked_by, ':', 2) AS pid, count(*) AS jobs FROM background_jobs
      WHERE kind = 'belvo.webhook' GROUP BY 1 ORDER BY 1`,
  );
  console.log(
    `  ${outcome.events} events, ${outcome.jobs} jobs, ${outcome.succeeded} succeeded; run by ` +
      workers.map((row) => `pid ${row.pid}: ${row.jobs}`).join(", "),
  );
  assert.deepEqual(outcome, {
    ...outcome,
    events: webhookIds.length,
    jobs: webhookIds.length,
    eventsWithoutOneJob: 0,
    succeeded: webhookIds.length,
    failed: 0,
    unfinished: 0,
    ranMoreThanOnce: 0,
  });
});

test("(d) wrong passwords sent to A lock the account on B", async () => {
  const member = demo("UNDERWRITER");
  const { lockAfter } = SIGN_IN_LIMITS.account;
  assert.ok(
    (await signInAnswer(b.url, member.email, member.password)).cookie,
    "B signs them in first",
  );
  const answers: (string | null)[] = [];
  for (let attempt = 0; attempt < lockAfter; attempt += 1)
    answers.push((await signInAnswer(a.url, member.email, `wrong-${attempt}`)).error);
  console.log(`  ${lockAfter} wrong passwords on A answered: ${[...new Set(answers)].join(", ")}`);
  const onB = await signInAnswer(b.url, member.email, member.password);
  console.log(`  the right password on B: ${onB.cookie ? "signed in" : onB.error}`);
  assert.equal(Boolean(onB.cookie), false, "no session on B for a locked account");
  assert.match(onB.error ?? "", /^AccountLocked:/);
});

test("(c) a replica killed mid-job: the other one finishes the job", async () => {
  // A real webhook job, held mid-run: its first records fetch from Belvo hangs (emulator fault).
  const [belvoLinkId] = connectedLinks;
  assert.ok(belvoLinkId, "(b) connected an applicant first");
  const fault = await fetch(`${emulator.url}/_emulator/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      kind: "latency",
      ms: 12_000,
      count: 1,
      path: "/api/employment-records/",
    }),
  });
  assert.equal(fault.status, 201);
  const webhookId = randomBytes(16).toString("hex");
  const body = JSON.stringify({
    webhook_id: webhookId,
    webhook_type: "EMPLOYMENT_RECORDS",
    webhook_code: "historical_update",
    process_type: "historical_update",
    link_id: belvoLinkId,
    request_id: randomBytes(16).toString("hex"),
    external_id: null,
    data: { total_employment_record_profiles: 1 },
  });
  assert.equal(await postWebhook(balancer.url, webhookAuthorization, body), "accepted");
  const jobOf = async () =>
    (
      await query<{ status: string; attempts: number; lockedBy: string }>(
        `SELECT j.status::text AS status, j.attempts, j.locked_by AS "lockedBy"
           FROM background_jobs j JOIN webhook_events e ON j.payload->>'webhookEventId' = e.id::text
          WHERE e.webhook_id = $1`,
        [webhookId],
      )
    )[0];
  const claimed = await eventually("a replica to claim the job", async () => {
    const job = await jobOf();
    return job?.status === "RUNNING" ? job : undefined;
  });
  // Mid-job: the handler's request has reached Belvo (the fault is used up) and hangs there.
  await eventually("the job's call to Belvo", async () => {
    const armed = (await (await fetch(`${emulator.url}/_emulator/faults`)).json()) as unknown[];
    return armed.length === 0 || undefined;
  });
  const owner = [a, b].find((replica) => claimed.lockedBy.split(":")[1] === String(replica.pid));
  assert.ok(owner, `the job's worker ${claimed.lockedBy} is one of the replicas`);
  const survivor = owner === a ? b : a;
  owner.kill("SIGKILL");
  assert.equal(await owner.exited, "SIGKILL");
  const killedAt = Date.now();
  console.log(`  replica ${owner.name} killed while running the job (attempt ${claimed.attempts})`);

  const finished = await eventually(
    "the other replica to finish the job",
    async () => {
      const job = await jobOf();
      return job && job.status !== "RUNNING" ? job : undefined;
    },
    VISIBILITY_TIMEOUT_MS * 6,
  );
  console.log(
    `  replica ${survivor.name} finished it ${((Date.now() - killedAt) / 1000).toFixed(1)} s later: ` +
      `${finished.status}, attempt ${finished.attempts}`,
  );
  assert.equal(finished.status, "SUCCEEDED");
  assert.equal(finished.attempts, 2);
  assert.equal(finished.lockedBy.split(":")[1], String(survivor.pid));
});
