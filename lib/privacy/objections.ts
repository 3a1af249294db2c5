import "server-only";
import { recordMonitoringStopped, stopMonitoringAtBelvo } from "@/lib/alerts/monitoring";
import { recordAudit } from "@/lib/audit";
import { canRecordPrivacyRights } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { syncPortfolioSignals } from "@/lib/signals/portfolio";
import type { ObjectionInput, ObjectionPurpose } from "./rights-input";
import { visibleApplicantById } from "./visible";

export { objectionInputSchema, objectionPurposeSchema } from "./rights-input";

// An ARCO opposition: the applicant opposes one use of their data, and Cotiza enforces it until
// it is withdrawn. MONITORING: monitoring stops at once and cannot be turned on (guards.ts).
// PORTFOLIO_SIGNALS: the applicant is left out of the signals that compare applicants
// (lib/signals/portfolio.ts), theirs and everyone else's, recomputed here.

function assertMayRecord(user: SessionUser) {
  if (!canRecordPrivacyRights(user.role))
    throw new AppError("forbidden", "errors.privacy.rightsNotAllowed");
}

async function findApplicant(applicantId: string, purpose: ObjectionPurpose) {
  const applicant = await db().applicant.findUnique({
    where: visibleApplicantById(applicantId),
    select: {
      currentEmployerId: true,
      nssHash: true,
      link: { select: { belvoId: true, accessMode: true } },
      objections: { where: { purpose }, select: { purpose: true } },
    },
  });
  if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
  return applicant;
}

/** The applicant's and their peers' comparison signals, now that the opposition changed. */
async function resyncComparisons(
  tx: Prisma.TransactionClient,
  applicantId: string,
  applicant: { currentEmployerId: string | null; nssHash: string | null },
) {
  await syncPortfolioSignals(tx, applicantId, {
    employerIds: [applicant.currentEmployerId],
    nssHashes: [applicant.nssHash],
  });
}

/**
 * Records an opposition (team leads and admins; one per purpose) and enforces it: monitoring is
 * stopped at Belvo first (if that fails nothing is recorded), or the comparison signals are
 * recomputed in the same transaction. Audited on the applicant's trail.
 */
export async function recordObjection(
  user: SessionUser,
  applicantId: string,
  input: ObjectionInput,
  client: BelvoClient = belvoClientFromEnv(),
) {
  assertMayRecord(user);
  const applicant = await findApplicant(applicantId, input.purpose);
  if (applicant.objections.length) throw new AppError("conflict", "errors.privacy.objectionExists");
  const stopsMonitoring =
    input.purpose === "MONITORING" && applicant.link?.accessMode === "RECURRENT";
  if (stopsMonitoring && applicant.link)
    await stopMonitoringAtBelvo(applicant.link.belvoId, client);
  return db().$transaction(async (tx) => {
    const { count } = await tx.dataObjection.createMany({
      data: [
        {
          applicantId,
          purpose: input.purpose,
          note: input.note,
          recordedById: user.id,
          recordedAt: now(),
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) throw new AppError("conflict", "errors.privacy.objectionExists");
    if (stopsMonitoring)
      await recordMonitoringStopped(tx, {
        actorId: user.id,
        applicantId,
        reason: "privacy.objection_recorded",
      });
    if (input.purpose === "PORTFOLIO_SIGNALS") await resyncComparisons(tx, applicantId, applicant);
    await recordAudit(
      {
        actorId: user.id,
        action: "privacy.objection_recorded",
        applicantId,
        details: { purpose: input.purpose, monitoringStopped: stopsMonitoring },
      },
      tx,
    );
    return { purpose: input.purpose };
  });
}

/**
 * Withdraws an opposition (team leads and admins): the use is allowed again. Monitoring does not
 * restart by itself (it needs the applicant's consent again); comparisons are recomputed. Audited.
 */
export async function withdrawObjection(
  user: SessionUser,
  applicantId: string,
  purpose: ObjectionPurpose,
) {
  assertMayRecord(user);
  const applicant = await findApplicant(applicantId, purpose);
  return db().$transaction(async (tx) => {
    const { count } = await tx.dataObjection.deleteMany({ where: { applicantId, purpose } });
    if (count === 0) throw new AppError("not_found", "errors.privacy.objectionNotFound");
    if (purpose === "PORTFOLIO_SIGNALS") await resyncComparisons(tx, applicantId, applicant);
    await recordAudit(
      {
        actorId: user.id,
        action: "privacy.objection_withdrawn",
        applicantId,
        details: { purpose },
      },
      tx,
    );
    return { purpose };
  });
}
