import { describe, expect, it, vi } from "vitest";
import { createBelvoClient } from "@/lib/belvo";
import { signInWithCredentials, type SignedIn } from "@/lib/auth/sign-in";
import { tokenFor, sendSessionToken } from "@/lib/auth/testing/session-cookie";
import { db } from "@/lib/db";
import { statementsDuring } from "@/lib/testing/sql-statements";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { connectDirect } from "./connect-direct";
import { applicantInput, connectHarness } from "./testing/connect-harness";

// GET /api/applicants/:id/link as Next calls it: the session cookie is decoded for real, the
// database is real, Belvo is the emulator over HTTP (counted here).
vi.mock(
  "next/headers",
  async () => (await import("@/lib/auth/testing/session-cookie")).nextHeaders,
);
const belvo = vi.hoisted(() => ({ client: null as unknown, requests: 0 }));
vi.mock("@/lib/belvo/from-env", async (original) => ({
  ...(await original<object>()),
  belvoClientFromEnv: () => belvo.client,
}));

const h = connectHarness();
const { GET } = await import("@/app/api/applicants/[id]/link/route");

const get = (id: string) =>
  GET(new Request(`http://cotiza.test/api/applicants/${id}/link`), {
    params: Promise.resolve({ id }),
  });

async function signIn(): Promise<SignedIn> {
  const session = await signInWithCredentials(
    { email: h.user.email, password: "harness-password" },
    "203.0.113.17",
  );
  if (!session) throw new Error("the harness user could not sign in");
  await sendSessionToken(await tokenFor(session));
  return session;
}

async function connected(curp = uniqueCurp()): Promise<string> {
  belvo.client = createBelvoClient({
    baseUrl: h.emulator.url,
    secretId: h.emulator.secretId,
    secretPassword: h.emulator.secretPassword,
    onRequest: () => (belvo.requests += 1),
  });
  const id = await connectDirect({ user: h.user, input: applicantInput(curp), client: h.client });
  belvo.requests = 0;
  return id;
}

describe("the link-detail route", () => {
  it("reads the session and the link in one statement, then asks Belvo once", async () => {
    const id = await connected();
    await signIn();
    let response: Response | undefined;
    const statements = await statementsDuring(async () => (response = await get(id)));
    expect(response?.status).toBe(200);
    expect(await response?.json()).toMatchObject({ status: "VALID", accessMode: "single" });
    expect(belvo.requests).toBe(1);
    // One round trip: the session check, the user and role, the applicant's visibility and the
    // link. A second statement here is a regression of npm run bench:proxy.
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(
      /FROM user_sessions s JOIN users u .* JOIN \(SELECT .* FROM links l/s,
    );
  });

  it("writes only when Belvo's status moved, to keep our copy in step", async () => {
    const id = await connected();
    await signIn();
    await db().link.update({ where: { applicantId: id }, data: { status: "INVALID" } });
    let response: Response | undefined;
    const statements = await statementsDuring(async () => (response = await get(id)));
    expect(await response?.json()).toMatchObject({ status: "VALID" });
    expect(statements).toHaveLength(2);
    expect((await db().link.findUniqueOrThrow({ where: { applicantId: id } })).status).toBe(
      "VALID",
    );
  });

  it("refuses an ended session at once, before any word to Belvo", async () => {
    const id = await connected();
    const session = await signIn();
    expect((await get(id)).status).toBe(200);

    await sendSessionToken(null);
    expect((await get(id)).status).toBe(401);
    // A malformed id is a 404 only to a signed-in user.
    expect((await get("not-a-uuid")).status).toBe(401);
    await sendSessionToken(await tokenFor(session));
    await db().userSession.delete({ where: { id: session.sessionId } }); // signed out elsewhere
    expect((await get(id)).status).toBe(401);

    const again = await signIn();
    await db().user.update({ where: { id: again.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await get(id)).status).toBe(401); // a password reset
    await signIn();
    await db().user.update({ where: { id: again.id }, data: { active: false } });
    expect((await get(id)).status).toBe(401); // deactivated
    await db().user.update({ where: { id: again.id }, data: { active: true } });
    expect(belvo.requests).toBe(1);
  });

  it("answers 404 for a malformed id, an applicant without a link and a blocked applicant", async () => {
    const id = await connected();
    await signIn();
    expect((await get("not-a-uuid")).status).toBe(404);
    const { id: unlinked } = await db().applicant.create({
      data: { name: "Sin Enlace", reference: `NL-${Date.now()}`, institution: "IMSS" },
    });
    expect(await (await get(unlinked)).json()).toMatchObject({
      error: { code: "not_found", message: "errors.connect.noLink" },
    });
    await db().applicant.update({ where: { id }, data: { blockedAt: new Date() } });
    expect((await get(id)).status).toBe(404);
    expect(belvo.requests).toBe(0);
  });
});
