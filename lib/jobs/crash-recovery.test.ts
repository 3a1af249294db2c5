import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimNext } from "./claim";
import { enqueue } from "./enqueue";
import { eventually, jobRow, uniqueKind } from "./testing/helpers";
import { startWorker } from "./worker";

// Generous, so heartbeats keep up even on a loaded CI machine.
const VISIBILITY_TIMEOUT_MS = 2_000;
const root = path.resolve(import.meta.dirname, "../..");

/**
 * Starts the crash worker in its own process and resolves once its handler is running. Node with
 * tsx's loader, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would miss.
 */
function startCrashWorker(kind: string) {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      "./scripts/lib/as-server.mjs",
      path.join(root, "lib/jobs/testing/crash-worker.ts"),
      kind,
      String(VISIBILITY_TIMEOUT_MS),
    ],
    { cwd: root, env: process.env, stdio: ["ignore", "pipe", "inherit"] },
  );
  const started = new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /started (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`crash worker exited early (${code})`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
  return { child, started, exited };
}

describe("crash recovery", () => {
  it("a worker killed mid-job loses nothing: after the visibility timeout a new worker completes the job exactly once", async () => {
    const kind = uniqueKind("crash");
    const { id } = await enqueue(db(), { kind, payload: { step: "sync" } });

    const crashing = startCrashWorker(kind);
    expect(await crashing.started).toBe(id);
    const running = await jobRow(id);
    expect(running).toMatchObject({ status: "RUNNING", attempts: 1 });
    expect(running.lockedBy).toMatch(/^crash-worker:/);
    // While its worker lives, heartbeats keep the job from being taken over.
    await new Promise((resolve) => setTimeout(resolve, VISIBILITY_TIMEOUT_MS * 1.5));
    expect(
      await claimNext("impatient", { kinds: [kind], visibilityTimeoutMs: VISIBILITY_TIMEOUT_MS }),
    ).toBeNull();
    crashing.child.kill("SIGKILL");
    expect(await crashing.exited).toBe("SIGKILL");

    const runs: string[] = [];
    const controller = new AbortController();
    const worker = startWorker({
      workerId: "restarted",
      signal: controller.signal,
      pollMs: 50,
      visibilityTimeoutMs: VISIBILITY_TIMEOUT_MS,
      handlers: { [kind]: async ({ job }) => void runs.push(job.id) },
    });
    try {
      const done = await eventually(async () => {
        const row = await jobRow(id);
        return row.status === "SUCCEEDED" ? row : undefined;
      });
      expect(done).toMatchObject({ attempts: 2, lockedBy: "restarted", lastError: null });
      // Still exactly once after a few more polls.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(runs).toEqual([id]);
    } finally {
      controller.abort();
      await worker.stopped;
    }
  });
});
