import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The language the user chose ("es" or "en"); null until they choose. */
  locale?: string | null;
};

/** A user as sign-in knows them: the session version goes into the session token. */
export type SignInUser = SessionUser & { sessionVersion: number };

const PUBLIC_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  sessionVersion: true,
  locale: true,
} as const;

const signInUser = (user: SignInUser): SignInUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  sessionVersion: user.sessionVersion,
});

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a sign-in attempt. Returns null for an unknown email, a wrong password, an inactive user or
 * one who has no password yet (an invite or a reset not completed).
 */
export async function verifyCredentials(
  email: string,
  password: string,
): Promise<SignInUser | null> {
  const user = await db().user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { ...PUBLIC_FIELDS, passwordHash: true },
  });
  if (!user || !user.active || !user.passwordHash) return null;
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return signInUser(user);
}

/**
 * The current state of a signed-in user: a deactivated user or a changed role takes effect at once,
 * and a session issued before the user's session version was raised (deactivation, password reset)
 * is over. Tokens from before session versions existed carry none and count as version 0.
 */
export async function findActiveUser(id: string, sessionVersion = 0): Promise<SessionUser | null> {
  const user = await db().user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

export type NewUser = { email: string; name: string; role: Role; password: string };

/** Creates the user, or updates name, role and password when the email exists (seeding is idempotent). */
export async function upsertUser(input: NewUser): Promise<SignInUser> {
  const email = normalizeEmail(input.email);
  const existing = await db().user.findUnique({ where: { email }, select: { passwordHash: true } });
  // A new password ends the sessions signed in with the old one; re-seeding the same one does not.
  const passwordChanged =
    !!existing?.passwordHash && !(await verifyPassword(input.password, existing.passwordHash));
  const passwordHash = await hashPassword(input.password);
  const user = await db().user.upsert({
    where: { email },
    create: { email, name: input.name, role: input.role, passwordHash },
    update: {
      name: input.name,
      role: input.role,
      passwordHash,
      active: true,
      ...(passwordChanged ? { sessionVersion: { increment: 1 } } : {}),
    },
    select: PUBLIC_FIELDS,
  });
  // A password set here supersedes any invite or reset link still waiting to be used.
  await db().passwordToken.deleteMany({ where: { userId: user.id, usedAt: null } });
  return signInUser(user);
}

/** Keeps the language a user chose on their account. */
export async function setUserLocale(id: string, locale: string): Promise<void> {
  await db().user.update({ where: { id }, data: { locale } });
}
