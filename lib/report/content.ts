import "server-only";
import { maskIdentifier } from "@/lib/applicant/mask";
import { snapshotView, type SnapshotView } from "@/lib/applicant/snapshot-view";
import { canExportIdentifiers } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DecisionOutcome, SignOffState } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { InstitutionCode } from "@/lib/metrics/snapshot-figures";
import type { ReferenceYear } from "@/lib/metrics/reference-values";
import { getOrganizationSettings, listReferenceYears } from "@/lib/settings/organization";
import { visibleApplicantById } from "@/lib/privacy/visible";

/**
 * Everything a verification report shows, as it stood when the report was issued. It is stored
 * (encrypted) with the report, and the PDF is a pure function of it (`render.tsx`): re-rendering
 * gives the same bytes even after a newer decision, a settings change or a new pull.
 */
export interface ReportContent {
  /** 2 from the risk-signal flags on: a version 1 report is re-rendered without them. */
  version: 1 | 2;
  folio: string;
  /** The short verification code printed on every page (lib/crypto/verification-code.ts). */
  code: string;
  issuedAt: string;
  issuedBy: string;
  locale: Locale;
  /** Whether CURP, NSS and RFC are masked (the issuer's role may not export them in clear). */
  masked: boolean;
  /** The lender's name from Settings; null while an admin has not set it. */
  organizationName: string | null;
  applicant: {
    id: string;
    name: string;
    reference: string;
    institution: InstitutionCode;
    declaredMonthlyIncome: string | null;
    /** When the applicant was added (an ISO instant); absent from reports issued before it was kept. */
    appliedAt?: string;
    curp: string | null;
    nss: string | null;
    rfc: string | null;
  };
  consent: {
    privacyNoticeVersion: string;
    acceptedAt: string;
    channel: string;
    capturedBy: string | null;
  } | null;
  snapshot: SnapshotView;
  /** Whether this was the applicant's newest pull when the report was issued. */
  latest: boolean;
  /** The figure settings the page used then: time zone, flag window, tolerance, UMA table. */
  settings: {
    timeZone: string;
    flagWindowMonths: number;
    declaredIncomeTolerancePct: number;
    reference: ReferenceYear[];
  };
  /** The applicant's current decision when the report was issued (its free-text note left out). */
  decision: {
    outcome: DecisionOutcome;
    reasonCode: string;
    decidedBy: string | null;
    createdAt: string;
    signOff: SignOffState | null;
    signedOffBy: string | null;
    signedOffAt: string | null;
  } | null;
}

const reveal = (ciphertext: string | null | undefined, clear: boolean) => {
  if (!ciphertext) return null;
  const value = decryptField(ciphertext);
  return clear ? value : maskIdentifier(value);
};

/** Which pull a report covers: the one named (it must be the applicant's), else the newest. */
async function chooseSnapshot(applicantId: string, snapshotId: string | null) {
  const snapshots = await db().snapshot.findMany({
    where: { applicantId },
    orderBy: [{ collectedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  const chosen = snapshotId ? snapshots.find((s) => s.id === snapshotId) : snapshots[0];
  if (!chosen) {
    throw snapshotId
      ? new AppError("not_found", "errors.report.snapshotNotFound")
      : new AppError("conflict", "errors.report.noRecords");
  }
  const snapshot = await db().snapshot.findUniqueOrThrow({
    where: { id: chosen.id },
    include: {
      scores: { orderBy: { period: "asc" } },
      jobs: {
        orderBy: { position: "asc" },
        include: { movements: { orderBy: { position: "asc" } } },
      },
    },
  });
  return { snapshot, latest: chosen.id === snapshots[0]?.id };
}

/** Reads what a report of one pull shows, for `user`, in `locale`; folio and code come later. */
export async function loadReportContent(options: {
  user: SessionUser;
  applicantId: string;
  snapshotId: string | null;
  locale: Locale;
  issuedAt: Date;
}): Promise<Omit<ReportContent, "folio" | "code">> {
  const { user, applicantId } = options;
  const applicant = await db().applicant.findUnique({
    where: visibleApplicantById(applicantId),
    include: {
      // The consent to this verification, not a later one to monitoring.
      consents: {
        where: { purpose: "VERIFICATION" },
        orderBy: { acceptedAt: "desc" },
        take: 1,
        include: { capturedBy: { select: { name: true } } },
      },
      decisions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        include: {
          decidedBy: { select: { name: true } },
          signedOffBy: { select: { name: true } },
        },
      },
    },
  });
  if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
  const [{ snapshot, latest }, organization, years, issuer] = await Promise.all([
    chooseSnapshot(applicantId, options.snapshotId),
    getOrganizationSettings(),
    listReferenceYears(),
    db().user.findUnique({ where: { id: user.id }, select: { name: true } }),
  ]);
  const clear = canExportIdentifiers(user.role);
  const consent = applicant.consents[0];
  const decision = applicant.decisions[0];
  return {
    version: 2,
    issuedAt: options.issuedAt.toISOString(),
    issuedBy: issuer?.name ?? user.name,
    locale: options.locale,
    masked: !clear,
    organizationName: organization.organizationName,
    applicant: {
      id: applicant.id,
      name: applicant.name,
      reference: applicant.reference,
      institution: applicant.institution,
      declaredMonthlyIncome: applicant.declaredMonthlyIncome?.toFixed(2) ?? null,
      appliedAt: applicant.createdAt.toISOString(),
      curp: reveal(applicant.curpCiphertext, clear),
      nss: reveal(snapshot.nssCiphertext, clear),
      rfc: reveal(snapshot.rfcCiphertext, clear),
    },
    consent: consent
      ? {
          privacyNoticeVersion: consent.privacyNoticeVersion,
          acceptedAt: consent.acceptedAt.toISOString(),
          channel: consent.channel,
          capturedBy: consent.capturedBy?.name ?? null,
        }
      : null,
    snapshot: snapshotView(snapshot),
    latest,
    settings: {
      timeZone: organization.timeZone,
      flagWindowMonths: organization.flagWindowMonths,
      declaredIncomeTolerancePct: organization.declaredIncomeTolerancePct,
      reference: years,
    },
    decision: decision
      ? {
          outcome: decision.outcome,
          reasonCode: decision.reasonCode,
          decidedBy: decision.decidedBy?.name ?? null,
          createdAt: decision.createdAt.toISOString(),
          signOff: decision.signOff,
          signedOffBy: decision.signedOffBy?.name ?? null,
          signedOffAt: decision.signedOffAt?.toISOString() ?? null,
        }
      : null,
  };
}
