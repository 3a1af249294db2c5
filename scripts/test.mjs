#!/usr/bin/env node
// `npm test`: every check CI runs, in order, with a timing summary.
//   --skip-e2e     everything but the browser suite
//   --db-only      only what depends on the database (unit tests, drift check, e2e, and with
//                  DATABASE_URL the two-replica test): CI's second pass
import { AS_SERVER, bin } from "./lib/bin.mjs";
import { run, runQuietly } from "./lib/processes.mjs";
import { ensurePdftotext } from "./lib/system-packages.mjs";

const args = process.argv.slice(2);
const dbOnly = args.includes("--db-only");
const skipE2e = args.includes("--skip-e2e");
const env = { ...process.env, TZ: "UTC" };
const DEPCRUISE_SOURCES = [
  "app",
  "components",
  "lib",
  "scripts",
  "e2e",
  "proxy.ts",
  "instrumentation.ts",
];

// Stages run one after the other; the steps of one stage run side by side (each holds its output
// until it ends), so the single-threaded checks keep both cores of a small machine busy.
const stages = [
  [
    !dbOnly && ["lint", bin("eslint"), ["--max-warnings", "0", "."]],
    !dbOnly && ["typecheck", bin("tsc"), ["--noEmit"]],
    !dbOnly && ["format", bin("prettier"), ["--check", "--log-level", "warn", "."]],
    !dbOnly && [
      "dependency rules",
      bin("depcruise"),
      ["--config", ".dependency-cruiser.mjs", ...DEPCRUISE_SOURCES],
    ],
    // `npm run dev` as a newcomer runs it: empty data folder, migrations, demo data, a sign-in.
    !dbOnly && ["development server", "node", ["scripts/check-dev-server.mjs"]],
  ],
  [["unit tests", "node", ["scripts/with-db.mjs", "--scratch", "--", bin("vitest"), "run"]]],
  [
    [
      "migration drift check",
      "node",
      ["scripts/with-db.mjs", "--scratch", "--", bin("tsx"), "scripts/migrate/main.ts", "check"],
    ],
  ],
  [!skipE2e && ["end-to-end (Playwright)", "node", ["scripts/e2e.mjs"]]],
  // Two `next start` replicas of the e2e step's build on one PostgreSQL (a PGlite is one process).
  [
    !skipE2e &&
      process.env.DATABASE_URL && [
        "two replicas",
        "node",
        [
          "scripts/with-db.mjs",
          "--scratch",
          "--",
          bin("tsx"),
          ...AS_SERVER,
          "scripts/replicas/two-replicas.ts",
        ],
      ],
  ],
]
  .map((stage) => stage.filter(Boolean))
  .filter((stage) => stage.length > 0);

const database = process.env.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite";
const timings = [];
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function runStep([name, command, commandArgs], alone) {
  const started = Date.now();
  if (alone) console.log(`\n▶ ${name} (${database})`);
  const { code, output } = alone
    ? { code: await run(command, commandArgs, { env }), output: "" }
    : await runQuietly(command, commandArgs, { env });
  if (!alone) console.log(`\n▶ ${name} (${database}), ${seconds(started)}\n${output.trimEnd()}`);
  timings.push(`${name}: ${seconds(started)}`);
  return { name, code };
}

// The unit and browser suites read the PDFs Cotiza renders with pdftotext.
if ((await ensurePdftotext()) !== 0) process.exit(1);
const startedAll = Date.now();
for (const stage of stages) {
  if (stage.length > 1) console.log(`\n▶ side by side: ${stage.map(([name]) => name).join(", ")}`);
  const results = await Promise.all(stage.map((step) => runStep(step, stage.length === 1)));
  const failed = results.find(({ code }) => code !== 0);
  if (failed) {
    console.error(`\n✖ ${failed.name} failed (exit ${failed.code}).`);
    process.exit(failed.code);
  }
}
console.log(
  `\n✔ all checks passed on ${database} in ${seconds(startedAll)}\n  ${timings.join("\n  ")}`,
);
