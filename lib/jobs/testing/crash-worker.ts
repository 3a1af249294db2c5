// A worker process for the crash-recovery test: it claims jobs of the kind given in argv[2], says
// "started <job id>" on stdout, and then hangs inside the handler until the test SIGKILLs it.
import { startWorker } from "../worker";

const [kind, visibilityTimeoutMs] = process.argv.slice(2);
if (!kind || !visibilityTimeoutMs)
  throw new Error("usage: crash-worker.ts <kind> <visibility-timeout-ms>");

// The worker's timers are unref'd; this keeps the process alive until it is killed.
setInterval(() => undefined, 60_000);

startWorker({
  workerId: `crash-worker:${process.pid}`,
  signal: new AbortController().signal,
  pollMs: 20,
  visibilityTimeoutMs: Number(visibilityTimeoutMs),
  handlers: {
    [kind]: async ({ job }) => {
      process.stdout.write(`started ${job.id}\n`);
      await new Promise(() => undefined);
    },
  },
});
