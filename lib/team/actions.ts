import "server-only";
import { unlockAccount } from "@/lib/auth/throttle";
import type { Role } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { issuePasswordLink } from "@/lib/team/password-links";
import { lockMemberForChange } from "@/lib/team/guard";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Team changes that end sessions raise `sessionVersion`; a role change does not need to, because
// every request reads the role from the database (lib/auth/user-sessions.ts, findSignedInUser).

export async function changeMemberRole(actor: SessionUser, memberId: string, role: Role) {
  return db().$transaction(async (tx) => {
    const member = await lockMemberForChange(tx, actor, memberId, { kind: "role", role });
    if (member.role === role) return { changed: false };
    await tx.user.update({ where: { id: member.id }, data: { role } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.role_changed",
        subject: member.id,
        details: { userId: member.id, from: member.role, to: role },
      },
      tx,
    );
    return { changed: true };
  });
}

/** Deactivating ends the member's sessions at their next request and voids their unused links. */
export async function setMemberActive(actor: SessionUser, memberId: string, active: boolean) {
  return db().$transaction(async (tx) => {
    const member = await lockMemberForChange(tx, actor, memberId, {
      kind: active ? "reactivate" : "deactivate",
    });
    if (member.active === active) return { changed: false };
    await tx.user.update({
      where: { id: member.id },
      data: active ? { active } : { active, sessionVersion: { increment: 1 } },
    });
    if (!active) await tx.passwordToken.deleteMany({ where: { userId: member.id, usedAt: null } });
    await recordAudit(
      {
        actorId: actor.id,
        action: active ? "user.reactivated" : "user.deactivated",
        subject: member.id,
        details: { userId: member.id, role: member.role },
      },
      tx,
    );
    return { changed: true };
  });
}

/**
 * Clears the member's password at once (the old one stops working, their sessions end) and returns
 * a set-password link for the person who asked to pass on. Someone who never chose a password gets
 * a fresh invite link instead.
 */
export async function resetMemberPassword(actor: SessionUser, memberId: string) {
  return db().$transaction(async (tx) => {
    const member = await lockMemberForChange(tx, actor, memberId, { kind: "reset" });
    if (!member.active) throw new AppError("conflict", "errors.team.reactivateBeforeReset");
    const purpose = member.hasPassword || member.hasSignedIn ? "RESET" : "INVITE";
    await tx.user.update({
      where: { id: member.id },
      data: { passwordHash: null, sessionVersion: { increment: 1 } },
    });
    const link = await issuePasswordLink(tx, {
      userId: member.id,
      purpose,
      createdById: actor.id,
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.password_reset",
        subject: member.id,
        details: { userId: member.id, role: member.role, purpose },
      },
      tx,
    );
    return link;
  });
}

/**
 * Lifts the temporary lock that failed sign-ins put on a member's account (lib/auth/throttle.ts),
 * so they can sign in again at once. `changed` is false when no lock was in force any more.
 */
export async function unlockMember(actor: SessionUser, memberId: string) {
  return db().$transaction(async (tx) => {
    const member = await lockMemberForChange(tx, actor, memberId, { kind: "unlock" });
    const { email } = await tx.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { email: true },
    });
    if (!(await unlockAccount(email, tx))) return { changed: false };
    await recordAudit(
      {
        actorId: actor.id,
        action: "auth.account_unlocked",
        subject: member.id,
        details: { userId: member.id, role: member.role },
      },
      tx,
    );
    return { changed: true };
  });
}
