#!/usr/bin/env node
// The end-to-end suite: makes sure a Chromium exists, builds the app, runs Playwright.
import { existsSync } from "node:fs";
import { bin } from "./lib/bin.mjs";
import { run } from "./lib/processes.mjs";
import { aptInstall, canUseApt, ensurePdftotext } from "./lib/system-packages.mjs";

async function ensureChromium() {
  if (process.env.COTIZA_CHROMIUM || existsSync("/usr/bin/chromium")) {
    console.log(`cotiza: using Chromium at ${process.env.COTIZA_CHROMIUM ?? "/usr/bin/chromium"}`);
    return 0;
  }
  if (canUseApt()) {
    console.log("cotiza: Chromium is missing.");
    return aptInstall("chromium");
  }
  console.log(
    "cotiza: Chromium is missing and apt is not usable; installing Playwright's own Chromium…",
  );
  return run(bin("playwright"), ["install", "chromium"]);
}

const steps = [
  ensureChromium,
  ensurePdftotext,
  () => run(bin("next"), ["build"]),
  () => run(bin("playwright"), ["test", ...process.argv.slice(2)]),
];
for (const step of steps) {
  const code = await step();
  if (code !== 0) process.exit(code);
}
