import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";

export interface Replica {
  name: string;
  url: string;
  pid: number;
  child: ChildProcess;
  /** Resolves with the signal that ended the process (null after a normal exit). */
  exited: Promise<NodeJS.Signals | null>;
  /** Signals the replica's whole process group. */
  kill(signal: NodeJS.Signals): void;
}

const started = new Set<Replica>();

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function prefixLines(stream: NodeJS.ReadableStream | null, prefix: string) {
  if (!stream) return;
  createInterface({ input: stream }).on("line", (line) => console.log(`${prefix} ${line}`));
}

/**
 * Starts `next start` of the existing build (COTIZA_DIST_DIR, default .next) in a process group of
 * its own, so that SIGKILL reaches all of it. Node runs Next's CLI directly: the pid is the
 * server's, which the job queue's worker ids contain.
 */
export async function startReplica(name: string, env: NodeJS.ProcessEnv): Promise<Replica> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      path.resolve("node_modules/next/dist/bin/next"),
      "start",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    { env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  prefixLines(child.stdout, `[${name}]`);
  prefixLines(child.stderr, `[${name}]`);
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
  const replica: Replica = {
    name,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    child,
    exited,
    kill(signal) {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // Already gone.
      }
    },
  };
  started.add(replica);
  void exited.then(() => started.delete(replica));
  await waitUntilHealthy(replica);
  return replica;
}

async function waitUntilHealthy(replica: Replica, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (replica.child.exitCode !== null || replica.child.signalCode !== null)
      throw new Error(`replica ${replica.name} exited before answering`);
    const ok = await fetch(`${replica.url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`replica ${replica.name} did not answer on ${replica.url}`);
}

/** Stops every replica still running: SIGTERM, then SIGKILL for any that lingers. */
export async function stopReplicas(): Promise<void> {
  const running = [...started];
  for (const replica of running) replica.kill("SIGTERM");
  await Promise.race([
    Promise.all(running.map((replica) => replica.exited)),
    new Promise((resolve) => setTimeout(resolve, 5_000)),
  ]);
  for (const replica of running) replica.kill("SIGKILL");
}

// Last resort on any exit (a thrown error, process.exit): no orphaned next-server.
process.on("exit", () => {
  for (const replica of started) replica.kill("SIGKILL");
});
