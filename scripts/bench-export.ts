// CSV exports at scale: seeds 100,000 applicants with 1,000,000 salary movements, serves the
// production build, downloads each export as a team lead and samples the server's memory, then
// reads the same rows with PostgreSQL's own `COPY … TO STDOUT` as the reference.
// Run: `npm run bench:export` (embedded PGlite), or with DATABASE_URL set for a real PostgreSQL
// (a scratch database there). Needs `npm run build` first. `--server-heap-mb 160` caps the
// server's heap to show that memory does not grow with the export's size. `--in-process` needs no
// build: it reads each file from the export function itself (what the route streams), no HTTP.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { deployMigrations } from "@/scripts/migrate";
import { seedRecords } from "./bench/export-seed";
import { signInCookie } from "./bench/http-session";
import { samplePeakRss, treeRssMb } from "./bench/process-memory";
import { seedQueue } from "./bench/queue-seed";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    jobs: { type: "string", default: "2" },
    movements: { type: "string", default: "5" },
    port: { type: "string", default: "3190" },
    // Caps the server's V8 heap: an export that finishes under a small cap holds no rows.
    "server-heap-mb": { type: "string" },
    "in-process": { type: "boolean", default: false },
  },
});
const inProcess = values["in-process"];
if (!inProcess && !existsSync(".next/BUILD_ID")) {
  throw new Error("No production build: run `npm run build` (or pass --in-process).");
}
const count = Math.max(1, Number(values.count));
const databaseUrl = requireEnv("DATABASE_URL");
const base = `http://127.0.0.1:${values.port}`;
const PASSWORD = "bench-export-password";

// The reference: the rows each export writes, in the same order, straight from the database.
const LATEST = `applicants a
  JOIN LATERAL (SELECT id FROM snapshots WHERE applicant_id = a.id
    ORDER BY collected_at DESC LIMIT 1) s ON true
  JOIN snapshot_jobs j ON j.snapshot_id = s.id`;
const COPY_SQL: Record<string, string> = {
  queue: `SELECT a.name, a.reference, a.institution, l.status, a.current_employer, a.monthly_income,
      current_date - a.current_job_start, a.score_12, array_to_string(a.flags, '; '), a.data_as_of,
      u.name FROM applicants a LEFT JOIN links l ON l.applicant_id = a.id
      LEFT JOIN users u ON u.id = a.assigned_to_id ORDER BY a.created_at DESC, a.id`,
  jobs: `SELECT a.reference, a.name, j.employer, j.employer_id, j.state, j.start_date, j.end_date,
      j.weeks_employed, j.last_daily_salary, j.monthly_salary FROM ${LATEST}
      ORDER BY a.created_at DESC, a.id, j.position`,
  movements: `SELECT a.reference, a.name, j.employer, m.event, m.date, m.daily_salary FROM ${LATEST}
      JOIN salary_movements m ON m.job_id = j.id ORDER BY a.created_at DESC, a.id, j.position, m.position`,
};

async function drain(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>) {
  let bytes = 0;
  let lines = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
  }
  return { bytes, rows: lines - 1 };
}

