// Seeds 100,000 applicants with current employers (registros patronales: a few hundred large ones
// hold 30% of the employed, the rest spread over 30,000) and NSS hashes (0.1% shared), then times
// the portfolio signals: recomputing them for a new snapshot (the work a sync adds to its
// transaction, lib/signals/portfolio.ts), and reading one applicant's for the page. Run:
// `npm run bench:signals -- [--applicants N] [--runs N]` (a throwaway database; DATABASE_URL may
// name a real PostgreSQL, which gets a scratch database).
import { parseArgs } from "node:util";
import pg from "pg";
import { db } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { portfolioSignals, syncPortfolioSignals } from "@/lib/signals/portfolio";
import { deployMigrations } from "@/scripts/migrate";
import { seedQueue } from "./bench/queue-seed";
import { ms, percentile, printTable } from "./bench/stats";

const { values } = parseArgs({
  options: {
    applicants: { type: "string", default: "100000" },
    runs: { type: "string", default: "200" },
  },
});
const applicants = Math.max(1, Number(values.applicants));
const runs = Math.max(3, Number(values.runs));

const databaseUrl = requireEnv("DATABASE_URL");
await deployMigrations({ databaseUrl });
const users = await Promise.all(
  [0, 1].map((index) =>
    db().user.create({
      data: {
        email: `bench-${index}-${Date.now()}@bench.test`,
        name: `bench ${index}`,
        role: "UNDERWRITER",
      },
      select: { id: true },
    }),
  ),
);
const started = performance.now();
await seedQueue({
  databaseUrl,
  count: applicants,
  userIds: [users[0]!.id, users[1]!.id],
  knownCurpHash: "bench",
});
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
await client.query("SELECT setseed(0.17)");
await client.query(`
  UPDATE applicants SET
    current_employer_id = CASE WHEN current_employer IS NULL OR institution = 'ISSSTE' THEN NULL
      WHEN random() < 0.3 THEN 'B' || lpad(floor(random() * 300)::text, 10, '0')
      ELSE 'S' || lpad(floor(random() * 30000)::text, 10, '0') END,
    nss_hash = CASE WHEN random() < 0.001 THEN 'shared-' || floor(random() * 50)::text
      ELSE md5('nss' || reference) END`);
await client.query("VACUUM ANALYZE applicants");
await client.end();
const server = await db().$queryRawUnsafe<{ version: string }[]>("select version() as version");
console.log(
  `seeded ${applicants.toLocaleString("en")} applicants in ${ms(performance.now() - started)} · ${server[0]?.version.split(" on ")[0]}`,
);

const sample = await db().$queryRaw<
  { id: string; employerId: string | null; nssHash: string | null }[]
>`SELECT id, current_employer_id AS "employerId", nss_hash AS "nssHash" FROM applicants
  WHERE current_employer_id IS NOT NULL ORDER BY md5(id::text) LIMIT ${runs + 3}`;
const employers = await db().$queryRaw<{ id: string }[]>`
  SELECT DISTINCT current_employer_id AS id FROM applicants
  WHERE current_employer_id LIKE 'B%' ORDER BY 1`;
console.log(`${runs} runs per case after 3 warm-up runs\n`);

/** A new snapshot moves the applicant to another large employer (the costlier kind of change). */
async function newSnapshot(index: number) {
  const one = sample[index]!;
  const next = employers[index % employers.length]!.id;
  const t0 = performance.now();
  await db().$transaction(async (tx) => {
    await tx.applicant.update({ where: { id: one.id }, data: { currentEmployerId: next } });
    await syncPortfolioSignals(tx, one.id, {
      employerIds: [one.employerId, next],
      nssHashes: [one.nssHash],
    });
  });
  return performance.now() - t0;
}

async function pageRead(index: number) {
  const t0 = performance.now();
  await portfolioSignals(sample[index]!.id);
  return performance.now() - t0;
}

const rows: string[][] = [];
for (const [label, task] of [
  ["new snapshot: summary + portfolio signals (one transaction)", newSnapshot],
  ["applicant page: one applicant's portfolio signals", pageRead],
] as const) {
  const times: number[] = [];
  for (let run = 0; run < runs + 3; run++) {
    const elapsed = await task(run);
    if (run >= 3) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  rows.push([label, ms(percentile(times, 50)), ms(percentile(times, 95))]);
}
const [flagged] = await db().$queryRaw<{ concentration: bigint; shared: bigint }[]>`
  SELECT count(*) FILTER (WHERE 'employer-concentration' = ANY (flags)) AS concentration,
         count(*) FILTER (WHERE 'shared-nss' = ANY (flags)) AS shared
  FROM applicants`;
printTable(["case", "p50", "p95"], rows);
console.log(
  `\nflagged after the runs: ${flagged?.concentration} employer concentration, ${flagged?.shared} shared NSS (only the applicants the runs touched are recomputed)`,
);
process.exit(0);
