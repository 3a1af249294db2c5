// Seeds 100,000 applicants and 200,000 alerts (most resolved, as an inbox a year old would be),
// then times the Alerts page's queries and the navigation's count. Run: `npm run bench:alerts --
// [--applicants N] [--alerts N]` (a throwaway database; DATABASE_URL may name a real PostgreSQL,
// which gets a scratch database).
import { parseArgs } from "node:util";
import pg from "pg";
import {
  ALERTS_PAGE_SIZE,
  listAlerts,
  openAlertCount,
  parseAlertFilters,
} from "@/lib/alerts/inbox";
import { ALERT_KINDS, SEVERITY } from "@/lib/alerts/rules";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { deployMigrations } from "@/scripts/migrate";
import { seedQueue } from "./bench/queue-seed";
import { ms, percentile, printTable } from "./bench/stats";

const { values } = parseArgs({
  options: {
    applicants: { type: "string", default: "100000" },
    alerts: { type: "string", default: "200000" },
    runs: { type: "string", default: "30" },
  },
});
const applicants = Math.max(1, Number(values.applicants));
const alerts = Math.max(1, Number(values.alerts));
const runs = Math.max(3, Number(values.runs));

const databaseUrl = requireEnv("DATABASE_URL");
await deployMigrations({ databaseUrl });
const users = await Promise.all(
  (["UNDERWRITER", "UNDERWRITER", "TEAM_LEAD"] as const).map((role, index) =>
    db().user.create({
      data: { email: `bench-${index}-${Date.now()}@bench.test`, name: `bench ${index}`, role },
      select: { id: true, email: true, name: true, role: true },
    }),
  ),
);
const [me, other, lead] = users as [SessionUser, SessionUser, SessionUser];
const started = performance.now();
await seedQueue({
  databaseUrl,
  count: applicants,
  userIds: [me.id, other.id],
  knownCurpHash: "bench",
});
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const kinds = `ARRAY[${ALERT_KINDS.map((kind) => `'${kind}'`).join(",")}]`;
const severities = `ARRAY[${ALERT_KINDS.map((kind) => `'${SEVERITY[kind]}'`).join(",")}]`;
// Alert i belongs to applicant 1 + (i × a prime) mod N; its recipient is the applicant's assignee
// (team leads when unassigned); 10% open, 10% acknowledged, the rest resolved; spread over a year.
await client.query(`
  WITH numbered AS (
    SELECT id, assigned_to_id, row_number() OVER (ORDER BY reference) - 1 AS n FROM applicants
  )
  INSERT INTO alerts (id, applicant_id, source_key, kind, severity, status, details, recipient_id,
    created_at)
  SELECT gen_random_uuid(), a.id, 'bench:' || i,
    (${kinds})[1 + i % ${ALERT_KINDS.length}]::"AlertKind",
    (${severities})[1 + i % ${ALERT_KINDS.length}]::"AlertSeverity",
    (CASE WHEN i % 10 = 0 THEN 'OPEN' WHEN i % 10 = 1 THEN 'ACKNOWLEDGED' ELSE 'RESOLVED' END)::"AlertStatus",
    jsonb_build_object('employer', 'Grupo Bimbo', 'endDate', '2026-11-20'),
    a.assigned_to_id,
    now() - ((i * 7) % 525600) * interval '1 minute'
  FROM generate_series(1, ${alerts}) AS i
  JOIN numbered a ON a.n = (i::bigint * 7919) % ${applicants}`);
await client.query("VACUUM ANALYZE alerts");
await client.end();
const server = await db().$queryRawUnsafe<{ version: string }[]>("select version() as version");
console.log(
  `seeded ${applicants.toLocaleString("en")} applicants and ${alerts.toLocaleString("en")} alerts in ${ms(performance.now() - started)} · ${server[0]?.version.split(" on ")[0]}`,
);
console.log(`${runs} runs per case after 3 warm-up runs\n`);

const page = (user: SessionUser, query: string) => () =>
  listAlerts(
    user,
    parseAlertFilters(Object.fromEntries(new URLSearchParams(query))),
    "America/Mexico_City",
  );
// The first day of last month (the seeded alerts end now), so the case keeps its size as time passes.
const today = new Date();
const lastMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
const lastPage = Math.ceil(alerts / ALERTS_PAGE_SIZE);
const [oneApplicant] = await db().$queryRaw<{ id: string }[]>`
  SELECT applicant_id AS id FROM alerts GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
const CASES: [string, () => Promise<unknown>][] = [
  ["navigation count, underwriter", () => openAlertCount(me)],
  ["navigation count, team lead", () => openAlertCount(lead)],
  ["Alerts page, default (unresolved)", page(lead, "")],
  ["Alerts page, mine (underwriter)", page(me, "recipient=mine")],
  ["Alerts page, job losses, open", page(lead, "kind=JOB_LOSS&status=OPEN")],
  [
    "Alerts page, high severity, last month",
    page(lead, `severity=HIGH&from=${lastMonth.toISOString().slice(0, 10)}`),
  ],
  ["Alerts page, all statuses, page 100", page(lead, "status=ALL&page=100")],
  // The deepest page there is: OFFSET walks every match before it.
  [`Alerts page, all statuses, page ${lastPage}`, page(lead, `status=ALL&page=${lastPage}`)],
  ["Alerts page, one applicant", page(lead, `status=ALL&applicant=${oneApplicant?.id}`)],
];

const rows: string[][] = [];
for (const [label, task] of CASES) {
  const times: number[] = [];
  let total = "";
  for (let run = -3; run < runs; run++) {
    const t0 = performance.now();
    const result = await task();
    if (run >= 0) times.push(performance.now() - t0);
    total =
      typeof result === "number"
        ? result.toLocaleString("en")
        : (result as { total: number }).total.toLocaleString("en");
  }
  times.sort((a, b) => a - b);
  rows.push([label, total, ms(percentile(times, 50)), ms(percentile(times, 95))]);
}
const header = ["case", "matches", "p50", "p95"];
printTable(header, rows);
process.exit(0);
