import { spawn } from "node:child_process";

/** The demos' "now": the app's and the emulator's clocks are pinned here (see lib/clock.ts). */
export const DEMO_NOW = "2026-11-16T16:00:00.000Z";

export type DemoServer = { url: string; emulatorUrl: string; stop: () => Promise<void> };

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * Serves the production build on a fresh throwaway database with the demo accounts and applicants,
 * both clocks pinned at DEMO_NOW, like playwright.config.ts's webServer. Needs a `next build`.
 */
export async function startDemoServer({ port }: { port: number }): Promise<DemoServer> {
  const emulatorPort = port + 1010;
  const node = process.execPath;
  const child = spawn(
    node,
    ["scripts/with-db.mjs", "--scratch", "--", node, "scripts/serve.mjs"].concat([
      "--seed-applicants",
      "--memory-emulator",
    ]),
    {
      env: {
        ...process.env,
        PORT: String(port),
        EMULATOR_PORT: String(emulatorPort),
        COTIZA_NOW: DEMO_NOW,
        TZ: "UTC",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      detached: true, // its own process group, so stop() ends next-server and the emulator too
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    output.splice(0, output.length - 200); // enough to explain a failed start
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
    await exited;
  };

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 180_000;
  while (!(await answers(`${url}/api/health`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The demo server did not start:\n${output.slice(-30).join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, emulatorUrl: `http://127.0.0.1:${emulatorPort}`, stop };
}
