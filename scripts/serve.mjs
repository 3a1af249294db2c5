#!/usr/bin/env node
// Prepares the database and serves the production build: migrations, demo accounts (--seed), the
// Belvo emulator when no real Belvo is configured, demo applicants (--seed-applicants), next start.
// Expects DATABASE_URL (run it through scripts/with-db.mjs) and a finished `next build`, or --build
// or --dev. Each phase prints one line with its time.
// COTIZA_NOW (ISO) pins the clocks of the app and of the emulator it starts (demo recordings).
//   --seed              create the demo accounts
//   --seed-applicants   also connect the demo applicants (emulator personas), two weeks back
//   --memory-emulator   keep the emulator's state in memory (tests)
//   --build             run `next build` first, alongside the preparation (`npm run demo`)
//   --dev               the development server (`next dev`) instead of the build (`npm run dev`)
import { existsSync } from "node:fs";
import { AS_SERVER, bin } from "./lib/bin.mjs";
import { startEmulatorIfNeeded } from "./lib/emulator.mjs";
import { run, runAll } from "./lib/processes.mjs";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const flag = (name) => process.argv.includes(name);
const dev = flag("--dev");
const build = flag("--build");
if (!dev && !build && !existsSync(".next/BUILD_ID")) {
  console.error(
    "cotiza: no production build found. Run `npm run build` first (npm run demo does both).",
  );
  process.exit(1);
}
const seedApplicants = flag("--seed-applicants");
const seed = seedApplicants || flag("--seed");
const port = process.env.PORT ?? "3000";
const started = Date.now();

/** Runs one phase and prints its time; resolves with what `step` resolved with (an exit code or
 * the emulator's variables). A non-zero exit code is a failed phase. */
async function phase(name, step) {
  const start = Date.now();
  const result = await step();
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  if (typeof result === "number" && result !== 0) {
    console.error(`cotiza: failed: ${name} (exit ${result}, after ${seconds} s)`);
  } else console.log(`cotiza: ${name} (${seconds} s)`);
  return result;
}

function exitOnFailure(code) {
  if (code !== 0) process.exit(code);
}

/** Migrations, demo accounts, the emulator and the demo applicants; resolves with Belvo's env. */
async function prepare() {
  exitOnFailure(
    await phase("database migrated and demo accounts seeded", () =>
      runAll([
        [bin("tsx"), ["scripts/migrate/main.ts", "deploy"]],
        ...(seed ? [[bin("tsx"), [...AS_SERVER, "scripts/seed.ts"]]] : []),
      ]),
    ),
  );
  const belvo = await phase("Belvo emulator ready", () =>
    startEmulatorIfNeeded({
      appPort: port,
      memory: flag("--memory-emulator"),
      now: process.env.COTIZA_NOW,
    }),
  );
  if (seedApplicants && !belvo.BELVO_BASE_URL) {
    console.log(
      "cotiza: Belvo is configured elsewhere; demo applicants (emulator personas) skipped.",
    );
  } else if (seedApplicants) {
    // Seeded two weeks before "now", so the demo's recurrent link has news on its next refresh.
    const now = process.env.COTIZA_NOW ? Date.parse(process.env.COTIZA_NOW) : Date.now();
    if (Number.isNaN(now)) throw new Error("COTIZA_NOW must be an ISO date-time.");
    const backThen = new Date(now - 14 * 86_400_000).toISOString();
    exitOnFailure(
      await phase("demo applicants seeded", () =>
        run(bin("tsx"), [...AS_SERVER, "scripts/seed-applicants.ts"], {
          env: { ...process.env, ...belvo, COTIZA_NOW: backThen },
        }),
      ),
    );
  }
  return belvo;
}

// The build and the preparation do not depend on each other: they run side by side.
const [built, belvo] = await Promise.all([
  build ? phase("production build finished", () => run(bin("next"), ["build"])) : 0,
  prepare(),
]);
exitOnFailure(built);
console.log(
  `cotiza: serving on http://localhost:${port}${dev ? " (development server)" : ""}` +
    ` (ready to start after ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(
  await run(bin("next"), [dev ? "dev" : "start", "--port", port], {
    env: { ...process.env, ...belvo },
  }),
);
