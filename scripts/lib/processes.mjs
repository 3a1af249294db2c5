import { spawn } from "node:child_process";

const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Runs a command and makes sure stopping us stops it and everything it started, so nothing
 * (next-server, workers) is orphaned. Without a terminal (CI, Playwright's webServer) the command gets
 * its own process group and signals go to the whole group; in a terminal it stays in the foreground
 * group so it can read input and receives Ctrl+C itself. Resolves with the exit code.
 */
export function run(command, args, { env = process.env, stdio = "inherit", onChild } = {}) {
  const detached = !process.stdin.isTTY;
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio, detached });
    onChild?.(child);
    const forward = (signal) => {
      if (!detached && signal === "SIGINT") return; // the terminal delivered it to the child already
      try {
        process.kill(detached ? -child.pid : child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    child.on("error", (error) => {
      console.error(`cotiza: could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      for (const s of FORWARDED) process.off(s, forward);
      if (detached) {
        try {
          process.kill(-child.pid, "SIGTERM"); // reap anything the command left in its group
        } catch {
          // Nothing left.
        }
      }
      resolve(code ?? (signal ? 128 + 15 : 1));
    });
  });
}

/**
 * Runs a command like `run`, holding its output (stdout and stderr interleaved) until it ends, so
 * commands running side by side do not mix their lines. Resolves with the exit code and output.
 */
export async function runQuietly(command, args, { env = process.env } = {}) {
  const chunks = [];
  const started = run(command, args, { env, stdio: ["ignore", "pipe", "pipe"], onChild });
  function onChild(child) {
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => chunks.push(chunk));
  }
  const code = await started;
  return { code, output: Buffer.concat(chunks).toString() };
}

/** Runs commands one after the other, stopping at the first failure. */
export async function runAll(steps, options) {
  for (const [command, args] of steps) {
    const code = await run(command, args, options);
    if (code !== 0) return code;
  }
  return 0;
}

/** Starts a long-running helper (e.g. the Belvo emulator) that lives as long as we do. */
export function startBackground(command, args, { env = process.env } = {}) {
  const child = spawn(command, args, {
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  process.on("exit", stop);
  return { child, stop };
}
