import path from "node:path";
import { bin } from "./bin.mjs";
import { startBackground } from "./processes.mjs";
import { DATA_DIR } from "./secrets.mjs";

async function answers(url) {
  try {
    const response = await fetch(`${url}/_emulator/personas`);
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts the Belvo sandbox emulator unless real Belvo (BELVO_ENV=sandbox|production) or another
 * Belvo URL is configured. Returns the variables the app needs to talk to it. `now` (ISO) freezes
 * a newly started emulator's clock there.
 */
export async function startEmulatorIfNeeded({ appPort, memory, now }) {
  const belvoEnv = process.env.BELVO_ENV ?? "emulator";
  if (belvoEnv !== "emulator" || process.env.BELVO_BASE_URL) return {};
  const port = process.env.EMULATOR_PORT ?? "4010";
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url)) {
    console.log(`cotiza: using the Belvo emulator already running at ${url}`);
    return { BELVO_BASE_URL: url };
  }
  const args = [
    "scripts/belvo-emulator/main.ts",
    "--port",
    port,
    "--webhook-url",
    `http://127.0.0.1:${appPort}/api/webhooks/belvo`,
    "--webhook-authorization",
    process.env.BELVO_WEBHOOK_AUTHORIZATION ?? "",
    ...(memory ? ["--memory", "--quiet"] : ["--state-dir", path.join(DATA_DIR, "belvo-emulator")]),
    // The demo's first deliveries go while the app may still be building (about a minute on 2
    // cores): Belvo's 5 linear retries on a 10 s base wait 2.5 minutes in all, not 15 seconds.
    ...(memory ? [] : ["--webhook-retry-base-ms", "10000"]),
    ...(now ? ["--now", now] : []),
  ];
  const { child } = startBackground(bin("tsx"), args);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await answers(url)) return { BELVO_BASE_URL: url };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The Belvo emulator did not start on ${url}.`);
}
