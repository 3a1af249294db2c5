import "server-only";
import { db } from "@/lib/db";

/** Stored audit action → its catalog key (`audit.actions.<key>`). */
const ACTION_KEYS = {
  "applicant.viewed": "applicantViewed",
  // Before identifiers were revealed on demand, a lead's page view showed them.
  "applicant.viewed_identifiers": "applicantViewedIdentifiers",
  "applicant.identifiers_revealed": "applicantIdentifiersRevealed",
  "applicant.decided": "applicantDecided",
  "applicant.decision_amended": "applicantDecisionAmended",
  "applicant.signed_off": "applicantSignedOff",
  "applicant.sign_off_returned": "applicantSignOffReturned",
  "applicant.assigned": "applicantAssigned",
  "applicant.unassigned": "applicantUnassigned",
  "applicant.refreshed": "applicantRefreshed",
  "applicant.connected": "applicantConnected",
  "applicant.deleted": "applicantDeleted",
  "export.downloaded": "exportDownloaded",
  "link.status_changed": "linkStatusChanged",
  "webhook.records_synced": "webhookRecordsSynced",
  "invite.created": "inviteCreated",
  "user.invited": "userInvited",
  "user.role_changed": "userRoleChanged",
  "user.password_reset": "userPasswordReset",
  "user.password_set": "userPasswordSet",
  "settings.figures_updated": "settingsFiguresUpdated",
  "settings.decision_rules_updated": "settingsDecisionRulesUpdated",
  "settings.reference_year_saved": "settingsReferenceYearSaved",
  "settings.organization_updated": "settingsOrganizationUpdated",
  "settings.monitoring_updated": "settingsMonitoringUpdated",
  "report.issued": "reportIssued",
  "report.issued_in_batch": "reportIssuedInBatch",
  "report.downloaded": "reportDownloaded",
  "report.verified": "reportVerified",
  "report.verification_failed": "reportVerificationFailed",
  "report.verification_unknown_folio": "reportVerificationUnknownFolio",
  "institution_document.downloaded": "institutionDocumentDownloaded",
  "auth.sign_in_throttled": "authSignInThrottled",
  "auth.account_locked": "authAccountLocked",
  "auth.account_unlocked": "authAccountUnlocked",
  "alert.raised": "alertRaised",
  "alert.acknowledged": "alertAcknowledged",
  "alert.resolved": "alertResolved",
  "applicant.monitoring_started": "applicantMonitoringStarted",
  "applicant.monitoring_stopped": "applicantMonitoringStopped",
  "applicant.signal_dismissed": "applicantSignalDismissed",
  "privacy.arco_registered": "privacyArcoRegistered",
  "privacy.arco_answered": "privacyArcoAnswered",
  "privacy.access_package_downloaded": "privacyAccessPackageDownloaded",
  "privacy.notice_added": "privacyNoticeAdded",
  "privacy.rest_day_added": "privacyRestDayAdded",
  "settings.arco_period_updated": "settingsArcoPeriodUpdated",
  "settings.retention_updated": "settingsRetentionUpdated",
  "privacy.applicant_blocked": "privacyApplicantBlocked",
  "privacy.retention_run": "privacyRetentionRun",
  "privacy.consent_revoked": "privacyConsentRevoked",
  "privacy.objection_recorded": "privacyObjectionRecorded",
  "privacy.objection_withdrawn": "privacyObjectionWithdrawn",
  "privacy.dispute_recorded": "privacyDisputeRecorded",
} as const;

export type AuditActionKey = (typeof ACTION_KEYS)[keyof typeof ACTION_KEYS];

/** The catalog key of an action's words, or null for an action this version does not know. */
export function auditActionKey(action: string): AuditActionKey | null {
  const keys: Record<string, AuditActionKey> = ACTION_KEYS;
  return Object.hasOwn(keys, action) ? (keys[action] ?? null) : null;
}

/** The actions whose details keep the reader's own reason (for identifiers shown in clear). */
const REASON_ACTIONS: readonly string[] = [
  "applicant.identifiers_revealed",
  "export.downloaded",
  "applicant.signal_dismissed",
];

function reasonOf(action: string, details: Record<string, unknown>): string | null {
  return REASON_ACTIONS.includes(action) && typeof details.reason === "string"
    ? details.reason
    : null;
}

/**
 * The audit trail of one applicant, newest first. Views are many (one per page load), so a run of
 * consecutive views by the same person is folded into one entry with a count.
 */
export async function getApplicantAuditTrail(applicantId: string, limit = 200) {
  const events = await db().auditEvent.findMany({
    where: { applicantId },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { actor: { select: { name: true } } },
  });
  const trail: {
    id: string;
    action: string;
    /** `audit.actions.<labelKey>`; null shows the raw action. */
    labelKey: AuditActionKey | null;
    actor: string | null;
    at: string;
    count: number;
    details: Record<string, unknown>;
    /** Why the identifiers were shown or exported in clear, in the reader's words. */
    reason: string | null;
    /** The verification report the entry is about. */
    folio: string | null;
  }[] = [];
  for (const event of events) {
    const details = (event.details ?? {}) as Record<string, unknown>;
    const actor = event.actor?.name ?? null;
    const last = trail.at(-1);
    if (
      last &&
      last.action === event.action &&
      last.actor === actor &&
      /viewed/.test(event.action)
    ) {
      last.count += 1;
      continue;
    }
    trail.push({
      id: event.id,
      action: event.action,
      labelKey: auditActionKey(event.action),
      actor,
      at: event.createdAt.toISOString(),
      count: 1,
      details,
      reason: reasonOf(event.action, details),
      folio: typeof details.folio === "string" ? details.folio : null,
    });
  }
  return trail;
}

export type AuditEntry = Awaited<ReturnType<typeof getApplicantAuditTrail>>[number];
