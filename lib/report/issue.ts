import "server-only";
import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import type { SessionUser } from "@/lib/auth/users";
import { now } from "@/lib/clock";
import { encryptField } from "@/lib/crypto/field-encryption";
import { verificationCode } from "@/lib/crypto/verification-code";
import { db } from "@/lib/db";
import { messagesFor } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { REPORT_ACTIONS, recordReportEvent } from "./audit";
import { loadReportContent, type ReportContent } from "./content";
import { nextFolio } from "./folio";
import { renderReport } from "./render";

export interface IssuedReport {
  folio: string;
  bytes: Buffer;
  sha256: string;
  fileName: string;
}

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** `reporte-verificacion-COT-2026-000123.pdf`, in the report's language. */
export function reportFileName(folio: string, locale: Locale): string {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "report" });
  return t("fileName", { folio });
}

/**
 * Issues a verification report of one pull (the newest when `snapshotId` is null) for `user`, in
 * `locale`: a new folio, the PDF, and a stored record of what re-renders it byte for byte. The
 * applicant's audit trail gets a line, and the export log too unless it is part of a `batch` (the
 * batch is one line of its own).
 */
export async function issueReport(
  user: SessionUser,
  input: { applicantId: string; snapshotId: string | null; locale: Locale },
  options: { at?: Date; batch?: boolean } = {},
): Promise<IssuedReport> {
  const issuedAt = options.at ?? now();
  const base = await loadReportContent({ user, ...input, issuedAt });
  const { timeZone } = await getOrganizationSettings();
  // The folio is printed on every page, so it is taken before rendering, in the transaction that
  // stores the report: a render that fails rolls the number back. Issuing is serialised on the
  // counter row for the length of one render (about 0.3 s).
  const issued = await db().$transaction(
    async (tx) => {
      const folio = await nextFolio(tx, issuedAt, timeZone);
      const stored = JSON.stringify({ ...base, folio, code: verificationCode(folio) });
      // Rendered from the stored text itself, so a re-render reads exactly what this one read.
      const bytes = await renderReport(JSON.parse(stored) as ReportContent);
      const sha256 = sha256Hex(bytes);
      await tx.verificationReport.create({
        data: {
          folio,
          applicantId: input.applicantId,
          subject: input.applicantId,
          snapshotId: base.snapshot.id,
          locale: input.locale,
          masked: base.masked,
          issuedById: user.id,
          issuedAt,
          sha256,
          byteSize: bytes.length,
          contentCiphertext: encryptField(stored),
        },
      });
      return { folio, bytes, sha256 };
    },
    { timeout: 30_000 },
  );
  const { folio, bytes, sha256 } = issued;
  await recordReportEvent({
    user,
    action: options.batch ? REPORT_ACTIONS.issuedInBatch : REPORT_ACTIONS.issued,
    applicantId: input.applicantId,
    masked: base.masked,
    details: { folio, snapshotId: base.snapshot.id, locale: input.locale },
  });
  return { folio, bytes, sha256, fileName: reportFileName(folio, input.locale) };
}
