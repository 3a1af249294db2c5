// How sign-in slows down and then stops guessing, for each kind of key (lib/auth/throttle.ts keeps
// the counters in PostgreSQL, shared by every replica). Pure: no database, no clock of its own.

export type ThrottleScope = "account" | "address";

/** Every limit of sign-in protection, in one place. */
export const SIGN_IN_LIMITS = {
  /**
   * Failures allowed before each next attempt waits 2^(failures - free) seconds, and the failure
   * that locks the key. An office behind one address shares its key, so that limit is higher.
   */
  account: { freeFailures: 3, lockAfter: 10 },
  address: { freeFailures: 20, lockAfter: 50 },
  maxDelaySeconds: 60,
  lockMinutes: 15,
  /** Failures older than this (with no lock in force) are forgotten. */
  forgetAfterMinutes: 60,
} as const;

/** One key's counter as stored (a row of `sign_in_throttles`). */
export type ThrottleState = {
  key: string;
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
};

/** Why an attempt is turned away, and when the next one can be made. */
export type Refusal = { reason: "accountLocked" | "tooManyAttempts"; until: Date };

export const scopeOf = (key: string): ThrottleScope =>
  key.startsWith("address:") ? "address" : "account";

const minutes = (count: number) => count * 60_000;

/** Seconds the next attempt waits after `failures` failures in a row. */
export function delaySeconds(scope: ThrottleScope, failures: number): number {
  const over = failures - SIGN_IN_LIMITS[scope].freeFailures;
  return over < 0 ? 0 : Math.min(2 ** over, SIGN_IN_LIMITS.maxDelaySeconds);
}

export const isLocked = (state: ThrottleState, at: Date) =>
  state.lockedUntil !== null && state.lockedUntil > at;

/** The failures that still count at `at`: none once a lock has run out or they are old. */
export function currentFailures(state: ThrottleState, at: Date): number {
  if (isLocked(state, at)) return state.failures;
  const forgotten =
    at.getTime() - state.lastFailureAt.getTime() >= minutes(SIGN_IN_LIMITS.forgetAfterMinutes);
  return state.lockedUntil !== null || forgotten ? 0 : state.failures;
}

/** Until when this key turns attempts away, or null when an attempt may go ahead at `at`. */
export function blockedUntil(state: ThrottleState, at: Date): Date | null {
  if (isLocked(state, at)) return state.lockedUntil;
  const delay = delaySeconds(scopeOf(state.key), currentFailures(state, at));
  const until = new Date(state.lastFailureAt.getTime() + delay * 1000);
  return delay > 0 && until > at ? until : null;
}

/** The refusal for these keys at `at` (the latest of their waits), or null. */
export function refusalOf(states: readonly ThrottleState[], at: Date): Refusal | null {
  const blocked = states.flatMap((state) => {
    const until = blockedUntil(state, at);
    return until
      ? [{ until, accountLocked: scopeOf(state.key) === "account" && isLocked(state, at) }]
      : [];
  });
  if (blocked.length === 0) return null;
  return {
    reason: blocked.some((block) => block.accountLocked) ? "accountLocked" : "tooManyAttempts",
    until: new Date(Math.max(...blocked.map((block) => block.until.getTime()))),
  };
}

/** The key after one more failed (or not yet proven) attempt at `at`. */
export function afterFailure(state: ThrottleState, at: Date): ThrottleState {
  const failures = currentFailures(state, at) + 1;
  const locks = failures >= SIGN_IN_LIMITS[scopeOf(state.key)].lockAfter;
  return {
    key: state.key,
    failures,
    lastFailureAt: at,
    lockedUntil: locks ? new Date(at.getTime() + minutes(SIGN_IN_LIMITS.lockMinutes)) : null,
  };
}

/** What this failure started, for the audit trail: the first wait, or a lock. */
export function thresholdCrossed(state: ThrottleState): "locked" | "delayed" | null {
  const limits = SIGN_IN_LIMITS[scopeOf(state.key)];
  if (state.failures === limits.lockAfter) return "locked";
  if (state.failures === limits.freeFailures) return "delayed";
  return null;
}

/**
 * Decides an attempt from its keys' counters, read under a row lock: refused while a key is
 * locked (nothing is written, so hammering a lock never extends it); otherwise the attempt counts
 * as a failure at once, refused or not, until its password proves right (`charged` is what to
 * write). Counting before the password is checked means parallel guesses queue on the row lock
 * and are turned away after the free ones, instead of all being checked at once.
 */
export function admitAttempt(
  states: readonly ThrottleState[],
  at: Date,
): { refusal: Refusal | null; charged: ThrottleState[] } {
  const refusal = refusalOf(states, at);
  if (states.some((state) => isLocked(state, at))) return { refusal, charged: [] };
  const charged = states.map((state) => afterFailure(state, at));
  // A refused attempt counted too: its wait is the one that counting it started.
  return { refusal: refusal && refusalOf(charged, at), charged };
}
