import "server-only";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { REPORT_ACTIONS, recordReportEvent } from "./audit";
import { normalizeFolio } from "./folio";
import { sha256Hex } from "./issue";
import type { VerificationResult } from "./verify-result";

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export const UNKNOWN_FOLIO_ACTION = "report.verification_unknown_folio";

/**
 * Whether Cotiza issued exactly the file whose SHA-256 is `sha256` under `folio`: same folio and
 * same hash. A file changed by one byte has another hash and is refused. Every check is audited
 * (on the applicant's trail when the folio is known).
 */
export async function verifyReport(
  user: SessionUser,
  input: { folio: string; sha256?: string; file?: Uint8Array },
): Promise<VerificationResult> {
  const folio = normalizeFolio(input.folio) ?? input.folio.trim().toUpperCase();
  const sha256 = input.file ? sha256Hex(input.file) : (input.sha256 ?? "").trim().toLowerCase();
  const report = normalizeFolio(folio)
    ? await db().verificationReport.findUnique({
        where: { folio },
        include: {
          issuedBy: { select: { name: true } },
          applicant: { select: { id: true, name: true, reference: true, blockedAt: true } },
          snapshot: { select: { id: true, collectedAt: true } },
        },
      })
    : null;
  if (!report) {
    await recordAudit({
      actorId: user.id,
      action: UNKNOWN_FOLIO_ACTION,
      subject: `folio:${folio.slice(0, 40)}`,
    });
    return { outcome: "unknown", folio };
  }
  const match = SHA256_PATTERN.test(sha256) && sha256 === report.sha256;
  await recordReportEvent({
    user,
    action: match ? REPORT_ACTIONS.verified : REPORT_ACTIONS.verificationFailed,
    applicantId: report.applicantId,
    subject: report.subject,
    masked: report.masked,
    details: { folio, by: input.file ? "file" : "sha256" },
  });
  if (!match) return { outcome: "mismatch", folio };
  const visible = report.applicant?.blockedAt ? null : report.applicant;
  return {
    outcome: "match",
    folio,
    issuedAt: report.issuedAt.toISOString(),
    issuedTo: report.issuedBy?.name ?? null,
    // A blocked applicant is named as a deleted one would be: not at all, nor their pull.
    applicant: visible
      ? { id: visible.id, name: visible.name, reference: visible.reference }
      : null,
    snapshot:
      visible && report.snapshot
        ? { id: report.snapshot.id, collectedAt: report.snapshot.collectedAt.toISOString() }
        : null,
    masked: report.masked,
    byteSize: report.byteSize,
  };
}
