import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/** Test files share one database and run in parallel: each test queues its own kind of job. */
export const uniqueKind = (label: string) => `test.${label}.${randomUUID()}`;

/** Polls until `check` returns a value (not undefined/null/false); fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  { timeoutMs = 15_000, everyMs = 25 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export const jobRow = (id: string) => db().backgroundJob.findUniqueOrThrow({ where: { id } });
