import "server-only";
import { canManageMember, canManageTeam } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";
import { AppError, type ErrorKey } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type MemberChange =
  | { kind: "role"; role: Role }
  | { kind: "deactivate" }
  | { kind: "reactivate" }
  | { kind: "reset" }
  | { kind: "unlock" };

export const LAST_ADMIN_MESSAGE = "errors.team.lastAdmin" satisfies ErrorKey;

/**
 * Checks that `actor` may make `change` to a member, inside the transaction that makes it, and
 * returns the member. Every active admin's row is locked first, always in the same order: two
 * admins removing each other at the same moment then queue up, and the second sees that only one
 * admin is left, instead of each counting the other and leaving none.
 */
export async function lockMemberForChange(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  memberId: string,
  change: MemberChange,
) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  // Read again under the lock: the actor may have been demoted since their request began.
  const current = await tx.user.findUnique({
    where: { id: actor.id },
    select: { role: true, active: true },
  });
  if (!current?.active || !canManageTeam(current.role)) throw new AppError("forbidden");
  const member = await tx.user.findUnique({
    where: { id: memberId },
    select: { id: true, role: true, active: true, lastLoginAt: true, passwordHash: true },
  });
  if (!member) throw new AppError("not_found", "errors.team.memberNotFound");
  const newRole = change.kind === "role" ? change.role : member.role;
  if (!canManageMember(current.role, member.role, newRole))
    throw new AppError("forbidden", "errors.team.onlyAdminsChangeAdmins");
  const removesAdmin =
    member.role === "ADMIN" &&
    member.active &&
    (change.kind === "deactivate" || newRole !== "ADMIN");
  if (removesAdmin && admins.every((admin) => admin.id === member.id))
    throw new AppError("conflict", LAST_ADMIN_MESSAGE);
  if (member.id === actor.id && change.kind === "deactivate")
    throw new AppError("conflict", "errors.team.cannotDeactivateSelf");
  if (member.id === actor.id && change.kind === "reset")
    throw new AppError("conflict", "errors.team.cannotResetOwnPassword");
  return {
    id: member.id,
    role: member.role,
    active: member.active,
    hasSignedIn: member.lastLoginAt !== null,
    hasPassword: member.passwordHash !== null,
  };
}
