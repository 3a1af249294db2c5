import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { findSignedInUser } from "@/lib/auth/user-sessions";
import type { SessionUser } from "@/lib/auth/users";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

/**
 * The signed-in user as the database knows them now, or null once their session was ended (signed
 * out, deactivated, password reset); read once per request, in one query.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return findSignedInUser({
    userId: session.user.id,
    sessionVersion: session.user.sessionVersion,
    sessionId: session.user.sessionId,
  });
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

/** Authorization where data is read: throws `unauthorized` / `forbidden` as an AppError. */
export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthorized");
  if (roles && !roles.includes(user.role)) throw new AppError("forbidden");
  return user;
}
