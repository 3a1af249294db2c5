import type { Prisma } from "@/lib/generated/prisma/client";

/** A job as a worker holds it after a claim; `attempts` already counts this run. */
export interface ClaimedJob {
  id: string;
  kind: string;
  payload: Prisma.JsonValue;
  attempts: number;
  maxAttempts: number;
  lockedBy: string;
}

export interface JobContext {
  job: ClaimedJob;
  /** Aborted when the worker stops; long handlers may give up early (the job is retried). */
  signal: AbortSignal;
}

export type JobHandler = (context: JobContext) => Promise<void>;

export type JobHandlers = Readonly<Record<string, JobHandler>>;
