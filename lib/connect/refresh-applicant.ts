import "server-only";
import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { decryptField } from "@/lib/crypto/field-encryption";
import { raiseAlerts } from "@/lib/alerts/raise";
import { SEVERITY } from "@/lib/alerts/rules";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toAppError } from "./belvo-app-error";
import { INSTITUTIONS } from "./institutions";
import { withReservedQuery } from "./query-guard";
import { storeRecords } from "./store-records";
import { visibleApplicantById } from "@/lib/privacy/visible";
import { assertConsentNotRevoked } from "@/lib/privacy/guards";

/** A monitored applicant whose records could not be retrieved: the data may be out of date. */
async function recordsUnavailable(applicantId: string, error: AppError) {
  // The 24-hour limit refused the query before it left: nothing failed at the institution.
  if (error.code === "rate_limited") return;
  const kind = "RECORDS_UNAVAILABLE";
  await db().$transaction((tx) =>
    raiseAlerts(tx, {
      applicantId,
      drafts: [{ kind, severity: SEVERITY[kind], details: { reason: error.key } }],
      // One a day: pressing Refresh again after a failure does not alert again.
      sourceKey: () => `refresh:${applicantId}:${now().toISOString().slice(0, 10)}`,
    }),
  );
}

/** Pulls a new snapshot from Belvo (one IMSS query), refusing a 4th query of the CURP in 24 hours. */
export async function refreshApplicant(
  user: SessionUser,
  applicantId: string,
  client: BelvoClient = belvoClientFromEnv(),
): Promise<{ stored: number; changes: number }> {
  const applicant = await db().applicant.findUnique({
    where: visibleApplicantById(applicantId),
    select: {
      institution: true,
      curpCiphertext: true,
      link: { select: { belvoId: true, status: true, accessMode: true } },
    },
  });
  if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
  // Before the link check: a revoked consent deleted the link, and "reconnect" would be wrong.
  await assertConsentNotRevoked(applicantId);
  if (!applicant.link || applicant.link.status !== "VALID") {
    throw new AppError("conflict", "errors.connect.linkNeedsRenewal");
  }
  if (!applicant.curpCiphertext) {
    throw new AppError("conflict", "errors.connect.awaitingFirstRecords");
  }
  const curp = decryptField(applicant.curpCiphertext);
  const linkId = applicant.link.belvoId;
  // IMSS's own weeks report comes along (kept encrypted, see institution-document.ts).
  const attachPdf = INSTITUTIONS[applicant.institution].document;
  // Reserved atomically before the request: simultaneous refreshes cannot spend a 4th query.
  const records = await withReservedQuery(curp, "refresh", () =>
    client.employmentRecords.retrieve({ linkId, attachPdf }),
  ).catch(async (error: unknown) => {
    const appError = toAppError(error);
    if (applicant.link?.accessMode === "RECURRENT" && appError instanceof AppError)
      await recordsUnavailable(applicantId, appError);
    throw appError;
  });
  const stored = await storeRecords(applicantId, records);
  const changes = await db().snapshotChange.count({ where: { snapshotId: { in: stored } } });
  await recordAudit({
    actorId: user.id,
    action: "applicant.refreshed",
    applicantId,
    details: { snapshots: stored.length, changes },
  });
  return { stored: stored.length, changes };
}
