#!/usr/bin/env node
// The end-to-end suite: makes sure a Chromium exists, builds the app, runs Playwright.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { bin } from "./lib/bin.mjs";
import { run } from "./lib/processes.mjs";

function hasCommand(name) {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function ensureChromium() {
  if (process.env.COTIZA_CHROMIUM || existsSync("/usr/bin/chromium")) {
    console.log(`cotiza: using Chromium at ${process.env.COTIZA_CHROMIUM ?? "/usr/bin/chromium"}`);
    return 0;
  }
  if (process.getuid?.() === 0 && hasCommand("apt-get")) {
    console.log("cotiza: Chromium is missing; installing Debian's chromium package with apt-get…");
    const updated = await run("apt-get", ["update", "-qq"]);
    if (updated !== 0) return updated;
    return run("apt-get", ["install", "-y", "-qq", "chromium"], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  console.log(
    "cotiza: Chromium is missing and apt is not usable; installing Playwright's own Chromium…",
  );
  return run(bin("playwright"), ["install", "chromium"]);
}

const steps = [
  ensureChromium,
  () => run(bin("next"), ["build"]),
  () => run(bin("playwright"), ["test", ...process.argv.slice(2)]),
];
for (const step of steps) {
  const code = await step();
  if (code !== 0) process.exit(code);
}
