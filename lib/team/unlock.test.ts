import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SignInRefused, signInWithCredentials } from "@/lib/auth/sign-in";
import { SIGN_IN_LIMITS } from "@/lib/auth/throttle-policy";
import { upsertUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { unlockMember } from "./actions";
import { listTeamMembers } from "./members";

type TestRole = "UNDERWRITER" | "TEAM_LEAD" | "ADMIN";
const PASSWORD = "unlock-password";
const member = (role: TestRole) =>
  upsertUser({
    email: `unlock.${randomUUID()}@cotiza.test`,
    name: `Test ${role}`,
    role,
    password: PASSWORD,
  });

/** Fails sign-in until the account is locked (each attempt from its own address). */
async function lockOut(email: string) {
  for (let i = 0; i < SIGN_IN_LIMITS.account.lockAfter; i += 1) {
    const at = new Date(Date.now() + i * 61_000);
    await signInWithCredentials(
      { email, password: "wrong" },
      `192.0.2.${randomInt(256)}`,
      at,
    ).catch((error: unknown) => {
      if (!(error instanceof SignInRefused)) throw error;
    });
  }
}

const signIn = (email: string) =>
  signInWithCredentials({ email, password: PASSWORD }, `192.0.2.${randomInt(256)}`);
const rowOf = async (id: string) => (await listTeamMembers()).find((row) => row.id === id);

describe("unlocking a member locked out by failed sign-ins", () => {
  it("the Team page shows the lock; a lead lifts it and the member signs in again", async () => {
    const [lead, underwriter] = await Promise.all([member("TEAM_LEAD"), member("UNDERWRITER")]);
    await lockOut(underwriter.email);
    expect((await rowOf(underwriter.id))?.lockedUntil).toMatch(/^\d{4}-.*Z$/);
    await expect(signIn(underwriter.email)).rejects.toBeInstanceOf(SignInRefused);

    expect(await unlockMember(lead, underwriter.id)).toEqual({ changed: true });
    expect((await rowOf(underwriter.id))?.lockedUntil).toBeNull();
    expect(await signIn(underwriter.email)).toMatchObject({ id: underwriter.id });
    const events = await db().auditEvent.findMany({
      where: { subject: underwriter.id, action: "auth.account_unlocked" },
    });
    expect(events.map((event) => [event.actorId, event.details])).toEqual([
      [lead.id, { userId: underwriter.id, role: "UNDERWRITER" }],
    ]);
    // Nothing left to unlock: no second audit entry.
    expect(await unlockMember(lead, underwriter.id)).toEqual({ changed: false });
  });

  it("follows who may manage whom: leads not for admins, underwriters never", async () => {
    const [admin, lead, underwriter, lockedAdmin] = await Promise.all([
      member("ADMIN"),
      member("TEAM_LEAD"),
      member("UNDERWRITER"),
      member("ADMIN"),
    ]);
    const lockedLead = await member("TEAM_LEAD");
    await Promise.all([lockOut(lockedAdmin.email), lockOut(lockedLead.email)]);
    await expect(unlockMember(lead, lockedAdmin.id)).rejects.toMatchObject({
      code: "forbidden",
      message: "errors.team.onlyAdminsChangeAdmins",
    });
    await expect(unlockMember(underwriter, lockedLead.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await rowOf(lockedAdmin.id))?.lockedUntil).not.toBeNull();
    expect(await unlockMember(lead, lockedLead.id)).toEqual({ changed: true });
    expect(await unlockMember(admin, lockedAdmin.id)).toEqual({ changed: true });
  });
});
