import "server-only";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The audit actions of reports and institution documents. Each lands in the applicant's audit
 * trail; all but the batch-issued one also make a line of the export log (a batch is one line of
 * its own, kind `reports`), so their details carry the export log's fields.
 */
export const REPORT_ACTIONS = {
  issued: "report.issued",
  issuedInBatch: "report.issued_in_batch",
  downloaded: "report.downloaded",
  verified: "report.verified",
  verificationFailed: "report.verification_failed",
  documentDownloaded: "institution_document.downloaded",
} as const;

export type ReportAction = (typeof REPORT_ACTIONS)[keyof typeof REPORT_ACTIONS];

/** The actions the export log lists besides CSV downloads (see lib/exports/log.ts). */
export const REPORT_LOG_ACTIONS: readonly ReportAction[] = [
  REPORT_ACTIONS.issued,
  REPORT_ACTIONS.downloaded,
  REPORT_ACTIONS.verified,
  REPORT_ACTIONS.verificationFailed,
  REPORT_ACTIONS.documentDownloaded,
];

/** The export log's kind of each logged action (`exports.kinds.<kind>` names it). */
const LOG_KIND = {
  [REPORT_ACTIONS.issued]: "report",
  [REPORT_ACTIONS.issuedInBatch]: "report",
  [REPORT_ACTIONS.downloaded]: "report",
  [REPORT_ACTIONS.verified]: "reportVerification",
  [REPORT_ACTIONS.verificationFailed]: "reportVerification",
  [REPORT_ACTIONS.documentDownloaded]: "institutionDocument",
} as const satisfies Record<ReportAction, string>;

/**
 * One audited report event. Details hold ids, the folio and how identifiers appeared, never the
 * identifiers or figures themselves.
 */
export async function recordReportEvent(
  input: {
    user: SessionUser | null;
    action: ReportAction;
    applicantId: string | null;
    /** The opaque subject of a report whose applicant was deleted. */
    subject?: string | null;
    masked: boolean;
    details?: Prisma.InputJsonObject;
  },
  client?: Prisma.TransactionClient,
): Promise<void> {
  const failed = input.action === REPORT_ACTIONS.verificationFailed;
  await recordAudit(
    {
      actorId: input.user?.id ?? null,
      action: input.action,
      applicantId: input.applicantId,
      subject: input.subject ?? input.applicantId,
      details: {
        kind: LOG_KIND[input.action],
        scope: "applicant",
        filters: {},
        columns: [],
        identifiers: input.masked ? "masked" : "clear",
        rows: 1,
        applicants: 1,
        outcome: failed ? "failed" : "complete",
        ...input.details,
      },
    },
    client,
  );
}
