import "server-only";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The root client or a transaction's `tx`: enqueue inside the caller's transaction when it has one. */
export type JobWriter = Pick<Database, "backgroundJob">;

export interface EnqueueInput {
  kind: string;
  payload: Prisma.InputJsonValue;
  runAt?: Date;
  maxAttempts?: number;
}

/** Adds a job; it becomes visible to workers when the caller's transaction commits. */
export async function enqueue(tx: JobWriter, input: EnqueueInput): Promise<{ id: string }> {
  return tx.backgroundJob.create({
    data: {
      kind: input.kind,
      payload: input.payload,
      ...(input.runAt ? { runAt: input.runAt } : {}),
      ...(input.maxAttempts ? { maxAttempts: input.maxAttempts } : {}),
    },
    select: { id: true },
  });
}
