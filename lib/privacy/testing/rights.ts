import { setMonitoring } from "@/lib/alerts/monitoring";
import type { ConnectHarness } from "@/lib/connect/testing/connect-harness";
import { db } from "@/lib/db";
import { currentNotice } from "@/lib/privacy/notices";

/** The applicant's audit entries whose action starts with `prefix`, oldest first. */
export async function auditEntries(applicantId: string, prefix: string) {
  const events = await db().auditEvent.findMany({
    where: { applicantId, action: { startsWith: prefix } },
    orderBy: { createdAt: "asc" },
  });
  return events.map((event) => [event.action, event.actorId, event.details]);
}

/** Turns monitoring on as the harness's underwriter, with consent to the current notice. */
export async function turnMonitoringOn(h: ConnectHarness, applicantId: string) {
  const { version } = await currentNotice();
  return setMonitoring(
    h.user,
    applicantId,
    { enabled: true, consent: { accepted: true, privacyNoticeVersion: version } },
    h.client,
  );
}
