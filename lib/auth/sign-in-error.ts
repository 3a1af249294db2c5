import type { Refusal } from "@/lib/auth/throttle-policy";

// What a failed sign-in tells the browser. next-auth 4 puts a thrown error's message in the
// `error` of the sign-in answer (and of /api/auth/error?error=…), so that message is always one of
// these codes, never an exception's own text. The sign-in page turns a code into its sentence.

const REFUSALS = { accountLocked: "AccountLocked", tooManyAttempts: "TooManyAttempts" } as const;

/** An unexpected failure (the database is down…): the reader is asked to try again later. */
export const SIGN_IN_UNAVAILABLE = "Unavailable";

/**
 * `AccountLocked:<instant>` or `TooManyAttempts:<instant>`. The instant is rounded up to the minute,
 * since the page shows minutes: the time a person reads is never before the wait is over.
 */
export function refusalCode(refusal: Refusal): string {
  const minute = Math.ceil(refusal.until.getTime() / 60_000) * 60_000;
  return `${REFUSALS[refusal.reason]}:${new Date(minute).toISOString()}`;
}

/** A sentence (full catalog key) and its params, for <FormError>. */
export type SignInProblem = { message: string; params?: { availableAt: string } };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The sentence for next-auth's `error` (from the sign-in answer or the page's address), or null. */
export function signInProblem(error: string | null | undefined): SignInProblem | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return { message: "auth.login.errors.wrongCredentials" };
  if (error === "SessionRequired") return { message: "auth.login.errors.sessionRequired" };
  const [code, availableAt = ""] = error.split(/:(.*)/s);
  const reason = Object.entries(REFUSALS).find(([, known]) => known === code)?.[0];
  if (reason && ISO_INSTANT.test(availableAt))
    return { message: `errors.auth.${reason}`, params: { availableAt } };
  return { message: "auth.login.errors.unavailable" };
}
