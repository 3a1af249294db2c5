import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import {
  findSignedInUser,
  findSignedInUserWith,
  type SessionClaims,
} from "@/lib/auth/user-sessions";
import type { SessionUser } from "@/lib/auth/users";
import { isRole, type Role } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The claims of this request's session cookie, verified and decrypted, or null. next-auth's own
 * `getServerSession` would run its whole session endpoint for this (a CSRF token, the callbacks, a
 * re-encrypted cookie it cannot set here): reading the token is all a request needs. Same cookie
 * (chunks included) and same key as next-auth and proxy.ts; the Authorization header is ignored,
 * as getServerSession does. A token without a role is not one our sign-in issued.
 */
const sessionClaims = cache(async (): Promise<SessionClaims | null> => {
  // getToken reads `req.cookies.getAll()` and `req.headers`: all it needs of a NextRequest.
  const req = { cookies: await cookies(), headers: new Headers() } as unknown as NextRequest;
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET });
  if (!token?.sub || !isRole(token.role)) return null;
  return { userId: token.sub, sessionVersion: token.sessionVersion ?? 0, sessionId: token.sid };
});

/**
 * The signed-in user as the database knows them now, or null once their session was ended (signed
 * out, deactivated, password reset); read once per request, in one query.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await sessionClaims();
  return claims ? findSignedInUser(claims) : null;
});

/**
 * The signed-in user of a page: without one, the browser goes to sign-in (the dashboard layout
 * does the same; a page renders beside it, so it must not throw an error that would be logged).
 */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

function authorized(user: SessionUser | null, roles?: readonly Role[]): SessionUser {
  if (!user) throw new AppError("unauthorized");
  if (roles && !roles.includes(user.role)) throw new AppError("forbidden");
  return user;
}

/** Authorization where data is read: throws `unauthorized` / `forbidden` as an AppError. */
export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  return authorized(await currentUser(), roles);
}

/**
 * `requireUser` and the one row `lookup` selects, in a single database round trip (see
 * `findSignedInUserWith`): for a route whose work starts with one read. The row is handed over only
 * once the session and role are accepted; it arrives as JSON, for the caller to validate.
 */
export async function requireUserWith(
  lookup: Prisma.Sql,
  roles?: readonly Role[],
): Promise<{ user: SessionUser; row: unknown }> {
  const claims = await sessionClaims();
  const found = claims ? await findSignedInUserWith(claims, lookup) : null;
  return { user: authorized(found?.user ?? null, roles), row: found?.row ?? null };
}
