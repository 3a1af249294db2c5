import "server-only";
import type { AlertKind, AlertSeverity } from "@/lib/alerts/rules";
import type { CurrentEmploymentSnapshot } from "@/lib/belvo";
import { maskEmail, maskIdentifier } from "@/lib/applicant/mask";
import { canRevealIdentifiers } from "@/lib/auth/permissions";
import { decryptField } from "@/lib/crypto/field-encryption";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dailyQueries } from "@/lib/connect/query-guard";
import { snapshotView } from "./snapshot-view";
import { visibleApplicantById } from "@/lib/privacy/visible";

const reveal = (ciphertext: string | null | undefined) =>
  ciphertext ? decryptField(ciphertext) : null;

/** The current employment without its identifiers: those are shown (or masked) in one place. */
function withoutIdentifiers(payloadCiphertext: string) {
  const { documents: _documents, ...rest } = JSON.parse(
    decryptField(payloadCiphertext),
  ) as CurrentEmploymentSnapshot;
  return rest;
}

/**
 * Everything the applicant page shows. Identifiers are always masked here, whatever the role:
 * those who need them in clear ask for them with a reason (`revealIdentifiers`).
 */
export async function getApplicantDetail(user: SessionUser, id: string) {
  const applicant = await db().applicant.findUnique({
    where: visibleApplicantById(id),
    include: {
      link: true,
      consents: {
        orderBy: { acceptedAt: "desc" },
        include: { capturedBy: { select: { name: true } } },
      },
      snapshots: {
        orderBy: { collectedAt: "desc" },
        include: {
          scores: { orderBy: { period: "asc" } },
          jobs: {
            orderBy: { position: "asc" },
            include: { movements: { orderBy: { position: "asc" } } },
          },
        },
      },
      changes: { orderBy: { createdAt: "desc" }, take: 50 },
      currentEmployments: { orderBy: { collectedAt: "desc" }, take: 1 },
      assignedTo: { select: { id: true, name: true } },
      _count: { select: { alerts: { where: { status: { not: "RESOLVED" } } } } },
      alerts: {
        where: { status: { not: "RESOLVED" } },
        // Newest first; of one pull's alerts, the most severe first (HIGH is declared first).
        orderBy: [{ createdAt: "desc" }, { severity: "asc" }, { id: "desc" }],
        take: 10,
        select: { id: true, kind: true, severity: true, status: true, details: true },
      },
    },
  });
  if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");

  const curp = reveal(applicant.curpCiphertext);
  const latest = applicant.snapshots[0];
  await recordAudit({ actorId: user.id, action: "applicant.viewed", applicantId: id });
  const current = applicant.currentEmployments[0];
  const queries = curp ? await dailyQueries(curp) : null;

  return {
    id: applicant.id,
    name: applicant.name,
    reference: applicant.reference,
    institution: applicant.institution,
    createdAt: applicant.createdAt.toISOString(),
    declaredMonthlyIncome: applicant.declaredMonthlyIncome?.toFixed(2) ?? null,
    assignedTo: applicant.assignedTo,
    decisionStatus: applicant.decisionStatus,
    /** The stored summary the decision rules read (lib/applicant/decision-rules.ts). */
    storedFlags: applicant.flags,
    score12: applicant.score12,
    /** Whether this reader may ask for the identifiers in clear (with a reason). */
    canRevealIdentifiers: canRevealIdentifiers(user.role),
    identifiers: {
      curp: maskIdentifier(curp),
      nss: maskIdentifier(reveal(latest?.nssCiphertext)),
      rfc: maskIdentifier(reveal(latest?.rfcCiphertext)),
      email: maskEmail(reveal(applicant.emailCiphertext)),
    },
    link: applicant.link && {
      status: applicant.link.status,
      accessMode: applicant.link.accessMode,
      refreshRate: applicant.link.refreshRate,
      lastAccessedAt: applicant.link.lastAccessedAt?.toISOString() ?? null,
      createdAt: applicant.link.belvoCreatedAt.toISOString(),
    },
    consents: applicant.consents.map((consent) => ({
      privacyNoticeVersion: consent.privacyNoticeVersion,
      acceptedAt: consent.acceptedAt.toISOString(),
      channel: consent.channel,
      purpose: consent.purpose,
      capturedBy: consent.capturedBy?.name ?? null,
    })),
    snapshots: applicant.snapshots.map(snapshotView),
    unresolvedAlertCount: applicant._count.alerts,
    openAlerts: applicant.alerts.map((alert) => ({
      id: alert.id,
      kind: alert.kind as AlertKind,
      severity: alert.severity as AlertSeverity,
      status: alert.status,
      details: alert.details as Record<string, string | number | null>,
    })),
    changes: applicant.changes.map((change) => ({
      id: change.id,
      kind: change.kind,
      details: change.details as Record<string, string | number | null>,
      snapshotId: change.snapshotId,
      createdAt: change.createdAt.toISOString(),
    })),
    currentEmployment: current ? withoutIdentifiers(current.payloadCiphertext) : null,
    queries:
      !queries || queries.allowed
        ? { remaining: queries?.remaining ?? null, availableAt: null }
        : { remaining: 0, availableAt: queries.availableAt.toISOString() },
  };
}

export type ApplicantDetail = Awaited<ReturnType<typeof getApplicantDetail>>;

export const IDENTIFIERS_REVEALED = "applicant.identifiers_revealed";

/**
 * One applicant's CURP, NSS, RFC and email in clear, for a role that may reveal them, with the
 * reader's reason. The audit trail records the reveal and the reason, never the identifiers.
 */
export async function revealIdentifiers(user: SessionUser, id: string, reason: string) {
  if (!canRevealIdentifiers(user.role)) throw new AppError("forbidden");
  const applicant = await db().applicant.findUnique({
    where: visibleApplicantById(id),
    select: {
      curpCiphertext: true,
      emailCiphertext: true,
      snapshots: {
        orderBy: [{ collectedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { nssCiphertext: true, rfcCiphertext: true },
      },
    },
  });
  if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
  await recordAudit({
    actorId: user.id,
    action: IDENTIFIERS_REVEALED,
    applicantId: id,
    details: { reason },
  });
  const latest = applicant.snapshots[0];
  return {
    curp: reveal(applicant.curpCiphertext),
    nss: reveal(latest?.nssCiphertext),
    rfc: reveal(latest?.rfcCiphertext),
    email: reveal(applicant.emailCiphertext),
  };
}

export type RevealedIdentifiers = Awaited<ReturnType<typeof revealIdentifiers>>;
