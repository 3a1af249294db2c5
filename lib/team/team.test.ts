import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/crypto/url-token";
import { db } from "@/lib/db";
import { describePasswordLink, setPasswordWithLink } from "./password-links";
import { changeMemberRole, resetMemberPassword, setMemberActive } from "./actions";
import { inviteMember, listTeamMembers } from "./members";
import { findActiveUser, upsertUser, verifyCredentials } from "../auth/users";

type TestRole = "UNDERWRITER" | "TEAM_LEAD" | "ADMIN";
const email = () => `team.${randomUUID()}@cotiza.test`;
const member = (role: TestRole) =>
  upsertUser({ email: email(), name: `Test ${role}`, role, password: "first-password" });
const tokenOf = (path: string) => path.replace("/join/", "");
const statusOf = async (id: string) =>
  (await listTeamMembers()).find((row) => row.id === id)?.status;

describe("inviting a member", () => {
  it("creates an account that cannot sign in until the link sets a password, once", async () => {
    const lead = await member("TEAM_LEAD");
    const address = email();
    const invite = await inviteMember(lead, { name: "Sofía", email: address, role: "UNDERWRITER" });
    expect(invite).toMatchObject({
      purpose: "INVITE",
      path: expect.stringMatching(/^\/join\/.{43}$/),
    });
    expect(Date.parse(invite.expiresAt) - Date.now()).toBeGreaterThan(71 * 60 * 60 * 1000);
    expect(await statusOf(invite.userId)).toBe("INVITED");
    expect(await verifyCredentials(address, "")).toBeNull();

    const token = tokenOf(invite.path);
    expect(await describePasswordLink(token)).toEqual({
      purpose: "INVITE",
      name: "Sofía",
      email: address,
    });
    expect(await setPasswordWithLink(token, "chosen-password")).toEqual({ email: address });
    expect(await verifyCredentials(address, "chosen-password")).toMatchObject({
      id: invite.userId,
      role: "UNDERWRITER",
    });
    expect(await statusOf(invite.userId)).toBe("ACTIVE");
    await expect(setPasswordWithLink(token, "another-password")).rejects.toMatchObject({
      code: "conflict",
      message: "errors.joinLink.used",
    });
    expect(await verifyCredentials(address, "another-password")).toBeNull();
  });

  it("stores only the token's hash and audits ids and roles, never the token", async () => {
    const admin = await member("ADMIN");
    const invite = await inviteMember(admin, { name: "Iván", email: email(), role: "TEAM_LEAD" });
    const token = tokenOf(invite.path);
    const [row] = await db().passwordToken.findMany({ where: { userId: invite.userId } });
    expect(row?.tokenHash).not.toBe(token);
    expect(row?.tokenHash).toHaveLength(43);
    const events = await db().auditEvent.findMany({ where: { subject: invite.userId } });
    expect(events.map((event) => [event.action, event.actorId, event.details])).toEqual([
      ["user.invited", admin.id, { userId: invite.userId, role: "TEAM_LEAD" }],
    ]);
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it("refuses a taken email with a field error, and team leads inviting admins", async () => {
    const lead = await member("TEAM_LEAD");
    const taken = await member("UNDERWRITER");
    await expect(
      inviteMember(lead, { name: "Dup", email: taken.email, role: "UNDERWRITER" }),
    ).rejects.toMatchObject({
      code: "conflict",
      details: { fields: { email: expect.any(String) } },
    });
    const address = email();
    await expect(
      inviteMember(lead, { name: "Boss", email: address, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const underwriter = await member("UNDERWRITER");
    await expect(
      inviteMember(underwriter, { name: "X", email: address, role: "UNDERWRITER" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().user.count({ where: { email: address } })).toBe(0);
  });

  it("explains links that are unknown or expired", async () => {
    const lead = await member("TEAM_LEAD");
    await expect(describePasswordLink("not-a-real-token")).rejects.toMatchObject({
      code: "not_found",
    });
    const invite = await inviteMember(lead, { name: "Late", email: email(), role: "UNDERWRITER" });
    await db().passwordToken.updateMany({
      where: { userId: invite.userId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(
      setPasswordWithLink(tokenOf(invite.path), "chosen-password"),
    ).rejects.toMatchObject({ code: "conflict", message: "errors.joinLink.expired" });
  });
});

describe("changing members", () => {
  it("lets a lead change underwriters and leads but not admins, nor make an admin", async () => {
    const lead = await member("TEAM_LEAD");
    const underwriter = await member("UNDERWRITER");
    const admin = await member("ADMIN");
    expect(await changeMemberRole(lead, underwriter.id, "TEAM_LEAD")).toEqual({ changed: true });
    expect(await changeMemberRole(lead, underwriter.id, "TEAM_LEAD")).toEqual({ changed: false });
    await expect(changeMemberRole(lead, underwriter.id, "ADMIN")).rejects.toMatchObject({
      code: "forbidden",
    });
    for (const attempt of [
      () => changeMemberRole(lead, admin.id, "UNDERWRITER"),
      () => setMemberActive(lead, admin.id, false),
      () => resetMemberPassword(lead, admin.id),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: "forbidden" });
    expect(await findActiveUser(admin.id)).toMatchObject({ role: "ADMIN" });
    const events = await db().auditEvent.findMany({ where: { subject: underwriter.id } });
    expect(events.map((event) => [event.action, event.details])).toEqual([
      ["user.role_changed", { userId: underwriter.id, from: "UNDERWRITER", to: "TEAM_LEAD" }],
    ]);
  });

  it("deactivation ends the member's sessions and sign-ins; nobody deactivates themselves", async () => {
    const admin = await member("ADMIN");
    const underwriter = await member("UNDERWRITER");
    const session = await verifyCredentials(underwriter.email, "first-password");
    expect(await findActiveUser(underwriter.id, session?.sessionVersion)).not.toBeNull();

    expect(await setMemberActive(admin, underwriter.id, false)).toEqual({ changed: true });
    expect(await findActiveUser(underwriter.id, session?.sessionVersion)).toBeNull();
    expect(await verifyCredentials(underwriter.email, "first-password")).toBeNull();
    expect(await statusOf(underwriter.id)).toBe("DEACTIVATED");

    // Reactivating lets them sign in again, but the old session stays over.
    await setMemberActive(admin, underwriter.id, true);
    expect(await findActiveUser(underwriter.id, session?.sessionVersion)).toBeNull();
    const again = await verifyCredentials(underwriter.email, "first-password");
    expect(await findActiveUser(underwriter.id, again?.sessionVersion)).not.toBeNull();

    const lead = await member("TEAM_LEAD");
    await expect(setMemberActive(lead, lead.id, false)).rejects.toMatchObject({
      code: "conflict",
      message: "errors.team.cannotDeactivateSelf",
    });
    const actions = await db().auditEvent.findMany({
      where: { subject: underwriter.id },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((event) => event.action)).toEqual(["user.deactivated", "user.reactivated"]);
  });

  it("a reset stops the old password and sessions at once; the new link sets a new one", async () => {
    const lead = await member("TEAM_LEAD");
    const underwriter = await member("UNDERWRITER");
    const session = await verifyCredentials(underwriter.email, "first-password");
    const link = await resetMemberPassword(lead, underwriter.id);
    expect(link.purpose).toBe("RESET");
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(24 * 60 * 60 * 1000);
    expect(await verifyCredentials(underwriter.email, "first-password")).toBeNull();
    expect(await findActiveUser(underwriter.id, session?.sessionVersion)).toBeNull();
    expect(await statusOf(underwriter.id)).toBe("RESET_PENDING");

    // Only the newest link works.
    const newer = await resetMemberPassword(lead, underwriter.id);
    await expect(describePasswordLink(tokenOf(link.path))).rejects.toMatchObject({
      code: "not_found",
    });
    await setPasswordWithLink(tokenOf(newer.path), "second-password");
    expect(await verifyCredentials(underwriter.email, "second-password")).not.toBeNull();
    await expect(resetMemberPassword(lead, lead.id)).rejects.toMatchObject({ code: "conflict" });
    const events = await db().auditEvent.findMany({ where: { subject: underwriter.id } });
    const logged = JSON.stringify(events);
    for (const token of [tokenOf(link.path), tokenOf(newer.path)]) {
      expect(logged).not.toContain(token);
      expect(logged).not.toContain(hashToken(token));
    }
    expect(logged).not.toMatch(/passwordHash|scrypt\$|join\//);
  });

  it("deactivating voids unused links, and an unknown member is not found", async () => {
    const admin = await member("ADMIN");
    const invite = await inviteMember(admin, { name: "Gone", email: email(), role: "UNDERWRITER" });
    await setMemberActive(admin, invite.userId, false);
    await expect(describePasswordLink(tokenOf(invite.path))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(resetMemberPassword(admin, invite.userId)).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(changeMemberRole(admin, randomUUID(), "ADMIN")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
