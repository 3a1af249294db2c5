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
    throw new AppError(
      "rate_limited",
      "This CURP was already queried 3 times in the last 24 hours, the most IMSS allows. Each query costs the applicant one of their daily attempts.",
      { availableAt: decision.availableAt.toISOString() },
    );
  }
  return decision.remaining;
}

/** Counts one query against the CURP, whatever its outcome: IMSS counts failed logins too. */
export async function recordQuery(curp: string, kind: string, outcome: string): Promise<void> {
  await db().institutionQuery.create({ data: { curpHash: lookupHash(curp), kind, outcome } });
}
