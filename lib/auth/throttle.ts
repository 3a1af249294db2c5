import "server-only";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { admitAttempt, SIGN_IN_LIMITS, type ThrottleState } from "@/lib/auth/throttle-policy";

// The counters behind sign-in protection (rules in throttle-policy.ts), in `sign_in_throttles`
// so that every replica sees the same ones. Real time, not lib/clock: a pinned demo clock must
// not keep a lock in force forever.

/** The two keys of one attempt: the account (no email stored, only its keyed hash) and the address. */
export type ThrottleKeys = { account: string; address: string };

export const accountKey = (email: string) => `account:${lookupHash(email.trim().toLowerCase())}`;

export const throttleKeys = (email: string, address: string): ThrottleKeys => ({
  account: accountKey(email),
  address: `address:${address}`,
});

const minutesBefore = (at: Date, minutes: number) => new Date(at.getTime() - minutes * 60_000);

/**
 * Decides an attempt (see `admitAttempt`) in one short transaction: the keys' rows are created if
 * missing and locked in key order, so concurrent attempts on a key queue up and every one counts.
 */
export async function admitSignInAttempt(keys: ThrottleKeys, at: Date) {
  const ordered = [keys.account, keys.address].sort();
  return db().$transaction(async (tx) => {
    await tx.signInThrottle.createMany({
      data: ordered.map((key) => ({ key, failures: 0, lastFailureAt: at })),
      skipDuplicates: true,
    });
    const states = await tx.$queryRaw<ThrottleState[]>`
      SELECT key, failures, last_failure_at AS "lastFailureAt", locked_until AS "lockedUntil"
      FROM sign_in_throttles WHERE key IN (${Prisma.join(ordered)}) ORDER BY key FOR UPDATE`;
    const decision = admitAttempt(states, at);
    for (const { key, ...counter } of decision.charged)
      await tx.signInThrottle.update({ where: { key }, data: counter });
    return decision;
  });
}

/**
 * The password was right: the account starts afresh, and the address gives back the failure this
 * attempt was counted as (its lock too, if that count had started one).
 */
export async function settleSuccessfulAttempt(keys: ThrottleKeys, at: Date): Promise<void> {
  const { lockAfter } = SIGN_IN_LIMITS.address;
  await db().$transaction([
    db().signInThrottle.deleteMany({ where: { key: keys.account } }),
    db().$executeRaw`
      UPDATE sign_in_throttles SET failures = GREATEST(failures - 1, 0),
        locked_until = CASE WHEN failures - 1 >= ${lockAfter} THEN locked_until ELSE NULL END
      WHERE key = ${keys.address}`,
    // Counters nobody has failed on for a while are forgotten anyway: drop their rows.
    db().signInThrottle.deleteMany({
      where: {
        lastFailureAt: { lt: minutesBefore(at, SIGN_IN_LIMITS.forgetAfterMinutes) },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: at } }],
      },
    }),
  ]);
}

/** When each of these accounts' lock ends, for the accounts locked at `at` (by email). */
export async function accountLocks(emails: readonly string[], at = new Date()) {
  const emailOfKey = new Map(emails.map((email) => [accountKey(email), email]));
  const locked = await db().signInThrottle.findMany({
    where: { key: { in: [...emailOfKey.keys()] }, lockedUntil: { gt: at } },
    select: { key: true, lockedUntil: true },
  });
  const locks = new Map<string, Date>();
  for (const { key, lockedUntil } of locked) {
    const email = emailOfKey.get(key);
    if (email && lockedUntil) locks.set(email, lockedUntil);
  }
  return locks;
}

/** Lifts an account's lock (and its count); false when it was not locked at `at`. */
export async function unlockAccount(
  email: string,
  client: Prisma.TransactionClient | ReturnType<typeof db> = db(),
  at = new Date(),
): Promise<boolean> {
  const { count } = await client.signInThrottle.deleteMany({
    where: { key: accountKey(email), lockedUntil: { gt: at } },
  });
  return count > 0;
}
