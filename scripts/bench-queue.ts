// Seeds 100,000 applicants, then times the queue query and the table render for several URL
// states. Run: `npm run bench:queue -- [--count N]` (a throwaway database; DATABASE_URL may name a
// real PostgreSQL, which gets a scratch database), in production mode as a deployed server renders.
import { parseArgs } from "node:util";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { listQueue } from "@/lib/queue/list";
import { parseQueueParams } from "@/lib/queue/params";
import { db } from "@/lib/db";
import { env, requireEnv } from "@/lib/env";
import { deployMigrations } from "@/scripts/migrate";
import { seedQueue } from "./bench/queue-seed";
import { renderQueueTable } from "./bench/queue-render";
import { ms, percentile, printTable } from "./bench/stats";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    runs: { type: "string", default: "30" },
  },
});
const count = Math.max(1, Number(values.count));
const runs = Math.max(3, Number(values.runs));
const KNOWN_CURP = "BENC800101HDFRRR01";

const STATES: [string, string][] = [
  ["default (newest first)", ""],
  ["search: name fragment", "q=núñez"],
  ["search: reference prefix", "q=bench-0042"],
  ["search: exact CURP", `q=${KNOWN_CURP}`],
  ["filter: IMSS + connected", "institution=IMSS&status=VALID"],
  ["filter: flags (any of 2)", "flags=past-gap,salary-cut"],
  ["score 750+ & fresh, by income", "score=750-plus&fresh=fresh&sort=monthlyIncome"],
  ["mine, by tenure", "assigned=me&sort=tenure"],
  ["unassigned stale, 100 rows", "assigned=unassigned&fresh=stale&size=100"],
  ["by name, page 2,000", "sort=name&page=2000"],
  ["by score, page 3,999 (last)", "sort=score12&dir=asc&page=3999"],
];

async function time<T>(task: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const result = await task();
  return [performance.now() - started, result];
}

const databaseUrl = requireEnv("DATABASE_URL");
await deployMigrations({ databaseUrl });
const [me, other] = await Promise.all(
  ["bench-me", "bench-other"].map((tag) =>
    db().user.create({
      data: {
        email: `${tag}-${Date.now()}@bench.test`,
        name: tag,
        role: "UNDERWRITER",
        passwordHash: "x",
      },
    }),
  ),
);
const [seedMs] = await time(() =>
  seedQueue({
    databaseUrl,
    count,
    userIds: [me!.id, other!.id],
    knownCurpHash: lookupHash(KNOWN_CURP),
  }),
);
const server = await db().$queryRawUnsafe<{ version: string }[]>("select version() as version");
console.log(
  `seeded ${count.toLocaleString("en")} applicants in ${ms(seedMs)} · ${server[0]?.version.split(" on ")[0]}`,
);
const react =
  env().NODE_ENV === "production" ? "production" : "development (set NODE_ENV=production)";
console.log(`${runs} runs per state after 3 warm-up runs · React ${react} build\n`);

const rows: string[][] = [];
for (const [label, query] of STATES) {
  const state = parseQueueParams(new URLSearchParams(query));
  const queryTimes: number[] = [];
  const renderTimes: number[] = [];
  let total = 0;
  for (let run = -3; run < runs; run++) {
    const [queryMs, page] = await time(() => listQueue({ user: me!, state }));
    const [renderMs] = await time(() => renderQueueTable(page));
    total = page.total;
    if (run >= 0) {
      queryTimes.push(queryMs);
      renderTimes.push(queryMs + renderMs);
    }
  }
  queryTimes.sort((a, b) => a - b);
  renderTimes.sort((a, b) => a - b);
  rows.push([
    label,
    total.toLocaleString("en"),
    ms(percentile(queryTimes, 50)),
    ms(percentile(queryTimes, 95)),
    ms(percentile(renderTimes, 50)),
    ms(percentile(renderTimes, 95)),
  ]);
}

const header = [
  "URL state",
  "matches",
  "query p50",
  "query p95",
  "query+render p50",
  "query+render p95",
];
printTable(header, rows);
process.exit(0);
