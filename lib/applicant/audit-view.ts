import "server-only";
import { db } from "@/lib/db";

const ACTION_LABELS: Record<string, string> = {
  "applicant.viewed": "Viewed the applicant",
  "applicant.viewed_identifiers": "Viewed the applicant with full identifiers",
  "export.downloaded": "Exported the records as CSV",
  "applicant.decided": "Recorded a decision",
  "applicant.assigned": "Assigned the applicant",
  "applicant.unassigned": "Unassigned the applicant",
  "applicant.refreshed": "Refreshed the records",
  "applicant.connected": "Connected the applicant",
  "link.status_changed": "Link status changed (Belvo)",
  "webhook.records_synced": "Records synced from Belvo",
};

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
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
    label: string;
    actor: string | null;
    at: string;
    count: number;
    details: Record<string, unknown>;
  }[] = [];
  for (const event of events) {
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
      label: auditActionLabel(event.action),
      actor,
      at: event.createdAt.toISOString(),
      count: 1,
      details: (event.details ?? {}) as Record<string, unknown>,
    });
  }
  return trail;
}

export type AuditEntry = Awaited<ReturnType<typeof getApplicantAuditTrail>>[number];
