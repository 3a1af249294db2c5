import "server-only";
import {
  DAILY_WINDOW_MS,
  dailyLimitDecision,
  type DailyLimitDecision,
} from "@/lib/connect/daily-limit";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { db, type Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requestNeverLeft } from "./request-never-left";

/** The outcome of a query reserved before calling Belvo, until the call has answered. */
const RESERVED = "reserved";
/** First key of the advisory locks taken per CURP (the second is the CURP hash's hashtext). */
const CURP_LOCK_NAMESPACE = 0x494d5353; // "IMSS"

type QueryReader = Pick<Database, "institutionQuery">;

/** Whether `needed` more institution queries of this CURP fit in IMSS's rolling 24-hour limit. */
export async function dailyQueries(
  curp: string,
  needed = 1,
  now = new Date(),
  client: QueryReader = db(),
): Promise<DailyLimitDecision> {
  const rows = await client.institutionQuery.findMany({
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

function dailyLimitError(availableAt: Date): AppError {
  const at = availableAt.toISOString();
  // In the sentence (the browser writes the instant), and on its own for callers that read it.
  return new AppError(
    "rate_limited",
    "errors.connect.dailyQueryLimit",
    { availableAt: at },
    {
      availableAt: at,
    },
  );
}

/**
 * An early answer for a form (nothing is reserved): refuses, with the time it becomes possible,
 * an operation that would exceed the daily limit. The call itself must still `reserveQueries`.
 */
export async function assertQueriesAvailable(curp: string, needed = 1): Promise<number> {
  const decision = await dailyQueries(curp, needed);
  if (!decision.allowed) throw dailyLimitError(decision.availableAt);
  return decision.remaining;
}

/**
 * Reserves one query per kind against the CURP before Belvo is called, or refuses them all. The
 * count and the insert run under a transaction-scoped advisory lock on the CURP, so two replicas
 * refreshing the same person at once cannot both take the last query. Returns the reservations'
 * ids, in the order of `kinds`, for `settleQuery` / `releaseQuery`.
 */
export async function reserveQueries(
  curp: string,
  kinds: readonly string[],
  now = new Date(),
): Promise<string[]> {
  const curpHash = lookupHash(curp);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CURP_LOCK_NAMESPACE}::integer, hashtext(${curpHash}))`;
    const decision = await dailyQueries(curp, kinds.length, now, tx);
    if (!decision.allowed) throw dailyLimitError(decision.availableAt);
    const ids: string[] = [];
    for (const kind of kinds) {
      const { id } = await tx.institutionQuery.create({
        data: { curpHash, kind, outcome: RESERVED, createdAt: now },
        select: { id: true },
      });
      ids.push(id);
    }
    return ids;
  });
}

/** A reserved query's real outcome, once Belvo has answered (or failed to). */
export async function settleQuery(id: string, outcome: "ok" | "failed"): Promise<void> {
  await db().institutionQuery.updateMany({ where: { id, outcome: RESERVED }, data: { outcome } });
}

/** Gives back a reserved query whose request never reached Belvo. */
export async function releaseQuery(id: string): Promise<void> {
  await db().institutionQuery.deleteMany({ where: { id, outcome: RESERVED } });
}

/**
 * Makes the Belvo call a reservation was taken for, and settles it: "ok" when it answered,
 * "failed" when it failed after the request left (IMSS counts failed logins too), released when
 * it never left this server. The call's own error is rethrown.
 */
export async function spendReservedQuery<T>(id: string, call: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await call();
  } catch (error) {
    await (requestNeverLeft(error) ? releaseQuery(id) : settleQuery(id, "failed"));
    throw error;
  }
  await settleQuery(id, "ok");
  return result;
}

/** Reserves one query of `kind`, then makes the call with it (see `spendReservedQuery`). */
export async function withReservedQuery<T>(
  curp: string,
  kind: string,
  call: () => Promise<T>,
): Promise<T> {
  const [id] = await reserveQueries(curp, [kind]);
  return spendReservedQuery(id!, call);
}

/**
 * Counts a query Cotiza did not make itself (the applicant logged in through Belvo's widget): it
 * has already happened, so there is nothing to reserve or refuse.
 */
export async function recordQuery(curp: string, kind: string, outcome: string): Promise<void> {
  await db().institutionQuery.create({ data: { curpHash: lookupHash(curp), kind, outcome } });
}
