import "server-only";
import { z } from "zod";
import { canAssignOthers } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";

/** The roles that work applicants, and so the only ones work is assigned to. */
export const ASSIGNEE_ROLES = ["UNDERWRITER", "TEAM_LEAD"] as const satisfies readonly Role[];

/** How many applicants one bulk assignment may move. */
export const MAX_BULK_ASSIGNMENT = 100;

/**
 * Who can be given work: active underwriters and team leads who can sign in (an invited person
 * who has not chosen a password yet cannot, nor can one whose password was reset).
 */
const ASSIGNABLE = {
  active: true,
  role: { in: [...ASSIGNEE_ROLES] },
  passwordHash: { not: null },
} satisfies Prisma.UserWhereInput;

export const bulkAssignmentSchema = z.object({
  applicantIds: z.array(z.uuid()).min(1).max(MAX_BULK_ASSIGNMENT),
  userId: z.uuid().nullable(),
});

/** Who an applicant can be assigned to, by name. */
export async function listAssignableUsers() {
  return db().user.findMany({
    where: ASSIGNABLE,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true },
  });
}

export type AssignableUser = Awaited<ReturnType<typeof listAssignableUsers>>[number];

type Tx = Prisma.TransactionClient;

async function requireAssignee(tx: Tx, userId: string) {
  const assignee = await tx.user.findFirst({
    where: { id: userId, ...ASSIGNABLE },
    select: { id: true },
  });
  if (!assignee)
    throw new AppError("bad_request", "errors.applicant.assigneeInactive", undefined, {
      fields: { userId: "errors.applicant.chooseActiveUser" },
    });
}

/**
 * Assigns applicants to a user (or unassigns them, with null) in one transaction, with one audit
 * event per applicant whose assignee changes. All or nothing: an unknown applicant, an assignee
 * who cannot take work, or one applicant the user may not move refuses the whole request.
 * Underwriters may only take applicants themselves or release their own; leads and admins
 * assign anyone.
 */
export async function assignApplicants(
  user: SessionUser,
  applicantIds: readonly string[],
  userId: string | null,
) {
  const ids = [...new Set(applicantIds)];
  return db().$transaction(async (tx) => {
    const found = await tx.applicant.findMany({
      where: { id: { in: ids }, ...VISIBLE_APPLICANT },
      select: { id: true, assignedToId: true },
    });
    if (found.length !== ids.length) throw new AppError("not_found", "errors.applicant.notFound");
    if (!canAssignOthers(user.role)) {
      const own = (applicant: { assignedToId: string | null }) =>
        userId === user.id || (userId === null && applicant.assignedToId === user.id);
      if (!found.every(own)) throw new AppError("forbidden", "errors.applicant.assignOwnOnly");
    }
    if (userId !== null) await requireAssignee(tx, userId);
    const changing = found.filter((applicant) => applicant.assignedToId !== userId);
    if (changing.length > 0) {
      await tx.applicant.updateMany({
        where: { id: { in: changing.map((applicant) => applicant.id) } },
        data: { assignedToId: userId },
      });
      // Unresolved alerts addressed to the former assignee follow the applicant (to the team
      // leads when unassigned); alerts for the team leads stay theirs.
      await tx.alert.updateMany({
        where: {
          applicantId: { in: changing.map((applicant) => applicant.id) },
          status: { not: "RESOLVED" },
          recipientId: { not: null },
        },
        data: { recipientId: userId },
      });
    }
    for (const applicant of changing) {
      await recordAudit(
        {
          actorId: user.id,
          action: userId ? "applicant.assigned" : "applicant.unassigned",
          applicantId: applicant.id,
          details: { from: applicant.assignedToId, to: userId },
        },
        tx,
      );
    }
    return { assignedToId: userId, changed: changing.length };
  });
}

/** Assigns (or unassigns, with null) one applicant; see `assignApplicants`. */
export async function assignApplicant(
  user: SessionUser,
  applicantId: string,
  userId: string | null,
) {
  const { changed } = await assignApplicants(user, [applicantId], userId);
  return { assignedToId: userId, changed: changed > 0 };
}
