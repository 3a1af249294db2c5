// Verification reports: the render time and size of one report for a busy applicant (30 jobs,
// 200 movements), then a ZIP of 100 and of 500 reports streamed as a team lead downloads it, with
// the total time and the peak memory of this process (flat: one report in memory at a time).
// Run: `npm run bench:report -- [--runs 40] [--zip 100,500]` (two batch sizes; `none` skips the
// ZIPs). It runs with NODE_ENV=production, as the server does.
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { decryptField } from "@/lib/crypto/field-encryption";
import { requireEnv } from "@/lib/env";
import { openExport } from "@/lib/exports/open-export";
import { parseExportRequest } from "@/lib/exports/request";
import type { ReportContent } from "@/lib/report/content";
import { issueReport } from "@/lib/report/issue";
import { renderReport } from "@/lib/report/render";
import { deployMigrations } from "@/scripts/migrate";
import { seedBusyApplicant } from "./bench/applicant-seed";
import { samplePeakRss, treeRssMb } from "./bench/process-memory";
import { ms, percentile } from "./bench/stats";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "40" },
    jobs: { type: "string", default: "30" },
    movements: { type: "string", default: "200" },
    zip: { type: "string", default: "100,500" },
    "zip-jobs": { type: "string", default: "8" },
    "zip-movements": { type: "string", default: "40" },
  },
});
const runs = Math.max(5, Number(values.runs));
const zipSizes = values.zip.split(",").map(Number).filter(Boolean).slice(0, 2);

await deployMigrations({ databaseUrl: requireEnv("DATABASE_URL") });
const lead = await db().user.create({
  data: {
    email: `bench-lead-${randomUUID()}@bench.test`,
    name: "Bench Lead",
    role: "TEAM_LEAD",
    passwordHash: "x",
  },
});
const user = { id: lead.id, email: lead.email, name: lead.name, role: lead.role };
const server = await db().$queryRawUnsafe<{ version: string }[]>("select version() as version");

// One report of a busy applicant: issued once, then its stored content rendered again and again.
const busy = await seedBusyApplicant({
  jobs: Number(values.jobs),
  movements: Number(values.movements),
  userId: lead.id,
});
const issued = await issueReport(user, {
  applicantId: busy.applicantId,
  snapshotId: null,
  locale: "es",
});
const row = await db().verificationReport.findUniqueOrThrow({ where: { folio: issued.folio } });
const content = JSON.parse(decryptField(row.contentCiphertext ?? "")) as ReportContent;
const times: number[] = [];
// CPU time too: on a shared machine the wall clock also counts other processes' turns.
const cpuTimes: number[] = [];
for (let run = -3; run < runs; run++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const bytes = await renderReport(content);
  const used = process.cpuUsage(cpu);
  if (run >= 0) {
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  if (bytes.length !== issued.bytes.length) throw new Error("A re-render changed the report.");
}
cpuTimes.sort((a, b) => a - b);
times.sort((a, b) => a - b);
// Timings depend on what else the machine runs: say how busy it was.
const load = () => `load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`;
console.log(
  `one report · ${busy.jobs} jobs, ${busy.movements} movements · ${server[0]?.version.split(" on ")[0]} · ${load()}`,
);
console.log(
  `  render p50 ${ms(percentile(times, 50))} · p95 ${ms(percentile(times, 95))} (target < 500 ms)` +
    ` · ${(issued.bytes.length / 1024).toFixed(1)} KB (target < 300 KB)`,
);
console.log(`  CPU time p50 ${ms(percentile(cpuTimes, 50))} · p95 ${ms(percentile(cpuTimes, 95))}`);

// ZIPs: the applicants of one search, seeded with smaller careers (a typical applicant). The
// first `small` references start `<prefix>-a`, the others `<prefix>-b`: a search for the first
// covers the small batch, one for the prefix covers them all.
const [small = 100, large = 500] = [...zipSizes].sort((a, b) => a - b);
if (values.zip === "none") process.exit(0);
const prefix = `bench-zip-${randomUUID().slice(0, 8)}`;
for (let i = 0; i < large; i++)
  await seedBusyApplicant({
    jobs: Number(values["zip-jobs"]),
    movements: Number(values["zip-movements"]),
    userId: lead.id,
    reference: `${prefix}-${i < small ? "a" : "b"}-${String(i).padStart(4, "0")}`,
  });
for (const [size, q] of [
  [small, `${prefix}-a`],
  [large, prefix],
] as const) {
  const request = parseExportRequest("reports", new URLSearchParams({ q, lang: "es" }));
  global.gc?.();
  const before = treeRssMb(process.pid);
  const memory = samplePeakRss(process.pid);
  const started = performance.now();
  const { body } = await openExport(request, user);
  let bytes = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  const elapsed = performance.now() - started;
  const peak = memory.stop();
  const reports = await db().auditEvent.count({
    where: { actorId: lead.id, action: "report.issued_in_batch" },
  });
  console.log(
    `ZIP of ${size} reports · ${(elapsed / 1000).toFixed(1)} s (${ms(elapsed / size)} each)` +
      ` · ${(bytes / 1024 / 1024).toFixed(1)} MB · RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB` +
      ` · ${reports} issued so far · ${load()}`,
  );
}
process.exit(0);
