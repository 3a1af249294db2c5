// Times the applicant page's server render for a busy applicant (30 jobs, 200 movements): the
// data layer (with its audit write) and the HTML of the page's components, then reports the
// route's client JavaScript from the last `next build`. Run:
// `npm run bench:page -- [--runs 50]`.
import { parseArgs } from "node:util";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { ApplicantView } from "@/components/applicants/applicant-view";
import { loadApplicantPage } from "@/lib/applicant/page";
import { db } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { deployMigrations } from "@/scripts/migrate";
import { seedBusyApplicant } from "./bench/applicant-seed";
import { deferredChunks, routeClientJs } from "./bench/client-js";
import { ms, percentile } from "./bench/stats";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "50" },
    jobs: { type: "string", default: "30" },
    movements: { type: "string", default: "200" },
  },
});
const runs = Math.max(5, Number(values.runs));

await deployMigrations({ databaseUrl: requireEnv("DATABASE_URL") });
const lead = await db().user.create({
  data: {
    email: `bench-lead-${Date.now()}@bench.test`,
    name: "Bench Lead",
    role: "TEAM_LEAD",
    passwordHash: "x",
  },
});
const seeded = await seedBusyApplicant({
  jobs: Number(values.jobs),
  movements: Number(values.movements),
  userId: lead.id,
});
const user = { id: lead.id, email: lead.email, name: lead.name, role: lead.role };
const server = await db().$queryRawUnsafe<{ version: string }[]>("select version() as version");
console.log(
  `applicant with ${seeded.jobs} jobs and ${seeded.movements} movements · ${server[0]?.version.split(" on ")[0]}`,
);

const dataTimes: number[] = [];
const renderTimes: number[] = [];
const totalTimes: number[] = [];
let html = 0;
for (let run = -3; run < runs; run++) {
  const started = performance.now();
  const data = await loadApplicantPage(user, seeded.applicantId);
  const loaded = performance.now();
  // The refresh/delete buttons and the decision form need Next's router; they are small forms.
  html = renderToString(
    createElement(ApplicantView, { data, actions: null, decisionPanel: null }),
  ).length;
  const rendered = performance.now();
  if (run < 0) continue;
  dataTimes.push(loaded - started);
  renderTimes.push(rendered - loaded);
  totalTimes.push(rendered - started);
}

const line = (label: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(28)} p50 ${ms(percentile(sorted, 50)).padStart(9)}   p95 ${ms(percentile(sorted, 95)).padStart(9)}`,
  );
};
console.log(`\n${runs} runs after 3 warm-up runs (HTML ${Math.round(html / 1024)} KB)`);
line("data layer (incl. audit)", dataTimes);
line("render (renderToString)", renderTimes);
line("server total", totalTimes);

// Another process may be rebuilding the shared .next: a vanished chunk means "measure later".
const js = (() => {
  try {
    return routeClientJs("/applicants/[id]");
  } catch (error) {
    console.log(`\nclient JS: .next changed while reading it (${String(error)}); run again`);
    return undefined;
  }
})();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
if (js === null) console.log("\nclient JS: no .next build found (run `npm run build` first)");
else if (js) {
  console.log(
    `\nclient JS of /applicants/[id] (last build): ${js.total.count} chunks, ${kb(js.total.raw)} raw / ${kb(js.total.gzip)} gzip in all`,
  );
  console.log(
    `  only this route: ${kb(js.own.raw)} raw / ${kb(js.own.gzip)} gzip (${js.own.chunks.map((c) => `${c.file} ${kb(c.gzip)}`).join(", ")})`,
  );
}
const lazy = deferredChunks("recharts");
if (lazy.length)
  console.log(
    `  loaded after hydration (the Recharts chart): ${kb(lazy.reduce((t, c) => t + c.raw, 0))} raw / ${kb(lazy.reduce((t, c) => t + c.gzip, 0))} gzip in ${lazy.length} chunk(s)`,
  );
await db().$disconnect?.();
process.exit(0);
