import "server-only";
import {
  DAILY_WINDOW_MS,
  dailyLimitDecision,
  type DailyLimitDecision,
} from "@/lib/connect/daily-limit";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Whether `needed` more institution queries of this CURP fit in IMSS's rolling 24-hour limit. */
export async function dailyQueries(
  curp: string,
  needed = 1,
  now = new Date(),
): Promise<DailyLimitDecision> {
  const rows = await db().institutionQuery.findMany({
    where: {
      curpHash: lookupHash(curp),
      createdAt: { gt: new Date(now.getTime() - DAILY_WINDOW_MS) },
    },
    select: { createdAt: true },
  });
  return dailyLimitDecision(
    rows.map((row) => row.createdAt),
    now,
    needed,
  );
}

/** Refuses, with the time it becomes possible, an operation that would exceed the daily limit. */
export async function assertQueriesAvailable(curp: string, needed = 1): Promise<number> {
  const decision = await dailyQueries(curp, needed);
  if (!decision.allowed) {
    const availableAt = decision.availableAt.toISOString();
    // In the sentence (the browser writes the instant), and on its own for callers that read it.
    const details = { availableAt };
    throw new AppError("rate_limited", "errors.connect.dailyQueryLimit", { availableAt }, details);
  }
  return decision.remaining;
}

/** Counts one query against the CURP, whatever its outcome: IMSS counts failed logins too. */
export async function recordQuery(curp: string, kind: string, outcome: string): Promise<void> {
  await db().institutionQuery.create({ data: { curpHash: lookupHash(curp), kind, outcome } });
}
