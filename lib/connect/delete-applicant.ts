import "server-only";
import { belvoClientFromEnv, isBelvoError, type BelvoClient } from "@/lib/belvo";
import { canDeleteApplicants } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toAppError } from "./belvo-app-error";

/** Why an applicant was deleted, when not by a person's order (kept in the audit entry). */
export type DeletionReason = "blocking_period_ended";

/**
 * Deletes the Belvo link (and so Belvo's copy of the data), then every piece of the applicant's
 * personal data in Cotiza. The audit trail stays, pointing only to an opaque id.
 */
export async function deleteApplicant(
  user: SessionUser,
  applicantId: string,
  client: BelvoClient = belvoClientFromEnv(),
): Promise<void> {
  if (!canDeleteApplicants(user.role))
    throw new AppError("forbidden", "errors.applicant.deleteNotAllowed");
  await eraseApplicant(applicantId, { actorId: user.id }, client);
}

/**
 * Deletes a link at Belvo, and with it Belvo's copy of the data. Already gone is fine; anything
 * else stops the caller, or Belvo would keep the data.
 */
export async function deleteBelvoLink(belvoId: string, client: BelvoClient): Promise<void> {
  await client.links.delete(belvoId).catch((error: unknown) => {
    if (!(isBelvoError(error) && error.code === "not_found")) throw toAppError(error);
  });
}

/**
 * The deletion itself, for a person (`actorId`) or for the retention job (no actor, a reason).
 * Belvo's link goes first: if Belvo cannot delete it, Cotiza keeps its copy and says so.
 */
export async function eraseApplicant(
  applicantId: string,
  by: { actorId: string | null; reason?: DeletionReason },
  client: BelvoClient = belvoClientFromEnv(),
): Promise<void> {
  const applicant = await db().applicant.findUnique({
    where: { id: applicantId },
    select: { link: { select: { belvoId: true } } },
  });
  if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
  if (applicant.link) await deleteBelvoLink(applicant.link.belvoId, client);
  await db().$transaction(async (tx) => {
    await tx.auditEvent.updateMany({ where: { applicantId }, data: { applicantId: null } });
    await tx.invite.deleteMany({ where: { applicantId } });
    // Issued reports keep what proves them (folio, hash, when, to whom), not their content.
    await tx.verificationReport.updateMany({
      where: { applicantId },
      data: { contentCiphertext: null },
    });
    await tx.applicant.delete({ where: { id: applicantId } });
    await recordAudit(
      {
        actorId: by.actorId,
        action: "applicant.deleted",
        applicantId: null,
        subject: applicantId,
        details: by.reason ? { reason: by.reason } : undefined,
      },
      tx,
    );
  });
}
