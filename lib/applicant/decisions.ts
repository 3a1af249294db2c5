import "server-only";
import type { DecisionInput } from "@/lib/applicant/decision-input";
import {
  approvalRules,
  statusAfter,
  unacknowledged,
  type ApprovalRules,
} from "@/lib/applicant/decision-rules";
import { now } from "@/lib/clock";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";

type Tx = Prisma.TransactionClient;

/** The applicant's current decision: its newest one. */
export function currentDecision(tx: Tx, applicantId: string) {
  return tx.decision.findFirst({
    where: { applicantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/**
 * Records a decision, the applicant's new status and the audit event together. A recorded decision
 * is final: a new one must amend it, with a reason, and both stay in the history (a decision a team
 * lead returned needs no amendment). An approval lists every red flag as acknowledged; against a
 * red flag or a high-risk score it needs a note and, with the four-eyes rule on, a team lead's
 * sign-off. The note and the amendment reason never go into the audit details.
 */
export async function recordDecision(user: SessionUser, applicantId: string, input: DecisionInput) {
  const settings = await getOrganizationSettings();
  return db().$transaction(async (tx) => {
    // One decision at a time per applicant, on every replica: the row lock serialises them.
    const [applicant] = await tx.$queryRaw<{ flags: string[]; score12: number | null }[]>`
      SELECT flags, score_12 AS "score12" FROM applicants WHERE id = ${applicantId}::uuid AND blocked_at IS NULL FOR UPDATE`;
    if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
    const current = await currentDecision(tx, applicantId);
    const amendReason = input.amendReason ?? null;
    const amends = current && current.signOff !== "RETURNED" ? current : null;
    if (amends && amendReason === null)
      throw new AppError("conflict", "errors.decision.alreadyDecided");
    if (!amends && amendReason !== null)
      throw new AppError("conflict", "errors.decision.nothingToAmend");
    const rules = approvalRules({ ...applicant, fourEyes: settings.fourEyesApproval });
    const approving = input.outcome === "APPROVE";
    if (approving) requireApprovalRules(rules, input);
    const signOff = approving && rules.signOffRequired ? "REQUIRED" : null;
    const decidedAt = now();
    const created = await tx.decision.create({
      data: {
        applicantId,
        decidedById: user.id,
        outcome: input.outcome,
        reasonCode: input.reasonCode,
        note: input.note,
        acknowledgedFlags: approving ? rules.redFlags : [],
        amendsId: amends?.id ?? null,
        amendReason,
        signOff,
        createdAt: decidedAt,
      },
    });
    await tx.applicant.update({
      where: { id: applicantId },
      data: { decisionStatus: statusAfter(input.outcome, signOff), decidedAt },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: amends ? "applicant.decision_amended" : "applicant.decided",
        applicantId,
        details: {
          decisionId: created.id,
          outcome: input.outcome,
          reasonCode: input.reasonCode,
          hasNote: input.note !== null,
          acknowledgedFlags: created.acknowledgedFlags,
          signOff,
          ...(amends ? { amends: amends.id } : {}),
        },
      },
      tx,
    );
    if (signOff) await notifyTeamLeads(tx, applicantId, user.id);
    return { id: created.id, createdAt: decidedAt.toISOString(), signOff };
  });
}

function requireApprovalRules(rules: ApprovalRules, input: DecisionInput) {
  const missing = unacknowledged(rules, input.acknowledgedFlags ?? []);
  if (missing.length > 0)
    throw new AppError("bad_request", "errors.decision.acknowledgeFlags", undefined, {
      fields: { acknowledgedFlags: "errors.decision.acknowledgeFlags" },
      flags: missing,
    });
  if (rules.noteRequired && input.note === null)
    throw new AppError("bad_request", "errors.decision.noteRequired", undefined, {
      fields: { note: "errors.decision.noteRequired" },
    });
}

async function notifyTeamLeads(tx: Tx, applicantId: string, actorId: string) {
  const leads = await tx.user.findMany({
    where: { active: true, role: "TEAM_LEAD" },
    select: { id: true },
  });
  await notify(
    { userIds: leads.map((lead) => lead.id), kind: "signOffRequested", applicantId, actorId },
    tx,
  );
}

/** Every decision, newest first, with what it amends and its sign-off. */
export async function listDecisions(applicantId: string) {
  const rows = await db().decision.findMany({
    where: { applicantId, applicant: VISIBLE_APPLICANT },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      decidedBy: { select: { name: true } },
      signedOffBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    outcome: row.outcome,
    reasonCode: row.reasonCode,
    note: row.note,
    decidedById: row.decidedById,
    decidedBy: row.decidedBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    acknowledgedFlags: row.acknowledgedFlags,
    amendsId: row.amendsId,
    amendReason: row.amendReason,
    signOff: row.signOff,
    signedOffBy: row.signedOffBy?.name ?? null,
    signedOffAt: row.signedOffAt?.toISOString() ?? null,
    signOffNote: row.signOffNote,
  }));
}

export type DecisionView = Awaited<ReturnType<typeof listDecisions>>[number];
