import "server-only";
import { db } from "@/lib/db";
import { enqueue } from "./enqueue";
import type { JobHandler, JobHandlers } from "./types";

/** First key of the advisory locks taken per recurring kind (the second is the kind's hashtext). */
const RECURRING_LOCK_NAMESPACE = 0x4a4f4253; // "JOBS"

/** A handler whose job runs again `everyMs` after each run starts. */
export type RecurringJobHandler = JobHandler & { readonly everyMs: number };

export function isRecurring(handler: JobHandler): handler is RecurringJobHandler {
  return typeof (handler as Partial<RecurringJobHandler>).everyMs === "number";
}

/**
 * Queues a run of `kind` at `runAt` unless one is already pending. The check and the insert hold
 * an advisory lock on the kind, so replicas starting together or a run rescheduling itself while
 * a worker starts still leave one pending run. True when this call queued it.
 */
export async function scheduleRecurring(kind: string, runAt: Date): Promise<boolean> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RECURRING_LOCK_NAMESPACE}::integer, hashtext(${kind}))`;
    const pending = await tx.backgroundJob.count({ where: { kind, status: "PENDING" } });
    if (pending > 0) return false;
    await enqueue(tx, { kind, payload: {}, runAt });
    return true;
  });
}

/**
 * Makes a job recurring: each run first queues the next one (`everyMs` later), so a run that
 * fails for good does not end the series. Its payload is empty: the work reads what it needs.
 */
export function recurring(everyMs: number, handler: JobHandler): RecurringJobHandler {
  const run: JobHandler = async (context) => {
    await scheduleRecurring(context.job.kind, new Date(Date.now() + everyMs));
    await handler(context);
  };
  return Object.assign(run, { everyMs });
}

/** Called when a worker starts: queues a first run, now, of each recurring kind with none pending. */
export async function scheduleRecurringJobs(handlers: JobHandlers, now = new Date()) {
  const kinds = Object.entries(handlers).filter(([, handler]) => isRecurring(handler));
  for (const [kind] of kinds) await scheduleRecurring(kind, now);
}
