#!/usr/bin/env node
// Prepares the database and serves the production build: migrations, demo accounts (--seed), the
// Belvo emulator when no real Belvo is configured, demo applicants (--seed-applicants), next start.
// Expects DATABASE_URL (run it through scripts/with-db.mjs) and a finished `next build`, or --dev.
// COTIZA_NOW (ISO) pins the clocks of the app and of the emulator it starts (demo recordings).
//   --seed              create the demo accounts
//   --seed-applicants   also connect the demo applicants (emulator personas), two weeks back
//   --memory-emulator   keep the emulator's state in memory (tests)
//   --dev               the development server (`next dev`) instead of the build (`npm run dev`)
import { existsSync } from "node:fs";
import { AS_SERVER, bin } from "./lib/bin.mjs";
import { startEmulatorIfNeeded } from "./lib/emulator.mjs";
import { run, runAll } from "./lib/processes.mjs";

const dev = process.argv.includes("--dev");
if (!dev && !existsSync(".next/BUILD_ID")) {
  console.error(
    "cotiza: no production build found. Run `npm run build` first (npm run demo does both).",
  );
  process.exit(1);
}

const seedApplicants = process.argv.includes("--seed-applicants");
const seed = seedApplicants || process.argv.includes("--seed");
const prepared = await runAll([
  [bin("tsx"), ["scripts/migrate/main.ts", "deploy"]],
  ...(seed ? [[bin("tsx"), [...AS_SERVER, "scripts/seed.ts"]]] : []),
]);
if (prepared !== 0) process.exit(prepared);

const port = process.env.PORT ?? "3000";
const belvo = await startEmulatorIfNeeded({
  appPort: port,
  memory: process.argv.includes("--memory-emulator"),
  now: process.env.COTIZA_NOW,
});
if (seedApplicants) {
  if (!belvo.BELVO_BASE_URL) {
    console.log(
      "cotiza: Belvo is configured elsewhere; demo applicants (emulator personas) skipped.",
    );
  } else {
    // Seeded two weeks before "now", so the demo's recurrent link has news on its next refresh.
    const now = process.env.COTIZA_NOW ? Date.parse(process.env.COTIZA_NOW) : Date.now();
    if (Number.isNaN(now)) throw new Error("COTIZA_NOW must be an ISO date-time.");
    const seeded = await run(bin("tsx"), [...AS_SERVER, "scripts/seed-applicants.ts"], {
      env: { ...process.env, ...belvo, COTIZA_NOW: new Date(now - 14 * 86_400_000).toISOString() },
    });
    if (seeded !== 0) process.exit(seeded);
  }
}
console.log(`cotiza: serving on http://localhost:${port}${dev ? " (development server)" : ""}`);
process.exit(
  await run(bin("next"), [dev ? "dev" : "start", "--port", port], {
    env: { ...process.env, ...belvo },
  }),
);
