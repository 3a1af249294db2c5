import "server-only";
import type { DecisionInput } from "@/lib/applicant/decision-reasons";
import { canAssignOthers } from "@/lib/auth/permissions";
import { now } from "@/lib/clock";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

async function requireApplicant(id: string) {
  const found = await db().applicant.findUnique({
    where: { id },
    select: { id: true, assignedToId: true },
  });
  if (!found) throw new AppError("not_found", "errors.applicant.notFound");
  return found;
}

/** Records a decision and its audit event together; the note never goes into the audit details. */
export async function recordDecision(user: SessionUser, applicantId: string, input: DecisionInput) {
  await requireApplicant(applicantId);
  const decision = await db().$transaction(async (tx) => {
    const created = await tx.decision.create({
      data: {
        applicantId,
        decidedById: user.id,
        outcome: input.outcome,
        reasonCode: input.reasonCode,
        note: input.note,
        createdAt: now(),
      },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "applicant.decided",
        applicantId,
        details: {
          decisionId: created.id,
          outcome: input.outcome,
          reasonCode: input.reasonCode,
          hasNote: input.note !== null,
        },
      },
      tx,
    );
    return created;
  });
  return { id: decision.id, createdAt: decision.createdAt.toISOString() };
}

export async function listDecisions(applicantId: string) {
  const rows = await db().decision.findMany({
    where: { applicantId },
    orderBy: { createdAt: "desc" },
    include: { decidedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    outcome: row.outcome,
    reasonCode: row.reasonCode,
    note: row.note,
    decidedBy: row.decidedBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}

export type DecisionView = Awaited<ReturnType<typeof listDecisions>>[number];

/** Assigns (or unassigns, with null) an applicant; underwriters may only take or release it. */
export async function assignApplicant(
  user: SessionUser,
  applicantId: string,
  userId: string | null,
) {
  const applicant = await requireApplicant(applicantId);
  if (!canAssignOthers(user.role)) {
    const own = userId === user.id || (userId === null && applicant.assignedToId === user.id);
    if (!own) throw new AppError("forbidden", "errors.applicant.assignOwnOnly");
  }
  if (userId !== null) {
    const assignee = await db().user.findUnique({
      where: { id: userId },
      select: { active: true },
    });
    if (!assignee?.active)
      throw new AppError("bad_request", "errors.applicant.assigneeInactive", undefined, {
        fields: { userId: "errors.applicant.chooseActiveUser" },
      });
  }
  if (applicant.assignedToId === userId) return { assignedToId: userId, changed: false };
  await db().$transaction(async (tx) => {
    await tx.applicant.update({ where: { id: applicantId }, data: { assignedToId: userId } });
    await recordAudit(
      {
        actorId: user.id,
        action: userId ? "applicant.assigned" : "applicant.unassigned",
        applicantId,
        details: { from: applicant.assignedToId, to: userId },
      },
      tx,
    );
  });
  return { assignedToId: userId, changed: true };
}

/** Who an applicant can be assigned to: active users, by name. */
export async function listAssignableUsers() {
  return db().user.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
