import "server-only";
import { recordAudit } from "@/lib/audit";
import { canRecordPrivacyRights } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DisputeInput } from "./rights-input";
import { visibleApplicantById } from "./visible";

export { disputeInputSchema } from "./rights-input";

/**
 * Notes that the applicant disputes a datum (ARCO rectification; team leads and admins). Cotiza
 * does not edit the institution's records: the page shows the dispute beside the data, and a
 * refresh re-reads the source. Audited on the applicant's trail (without the applicant's words,
 * which stay in the dispute).
 */
export async function recordDispute(user: SessionUser, applicantId: string, input: DisputeInput) {
  if (!canRecordPrivacyRights(user.role))
    throw new AppError("forbidden", "errors.privacy.rightsNotAllowed");
  return db().$transaction(async (tx) => {
    const applicant = await tx.applicant.findUnique({
      where: visibleApplicantById(applicantId),
      select: { id: true },
    });
    if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
    const dispute = await tx.dataDispute.create({
      data: {
        applicantId,
        subject: input.subject,
        reason: input.reason,
        recordedById: user.id,
        recordedAt: now(),
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "privacy.dispute_recorded",
        applicantId,
        details: { disputeId: dispute.id },
      },
      tx,
    );
    return { id: dispute.id };
  });
}
