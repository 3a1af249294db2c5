import "server-only";
import { isoDate } from "@/lib/dates";
import { db } from "@/lib/db";
import type { ObjectionPurpose, RevocationChannel } from "./rights-input";

/**
 * What the applicant page's privacy card shows besides the consents: the revocation, the
 * oppositions in force and the disputed data, each with who recorded it and when. The caller has
 * already read the applicant (and so checked it is visible).
 */
export async function loadApplicantRights(applicantId: string) {
  const recordedBy = { select: { name: true } } as const;
  const [revocation, objections, disputes] = await Promise.all([
    db().consentRevocation.findUnique({ where: { applicantId }, include: { recordedBy } }),
    db().dataObjection.findMany({
      where: { applicantId },
      orderBy: { recordedAt: "asc" },
      include: { recordedBy },
    }),
    db().dataDispute.findMany({
      where: { applicantId },
      orderBy: { recordedAt: "desc" },
      include: { recordedBy },
    }),
  ]);
  return {
    revocation: revocation && {
      revokedOn: isoDate(revocation.revokedOn),
      channel: revocation.channel as RevocationChannel,
      note: revocation.note,
      recordedBy: revocation.recordedBy?.name ?? null,
      recordedAt: revocation.recordedAt.toISOString(),
    },
    objections: objections.map((objection) => ({
      purpose: objection.purpose as ObjectionPurpose,
      note: objection.note,
      recordedBy: objection.recordedBy?.name ?? null,
      recordedAt: objection.recordedAt.toISOString(),
    })),
    disputes: disputes.map((dispute) => ({
      id: dispute.id,
      subject: dispute.subject,
      reason: dispute.reason,
      recordedBy: dispute.recordedBy?.name ?? null,
      recordedAt: dispute.recordedAt.toISOString(),
    })),
  };
}

export type ApplicantRights = Awaited<ReturnType<typeof loadApplicantRights>>;
