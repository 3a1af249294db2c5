import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { refusalCode } from "@/lib/auth/sign-in-error";
import { admitSignInAttempt, settleSuccessfulAttempt, throttleKeys } from "@/lib/auth/throttle";
import {
  refusalOf,
  scopeOf,
  thresholdCrossed,
  type Refusal,
  type ThrottleState,
} from "@/lib/auth/throttle-policy";
import { startUserSession } from "@/lib/auth/user-sessions";
import { verifyCredentials, type SignInUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { isSafeText } from "@/lib/http/text";

// Checked before any query: text PostgreSQL cannot store (a NUL, a lone surrogate) or too long
// for an email is a plain wrong sign-in, never a database error.
export const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320).refine(isSafeText),
  // Longer than any password policy allows, short enough that hashing it stays cheap.
  password: z.string().min(1).max(1024).refine(isSafeText),
});

/** An attempt turned away by sign-in protection; its message is the code the browser reads. */
export class SignInRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusalCode(refusal));
    this.name = "SignInRefused";
  }
}

export type SignedIn = SignInUser & { sessionId: string };

/**
 * A sign-in attempt from `address`: the signed-in user with a new server-side session, null for
 * wrong credentials (or input that cannot be credentials), or SignInRefused while the account or
 * the address must wait. A refused attempt never reaches the password check.
 */
export async function signInWithCredentials(
  raw: unknown,
  address: string,
  at = new Date(),
): Promise<SignedIn | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, address);
  const { refusal, charged } = await admitSignInAttempt(keys, at);
  if (refusal) {
    await auditThresholds(charged, email);
    throw new SignInRefused(refusal);
  }
  const user = await verifyCredentials(email, password);
  if (!user) {
    await auditThresholds(charged, email);
    // The failure that locks a key says so at once; an ordinary one reads as wrong credentials.
    const lock = refusalOf(
      charged.filter((state) => state.lockedUntil),
      at,
    );
    if (lock) throw new SignInRefused(lock);
    return null;
  }
  await settleSuccessfulAttempt(keys, at);
  return { ...user, sessionId: await startUserSession(user.id, at) };
}

/**
 * Audits the waits and locks that this failure started (once each: counts grow one by one). Details
 * name the user when the account exists, never the email.
 */
async function auditThresholds(charged: readonly ThrottleState[], email: string) {
  for (const state of charged) {
    const crossed = thresholdCrossed(state);
    if (!crossed) continue;
    const scope = scopeOf(state.key);
    const lockedUntil = state.lockedUntil?.toISOString();
    if (scope === "address") {
      const address = state.key.slice("address:".length);
      await recordAudit({
        actorId: null,
        action: "auth.sign_in_throttled",
        details: {
          scope,
          address,
          failures: state.failures,
          ...(lockedUntil ? { lockedUntil } : {}),
        },
      });
      continue;
    }
    const user = await db().user.findUnique({
      where: { email: email.toLowerCase() },
      select: { id: true },
    });
    await recordAudit({
      actorId: null,
      action: crossed === "locked" ? "auth.account_locked" : "auth.sign_in_throttled",
      subject: user?.id ?? null,
      details: {
        scope,
        failures: state.failures,
        ...(user ? { userId: user.id } : {}),
        ...(lockedUntil ? { lockedUntil } : {}),
      },
    });
  }
}
