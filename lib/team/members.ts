import "server-only";
import { canManageMember, canManageTeam } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { accountLocks } from "@/lib/auth/throttle";
import { issuePasswordLink } from "@/lib/team/password-links";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError, type ErrorKey } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InviteMemberInput } from "@/lib/team/input";

const EMAIL_TAKEN = "errors.team.emailTaken" satisfies ErrorKey;

/** Creates the account without a password, plus the link its owner uses to choose one. */
export async function inviteMember(actor: SessionUser, input: InviteMemberInput) {
  if (!canManageTeam(actor.role) || !canManageMember(actor.role, input.role))
    throw new AppError("forbidden", "errors.team.onlyAdminsInviteAdmins");
  // Checked first so the usual case is a clear answer; the unique index still decides a race.
  if (await db().user.findUnique({ where: { email: input.email }, select: { id: true } }))
    throw new AppError("conflict", EMAIL_TAKEN, undefined, { fields: { email: EMAIL_TAKEN } });
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: input, select: { id: true } });
      const link = await issuePasswordLink(tx, {
        userId: user.id,
        purpose: "INVITE",
        createdById: actor.id,
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "user.invited",
          subject: user.id,
          details: { userId: user.id, role: input.role },
        },
        tx,
      );
      return { userId: user.id, ...link };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("conflict", EMAIL_TAKEN, undefined, { fields: { email: EMAIL_TAKEN } });
    throw error;
  }
}

export type MemberStatus = "ACTIVE" | "INVITED" | "RESET_PENDING" | "DEACTIVATED";

/** Everyone with an account, active first; the password hash only decides the status shown. */
export async function listTeamMembers() {
  const users = await db().user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      lastLoginAt: true,
      passwordHash: true,
    },
  });
  // Failed sign-ins lock an account for a while; the Team page offers to unlock it meanwhile.
  const locks = await accountLocks(users.map((user) => user.email));
  return users.map(({ passwordHash, lastLoginAt, ...user }) => {
    const status: MemberStatus = !user.active
      ? "DEACTIVATED"
      : passwordHash !== null
        ? "ACTIVE"
        : lastLoginAt
          ? "RESET_PENDING"
          : "INVITED";
    const lockedUntil = locks.get(user.email)?.toISOString() ?? null;
    return { ...user, status, lastLoginAt: lastLoginAt?.toISOString() ?? null, lockedUntil };
  });
}

export type TeamMember = Awaited<ReturnType<typeof listTeamMembers>>[number];
