import "server-only";
import { canSeeIdentifiers } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REPORT_ACTIONS, recordReportEvent } from "./audit";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";

/** The institution documents of an applicant's pulls, by snapshot id (status only, no file). */
export async function institutionDocuments(applicantId: string) {
  const rows = await db().institutionDocument.findMany({
    where: { snapshot: { applicantId } },
    select: { snapshotId: true, title: true, status: true, byteSize: true },
  });
  return new Map(rows.map((row) => [row.snapshotId, row]));
}

/**
 * IMSS's own PDF of one pull, for a role that may see identifiers (it prints the CURP and NSS in
 * clear); audited on the applicant's trail and in the export log.
 */
export async function downloadInstitutionDocument(
  user: SessionUser,
  applicantId: string,
  snapshotId: string,
) {
  if (!canSeeIdentifiers(user.role)) throw new AppError("forbidden");
  const document = await db().institutionDocument.findFirst({
    where: { snapshotId, snapshot: { applicantId, applicant: VISIBLE_APPLICANT } },
  });
  if (!document) throw new AppError("not_found", "errors.report.documentNotFound");
  if (document.status !== "stored" || !document.contentCiphertext)
    throw new AppError("not_found", "errors.report.documentNotStored");
  const bytes = Buffer.from(decryptField(document.contentCiphertext), "base64");
  await recordReportEvent({
    user,
    action: REPORT_ACTIONS.documentDownloaded,
    applicantId,
    masked: false,
    details: { snapshotId, title: document.title },
  });
  const name = document.title.replace(/[^A-Za-z0-9_-]/g, "") || "documento";
  return { bytes, fileName: `${name}.pdf`, sha256: document.sha256 ?? "" };
}
