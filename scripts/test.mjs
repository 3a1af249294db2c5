#!/usr/bin/env node
// `npm test`: every check CI runs, in order, with a timing summary.
//   --skip-e2e     everything but the browser suite
//   --db-only      only what depends on the database (unit tests, drift check, e2e, and with
//                  DATABASE_URL the two-replica test): CI's second pass
import { AS_SERVER, bin } from "./lib/bin.mjs";
import { run } from "./lib/processes.mjs";
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

const steps = [
  !dbOnly && ["lint", bin("eslint"), ["--max-warnings", "0", "."]],
  !dbOnly && [
    "dependency rules",
    bin("depcruise"),
    ["--config", ".dependency-cruiser.mjs", ...DEPCRUISE_SOURCES],
  ],
  !dbOnly && ["typecheck", bin("tsc"), ["--noEmit"]],
  !dbOnly && ["format", bin("prettier"), ["--check", "--log-level", "warn", "."]],
  ["unit tests", "node", ["scripts/with-db.mjs", "--scratch", "--", bin("vitest"), "run"]],
  [
    "migration drift check",
    "node",
    ["scripts/with-db.mjs", "--scratch", "--", bin("tsx"), "scripts/migrate/main.ts", "check"],
  ],
  // `npm run dev` as a newcomer runs it: empty data folder, migrations, demo data, a sign-in.
  !dbOnly && ["development server", "node", ["scripts/check-dev-server.mjs"]],
  !skipE2e && ["end-to-end (Playwright)", "node", ["scripts/e2e.mjs"]],
  // Two `next start` replicas of the e2e step's build on one PostgreSQL (a PGlite is one process).
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
].filter(Boolean);

const database = process.env.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite";
const timings = [];
// The unit and browser suites read the PDFs Cotiza renders with pdftotext.
if ((await ensurePdftotext()) !== 0) process.exit(1);
for (const [name, command, commandArgs] of steps) {
  console.log(`\n▶ ${name} (${database})`);
  const started = Date.now();
  const code = await run(command, commandArgs, { env });
  timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0) {
    console.error(`\n✖ ${name} failed (exit ${code}).`);
    process.exit(code);
  }
}
console.log(`\n✔ all checks passed on ${database}\n  ${timings.join("\n  ")}`);
