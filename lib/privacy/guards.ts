import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ObjectionPurpose } from "./rights-input";

// What an applicant's revocation or opposition forbids, checked where the use starts: a refresh
// (a new query of the institution) and turning monitoring on.

/** Refuses a new query of the institution once the applicant has revoked their consent. */
export async function assertConsentNotRevoked(applicantId: string): Promise<void> {
  const revocation = await db().consentRevocation.findUnique({
    where: { applicantId },
    select: { applicantId: true },
  });
  if (revocation) throw new AppError("conflict", "errors.privacy.consentRevoked");
}

/** Refuses monitoring to an applicant who revoked their consent or opposed monitoring. */
export async function assertMonitoringAllowed(applicantId: string): Promise<void> {
  await assertConsentNotRevoked(applicantId);
  const objection = await db().dataObjection.findUnique({
    where: {
      applicantId_purpose: { applicantId, purpose: "MONITORING" satisfies ObjectionPurpose },
    },
    select: { applicantId: true },
  });
  if (objection) throw new AppError("conflict", "errors.privacy.monitoringOpposed");
}
