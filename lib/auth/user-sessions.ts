import "server-only";
import { isRole } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";

// Server-side sessions: each signed-in browser has a `user_sessions` row whose id travels in its
// token (`sid`). Signing out deletes the row, so a copied cookie stops working on every replica,
// while the token alone (a signed JWT) would have stayed valid until it expired. Real time, like
// the token's own expiry.

/** How long a sign-in lasts, from the moment it was made (the token's and the row's lifetime). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/** Records a new signed-in browser and returns its id; expired rows of anyone are dropped first. */
export async function startUserSession(userId: string, at = new Date()): Promise<string> {
  await db().userSession.deleteMany({ where: { expiresAt: { lte: at } } });
  const session = await db().userSession.create({
    data: {
      userId,
      createdAt: at,
      expiresAt: new Date(at.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    },
    select: { id: true },
  });
  return session.id;
}

/** Ends one signed-in browser (sign-out); a token without a session id has nothing to end. */
export async function endUserSession(sessionId: unknown): Promise<void> {
  if (isUuid(sessionId)) await db().userSession.deleteMany({ where: { id: sessionId } });
}

export type SessionClaims = { userId: string; sessionVersion?: number; sessionId?: unknown };

/**
 * The user of a session token as the database knows them now, in one query, or null: the session
 * was ended (signed out) or expired, the user was deactivated, or their session version was raised
 * since (deactivation, password reset). A token without a session id predates server-side sessions
 * and is refused too.
 */
export async function findSignedInUser(
  claims: SessionClaims,
  at = new Date(),
): Promise<SessionUser | null> {
  if (!isUuid(claims.userId) || !isUuid(claims.sessionId)) return null;
  const [user] = await db().$queryRaw<(Omit<SessionUser, "role"> & { role: string })[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.locale
    FROM user_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${claims.sessionId}::uuid AND s.user_id = ${claims.userId}::uuid
      AND s.expires_at > ${at} AND u.active AND u.session_version = ${claims.sessionVersion ?? 0}`;
  if (!user || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}
