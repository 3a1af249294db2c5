import "server-only";
import { canExportIdentifiers } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { REPORT_ACTIONS, recordReportEvent } from "./audit";
import type { ReportContent } from "./content";
import { normalizeFolio } from "./folio";
import { reportFileName, sha256Hex, type IssuedReport } from "./issue";
import { renderReport } from "./render";

/** A report with CURP, NSS and RFC in clear goes only to roles that may export them in clear. */
function mayDownload(user: SessionUser, report: { masked: boolean }) {
  return report.masked || canExportIdentifiers(user.role);
}

/**
 * An issued report again, byte for byte: re-rendered from its stored content and checked against
 * the hash recorded when it was issued. Audited as a download.
 */
export async function downloadIssuedReport(
  user: SessionUser,
  folioText: string,
): Promise<IssuedReport> {
  const folio = normalizeFolio(folioText);
  const report = folio
    ? await db().verificationReport.findUnique({
        where: { folio },
        include: { applicant: { select: { blockedAt: true } } },
      })
    : null;
  // A blocked applicant's report reads as its folio alone: the content is not handed out.
  if (report?.applicant?.blockedAt) throw new AppError("conflict", "errors.report.contentErased");
  if (!folio || !report) throw new AppError("not_found", "errors.report.folioNotFound");
  if (!mayDownload(user, report)) throw new AppError("forbidden");
  if (!report.contentCiphertext) throw new AppError("conflict", "errors.report.contentErased");
  const bytes = await renderReport(
    JSON.parse(decryptField(report.contentCiphertext)) as ReportContent,
  );
  const sha256 = sha256Hex(bytes);
  // Only a different renderer (a new version of Cotiza) could change the bytes: refuse rather
  // than hand out a file whose hash does not match the record.
  if (sha256 !== report.sha256) throw new AppError("conflict", "errors.report.notReproducible");
  await recordReportEvent({
    user,
    action: REPORT_ACTIONS.downloaded,
    applicantId: report.applicantId,
    subject: report.subject,
    masked: report.masked,
    details: { folio, snapshotId: report.snapshotId },
  });
  const locale = isLocale(report.locale) ? report.locale : "es";
  return { folio, bytes, sha256, fileName: reportFileName(folio, locale) };
}

/** The reports issued for an applicant, newest first, with whether this reader may download each. */
export async function listApplicantReports(user: SessionUser, applicantId: string) {
  const reports = await db().verificationReport.findMany({
    where: { applicantId },
    orderBy: [{ issuedAt: "desc" }, { folio: "desc" }],
    take: 50,
    select: {
      folio: true,
      issuedAt: true,
      locale: true,
      masked: true,
      byteSize: true,
      snapshot: { select: { collectedAt: true } },
      issuedBy: { select: { name: true } },
    },
  });
  return reports.map((report) => ({
    folio: report.folio,
    issuedAt: report.issuedAt.toISOString(),
    issuedBy: report.issuedBy?.name ?? null,
    locale: report.locale,
    masked: report.masked,
    byteSize: report.byteSize,
    dataAsOf: report.snapshot?.collectedAt.toISOString() ?? null,
    canDownload: mayDownload(user, report),
  }));
}

export type ApplicantReport = Awaited<ReturnType<typeof listApplicantReports>>[number];
