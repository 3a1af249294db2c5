import "server-only";
import { isRole } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

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

type UserRow = Omit<SessionUser, "role"> & { role: string };

function sessionUser(row: UserRow | undefined): SessionUser | null {
  if (!row || !isRole(row.role)) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale };
}

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
  const [row] = await db().$queryRaw<UserRow[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.locale
    FROM user_sessions s JOIN users u ON u.id = s.user_id
    WHERE ${signedIn(claims, at)}`;
  return sessionUser(row);
}

/**
 * `findSignedInUser` and the row `lookup` selects, in the same statement: a route that starts with
 * one read pays one database round trip instead of two, with every session check unchanged. The
 * lookup must select at most one row (by a unique key); it comes back as JSON (`to_jsonb`), or
 * null when it found nothing. Nothing comes back for a refused session.
 */
export async function findSignedInUserWith(
  claims: SessionClaims,
  lookup: Prisma.Sql,
  at = new Date(),
): Promise<{ user: SessionUser; row: unknown } | null> {
  if (!isUuid(claims.userId) || !isUuid(claims.sessionId)) return null;
  const [found] = await db().$queryRaw<(UserRow & { row: unknown })[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.locale, to_jsonb(x) AS row
    FROM user_sessions s JOIN users u ON u.id = s.user_id LEFT JOIN (${lookup}) x ON true
    WHERE ${signedIn(claims, at)}`;
  const user = sessionUser(found);
  return user ? { user, row: found?.row ?? null } : null;
}

/** The conditions of a live session (`s`) of an active user (`u`) at the token's session version. */
function signedIn(claims: SessionClaims, at: Date): Prisma.Sql {
  return Prisma.sql`s.id = ${claims.sessionId}::uuid AND s.user_id = ${claims.userId}::uuid
      AND s.expires_at > ${at} AND u.active AND u.session_version = ${claims.sessionVersion ?? 0}`;
}