async function copyReference(sql: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    const result = await drain(
      client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`)),
    );
    return { ...result, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

async function waitForHealth(deadline: number) {
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The server did not become healthy in time.");
}

await deployMigrations({ databaseUrl });
const email = `bench-lead-${Date.now()}@bench.test`;
const lead = await db().user.create({
  data: {
    email,
    name: "Bench Lead",
    role: "TEAM_LEAD",
    passwordHash: await hashPassword(PASSWORD),
  },
});
const started = performance.now();
await seedQueue({ databaseUrl, count, userIds: [lead.id, lead.id], knownCurpHash: "none" });
await seedRecords({
  databaseUrl,
  jobsPerApplicant: Number(values.jobs),
  movementsPerJob: Number(values.movements),
});
const [version] = await db().$queryRawUnsafe<{ version: string }[]>("select version() as version");
const [sizes] = await db().$queryRawUnsafe<{ jobs: bigint; movements: bigint }[]>(
  "select (select count(*) from snapshot_jobs) as jobs, (select count(*) from salary_movements) as movements",
);
console.log(
  `seeded ${count.toLocaleString("en")} applicants, ${Number(sizes?.jobs).toLocaleString("en")} jobs, ` +
    `${Number(sizes?.movements).toLocaleString("en")} movements in ${((performance.now() - started) / 1000).toFixed(1)} s` +
    ` · ${version?.version.split(" on ")[0]}`,
);

const KINDS = ["queue", "jobs", "movements"] as const;
const HEADER = `\n${"export".padEnd(10)} ${"rows".padStart(9)} ${"MB".padStart(6)} ${"seconds".padStart(8)} ${"rows/s".padStart(9)} │ ${"server RSS MB: idle → peak".padEnd(27)} │ ${"COPY s".padStart(7)} ${"rows/s".padStart(9)} │ ratio`;

/** One line of the table: the export beside COPY of the same rows. */
async function report(
  kind: string,
  run: () => Promise<{ rows: number; bytes: number }>,
  memory: { idle: number; peak: () => number },
) {
  const begun = performance.now();
  const result = await run();
  const seconds = (performance.now() - begun) / 1000;
  const peak = memory.peak();
  const copy = await copyReference(COPY_SQL[kind] as string);
  if (copy.rows !== result.rows) {
    throw new Error(`${kind}: the export wrote ${result.rows} rows, COPY ${copy.rows}.`);
  }
  const rate = result.rows / seconds;
  const copyRate = copy.rows / copy.seconds;
  const ratio = rate / copyRate;
  console.log(
    `${kind.padEnd(10)} ${result.rows.toLocaleString("en").padStart(9)} ${(result.bytes / 1e6).toFixed(1).padStart(6)} ${seconds.toFixed(2).padStart(8)} ${Math.round(rate).toLocaleString("en").padStart(9)} │ ${`${memory.idle.toFixed(0)} → ${peak.toFixed(0)} (+${(peak - memory.idle).toFixed(0)})`.padEnd(27)} │ ${copy.seconds.toFixed(2).padStart(7)} ${Math.round(copyRate).toLocaleString("en").padStart(9)} │ ${ratio >= 1 ? `${ratio.toFixed(2)}× COPY's speed` : `${(1 / ratio).toFixed(1)}× slower (${ratio.toFixed(2)}× COPY's speed)`}`,
  );
}

if (inProcess) {
  // The export function the route calls, its body drained here: no server, no HTTP.
  const { openExport } = await import("@/lib/exports/open-export");
  const { parseExportRequest } = await import("@/lib/exports/request");
  const open = (kind: (typeof KINDS)[number], query: string) =>
    openExport(parseExportRequest(kind, new URLSearchParams(query), "es"), lead);
  for (const kind of KINDS) await drain((await open(kind, "q=BENCH-0000")).body);
  console.log(HEADER.replace("server RSS", "process RSS"));
  for (const kind of KINDS) {
    const idle = process.memoryUsage().rss / 1e6;
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss / 1e6)), 50);
    await report(kind, async () => drain((await open(kind, "")).body), {
      idle,
      peak: () => (clearInterval(sampler), peak),
    });
  }
  process.exit(0);
}
await db().$disconnect();

const server = spawn("node_modules/.bin/next", ["start", "--port", values.port], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    BELVO_BASE_URL: "http://127.0.0.1:9",
    ...(values["server-heap-mb"]
      ? { NODE_OPTIONS: `--max-old-space-size=${Number(values["server-heap-mb"])}` }
      : {}),
  },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-(server.pid as number), "SIGTERM");
  } catch {
    // Already gone.
  }
};
process.on("exit", stopServer);
try {
  await waitForHealth(Date.now() + 60_000);
  const cookie = await signInCookie(base, email, PASSWORD);
  const pid = server.pid as number;
  // Warm-up: compile the route and fill the connection pool before anything is measured.
  for (const kind of Object.keys(COPY_SQL)) {
    const warm = await fetch(`${base}/api/exports/${kind}?q=BENCH-0000`, { headers: { cookie } });
    await drain(warm.body as ReadableStream<Uint8Array>);
  }
  console.log(HEADER);
  for (const kind of KINDS) {
    const sampler = samplePeakRss(pid);
    await report(
      kind,
      async () => {
        const response = await fetch(`${base}/api/exports/${kind}`, { headers: { cookie } });
        if (!response.ok || !response.body) throw new Error(`${kind}: HTTP ${response.status}`);
        return drain(response.body);
      },
      { idle: treeRssMb(pid), peak: () => sampler.stop() },
    );
  }
} finally {
  stopServer();
}
process.exit(0);
