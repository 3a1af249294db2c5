import "server-only";
import type { SignOffInput } from "@/lib/applicant/decision-input";
import { statusAfter } from "@/lib/applicant/decision-rules";
import { currentDecision } from "@/lib/applicant/decisions";
import { recordAudit } from "@/lib/audit";
import { canSignOff } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";

/**
 * A team lead signs off an approval the four-eyes rule holds (it becomes final), or returns it to
 * the underwriter with a note (the applicant is pending again). Never one's own decision, and only
 * the applicant's current decision: an amended one is history.
 */
export async function signOffDecision(
  user: SessionUser,
  applicantId: string,
  decisionId: string,
  input: SignOffInput,
) {
  if (!canSignOff(user.role)) throw new AppError("forbidden", "errors.decision.signOffNotAllowed");
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM applicants WHERE id = ${applicantId}::uuid AND blocked_at IS NULL FOR UPDATE`;
    if (!locked) throw new AppError("not_found", "errors.applicant.notFound");
    const current = await currentDecision(tx, applicantId);
    if (current?.id !== decisionId) {
      const exists = await tx.decision.count({ where: { id: decisionId, applicantId } });
      if (!exists) throw new AppError("not_found", "errors.decision.notFound");
      throw new AppError("conflict", "errors.decision.notAwaitingSignOff");
    }
    if (current.signOff !== "REQUIRED")
      throw new AppError("conflict", "errors.decision.notAwaitingSignOff");
    if (current.decidedById === user.id)
      throw new AppError("forbidden", "errors.decision.ownSignOff");
    const signOff = input.action === "sign" ? "SIGNED" : "RETURNED";
    const at = now();
    await tx.decision.update({
      where: { id: decisionId },
      data: { signOff, signedOffById: user.id, signedOffAt: at, signOffNote: input.note },
    });
    await tx.applicant.update({
      where: { id: applicantId },
      data: {
        decisionStatus: statusAfter(current.outcome, signOff),
        decidedAt: signOff === "SIGNED" ? at : null,
      },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: signOff === "SIGNED" ? "applicant.signed_off" : "applicant.sign_off_returned",
        applicantId,
        details: { decisionId, hasNote: input.note !== null },
      },
      tx,
    );
    await notify(
      {
        userIds: [current.decidedById],
        kind: signOff === "SIGNED" ? "signedOff" : "returned",
        applicantId,
        actorId: user.id,
      },
      tx,
    );
    return { signOff, at: at.toISOString() };
  });
}
