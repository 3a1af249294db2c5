#!/usr/bin/env node
// Prepares the database and serves the production build: migrations, demo accounts (--seed), the
// Belvo emulator when no real Belvo is configured, then next start.
// Expects DATABASE_URL (run it through scripts/with-db.mjs) and a finished `next build`.
//   --seed              create the demo accounts
//   --memory-emulator   keep the emulator's state in memory (tests)
import { existsSync } from "node:fs";
import { bin } from "./lib/bin.mjs";
import { startEmulatorIfNeeded } from "./lib/emulator.mjs";
import { run, runAll } from "./lib/processes.mjs";

if (!existsSync(".next/BUILD_ID")) {
  console.error(
    "cotiza: no production build found. Run `npm run build` first (npm run demo does both).",
  );
  process.exit(1);
}

const seed = process.argv.includes("--seed");
const prepared = await runAll([
  [bin("tsx"), ["scripts/migrate.ts", "deploy"]],
  ...(seed ? [[bin("tsx"), ["scripts/seed.ts"]]] : []),
]);
if (prepared !== 0) process.exit(prepared);

const port = process.env.PORT ?? "3000";
const belvo = await startEmulatorIfNeeded({
  appPort: port,
  memory: process.argv.includes("--memory-emulator"),
});
console.log(`cotiza: serving on http://localhost:${port}`);
process.exit(
  await run(bin("next"), ["start", "--port", port], { env: { ...process.env, ...belvo } }),
);
