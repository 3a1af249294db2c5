import { randomInt, randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { signInWithCredentials, type SignedIn } from "./sign-in";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  findSignedInUser,
  findSignedInUserWith,
  SESSION_MAX_AGE_SECONDS,
  startUserSession,
} from "./user-sessions";
import { tokenFor, sendSessionToken } from "./testing/session-cookie";
import { upsertUser } from "./users";

const PASSWORD = "session-password";

// The browser's session cookie, for `currentUser`.
vi.mock("next/headers", async () => (await import("./testing/session-cookie")).nextHeaders);

async function signedIn(): Promise<SignedIn> {
  const user = await upsertUser({
    email: `session.${randomUUID()}@cotiza.test`,
    name: "Sara Sesión",
    role: "UNDERWRITER",
    password: PASSWORD,
  });
  const address = `203.0.113.${randomInt(256)}`;
  const session = await signInWithCredentials({ email: user.email, password: PASSWORD }, address);
  if (!session) throw new Error("the test user could not sign in");
  return session;
}

const claimsOf = (token: JWT) => ({
  userId: String(token.sub),
  sessionVersion: token.sessionVersion,
  sessionId: token.sid,
});

describe("server-side sessions", () => {
  it("a sign-in records a session whose id travels in the token, for the session's lifetime", async () => {
    const user = await signedIn();
    const token = await tokenFor(user);
    expect(token.sid).toBe(user.sessionId);
    const row = await db().userSession.findUniqueOrThrow({ where: { id: user.sessionId } });
    expect(row.userId).toBe(user.id);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(SESSION_MAX_AGE_SECONDS * 1000);
    expect(authOptions.session?.maxAge).toBe(SESSION_MAX_AGE_SECONDS);
    expect(await findSignedInUser(claimsOf(token))).toMatchObject({
      id: user.id,
      role: "UNDERWRITER",
    });
  });

  it("signing out ends the session: the same token (a copied cookie) is refused afterwards", async () => {
    const user = await signedIn();
    const token = await tokenFor(user);
    await sendSessionToken(token);
    const { currentUser } = await import("./session");
    expect(await currentUser()).toMatchObject({ id: user.id });
    const other = await tokenFor(await signInAgain(user));
    await authOptions.events?.signOut?.({ token, session: undefined as never });
    expect(await db().userSession.count({ where: { id: user.sessionId } })).toBe(0);
    expect(await findSignedInUser(claimsOf(token))).toBeNull();
    expect(await currentUser()).toBeNull();
    // Only that browser: the user's other sign-in goes on.
    expect(await findSignedInUser(claimsOf(other))).not.toBeNull();
  });

  it("refuses a token whose session row is gone, expired, of another user, or missing", async () => {
    const user = await signedIn();
    const claims = claimsOf(await tokenFor(user));
    const expiry = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000 + 1000);
    expect(await findSignedInUser(claims, expiry)).toBeNull();
    const stranger = await signedIn();
    expect(await findSignedInUser({ ...claims, sessionId: stranger.sessionId })).toBeNull();
    expect(await findSignedInUser({ ...claims, sessionId: undefined })).toBeNull();
    expect(await findSignedInUser({ ...claims, sessionId: "not-a-uuid" })).toBeNull();
    await db().userSession.delete({ where: { id: user.sessionId } });
    expect(await findSignedInUser(claims)).toBeNull();
  });

  it("deactivation and password resets still end sessions (session version)", async () => {
    const user = await signedIn();
    const claims = claimsOf(await tokenFor(user));
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findSignedInUser(claims)).toBeNull();
    const again = await signInAgain(user);
    const fresh = claimsOf(await tokenFor(again));
    expect(await findSignedInUser(fresh)).not.toBeNull();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await findSignedInUser(fresh)).toBeNull();
  });

  it("a cookie not sealed with the app's secret, or whose token has no role, is nobody", async () => {
    const user = await signedIn();
    const token = await tokenFor(user);
    const { currentUser } = await import("./session");
    await sendSessionToken(token);
    expect(await currentUser()).toMatchObject({ id: user.id });
    await sendSessionToken(token, "another-secret-of-at-least-thirty-two-characters");
    expect(await currentUser()).toBeNull();
    await sendSessionToken({ ...token, role: undefined });
    expect(await currentUser()).toBeNull();
  });

  it("a lookup read with the session comes back only with an accepted session", async () => {
    const user = await signedIn();
    const claims = claimsOf(await tokenFor(user));
    const lookup = Prisma.sql`SELECT email FROM users WHERE id = ${user.id}::uuid`;
    expect(await findSignedInUserWith(claims, lookup)).toEqual({
      user: expect.objectContaining({ id: user.id, role: "UNDERWRITER" }),
      row: { email: user.email },
    });
    const nothing = Prisma.sql`SELECT email FROM users WHERE false`;
    expect(await findSignedInUserWith(claims, nothing)).toMatchObject({ row: null });
    const expiry = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000 + 1000);
    expect(await findSignedInUserWith(claims, lookup, expiry)).toBeNull();
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findSignedInUserWith(claims, lookup)).toBeNull();
    const fresh = claimsOf(await tokenFor(await signInAgain(user)));
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await findSignedInUserWith(fresh, lookup)).toBeNull();
    await db().user.update({ where: { id: user.id }, data: { active: true } });
    await db().userSession.deleteMany({ where: { userId: user.id } });
    expect(await findSignedInUserWith(fresh, lookup)).toBeNull();
  });

  it("a sign-in drops expired sessions", async () => {
    const user = await signedIn();
    const stale = await startUserSession(
      user.id,
      new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000 - 1),
    );
    expect(await db().userSession.count({ where: { id: stale } })).toBe(1);
    await signInAgain(user);
    expect(await db().userSession.count({ where: { id: stale } })).toBe(0);
    expect(await db().userSession.count({ where: { id: user.sessionId } })).toBe(1);
  });
});

async function signInAgain(user: SignedIn): Promise<SignedIn> {
  const again = await signInWithCredentials(
    { email: user.email, password: PASSWORD },
    "203.0.113.1",
  );
  if (!again) throw new Error("the test user could not sign in again");
  return again;
}
