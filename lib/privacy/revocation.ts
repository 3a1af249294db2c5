import "server-only";
import { recordMonitoringStopped } from "@/lib/alerts/monitoring";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { now, today } from "@/lib/clock";
import { deleteBelvoLink } from "@/lib/connect/delete-applicant";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOrganizationSettings } from "@/lib/settings/organization";
import type { RevocationInput } from "./rights-input";
import { visibleApplicantById } from "./visible";

export { revocationInputSchema } from "./rights-input";

/**
 * Records that the applicant withdrew their consent (any reviewer who sees them; once). Cotiza
 * stops monitoring and deletes the Belvo link (Belvo first: if it fails nothing is recorded and
 * the reviewer tries again), keeps the records it already stored, refuses new queries from then
 * on, and the retention schedule counts from `recordedAt`. Audited on the applicant's trail.
 */
export async function revokeConsent(
  user: SessionUser,
  applicantId: string,
  input: RevocationInput,
  client: BelvoClient = belvoClientFromEnv(),
) {
  const { timeZone } = await getOrganizationSettings();
  if (input.revokedOn > today(timeZone))
    throw new AppError("bad_request", "errors.privacy.revokedOnFuture", undefined, {
      fields: { revokedOn: "privacy.rights.validation.revokedOnFuture" },
    });
  const applicant = await db().applicant.findUnique({
    where: visibleApplicantById(applicantId),
    select: {
      consentRevocation: { select: { applicantId: true } },
      link: { select: { belvoId: true, accessMode: true } },
    },
  });
  if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
  if (applicant.consentRevocation) throw new AppError("conflict", "errors.privacy.alreadyRevoked");
  const { link } = applicant;
  if (link) await deleteBelvoLink(link.belvoId, client);
  return db().$transaction(async (tx) => {
    const { count } = await tx.consentRevocation.createMany({
      data: [
        {
          applicantId,
          revokedOn: new Date(`${input.revokedOn}T00:00:00.000Z`),
          channel: input.channel,
          note: input.note ?? null,
          recordedById: user.id,
          recordedAt: now(),
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) throw new AppError("conflict", "errors.privacy.alreadyRevoked");
    if (link?.accessMode === "RECURRENT")
      await recordMonitoringStopped(tx, {
        actorId: user.id,
        applicantId,
        reason: "privacy.consent_revoked",
      });
    // The stored records stay; the page and the queue read a missing link as none, and a trigger
    // clears applicants.link_status.
    if (link) await tx.link.deleteMany({ where: { applicantId } });
    await recordAudit(
      {
        actorId: user.id,
        action: "privacy.consent_revoked",
        applicantId,
        details: {
          revokedOn: input.revokedOn,
          channel: input.channel,
          linkDeleted: link !== null,
        },
      },
      tx,
    );
    return { revokedOn: input.revokedOn };
  });
}
