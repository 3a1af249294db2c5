import "server-only";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { allOf, plainRow, plainRows } from "./access-package-plain";

// What Cotiza's staff and the applicant did about one applicant, one section per table: consents
// and their revocation, objections and disputes, decisions, alerts, notifications, dismissed
// signals, verification reports (metadata), invites, ARCO requests, the audit trail, the
// institution queries counted against the CURP and Belvo's webhooks about the link. Staff appear
// by name only (`{ name }`), never by id or any other detail.

const NAME = { select: { name: true } } as const;
const oldestFirst = [{ createdAt: "asc" as const }, { id: "asc" as const }];

async function arcoRequests(applicantId: string) {
  const rows = await db().arcoRequest.findMany({
    where: { applicantId },
    orderBy: [{ receivedOn: "asc" }, { registeredAt: "asc" }],
    omit: { applicantId: true, registeredById: true, answeredById: true },
    include: { registeredBy: NAME, answeredBy: NAME },
  });
  return rows.map((row) => ({
    ...plainRow(row),
    receivedOn: isoDay(row.receivedOn) as string,
    dueOn: isoDay(row.dueOn) as string,
  }));
}

async function consentRevocations(applicantId: string) {
  const rows = await db().consentRevocation.findMany({
    where: { applicantId },
    omit: { applicantId: true, recordedById: true },
    include: { recordedBy: NAME },
  });
  return rows.map((row) => ({ ...plainRow(row), revokedOn: isoDay(row.revokedOn) as string }));
}

/** Invites name their author by id only (no relation): the names are looked up. */
async function invites(applicantId: string) {
  const rows = await db().invite.findMany({
    where: { applicantId },
    orderBy: oldestFirst,
    omit: { applicantId: true, tokenHash: true },
  });
  const authors = await db().user.findMany({
    where: { id: { in: rows.flatMap((row) => (row.createdById ? [row.createdById] : [])) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(authors.map((user) => [user.id, user.name]));
  return rows.map(({ createdById, ...row }) => {
    const name = createdById ? nameOf.get(createdById) : undefined;
    return { ...plainRow(row), createdBy: name ? { name } : null };
  });
}

/** Only the delivery's metadata: its body is Belvo's, about the link. */
function webhookEvents(belvoLinkIds: string[]) {
  return db()
    .webhookEvent.findMany({
      where: { belvoLinkId: { in: belvoLinkIds } },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      omit: { data: true },
    })
    .then(plainRows);
}

export function loadActivitySections(applicant: {
  id: string;
  curpHash: string | null;
  belvoLinkIds: string[];
}) {
  const client = db();
  const applicantId = applicant.id;
  const where = { applicantId };
  return allOf({
    consents: client.consent
      .findMany({
        where,
        orderBy: [{ acceptedAt: "asc" }, { id: "asc" }],
        omit: { applicantId: true, capturedById: true },
        include: { capturedBy: NAME },
      })
      .then(plainRows),
    consent_revocations: consentRevocations(applicantId),
    data_objections: client.dataObjection
      .findMany({
        where,
        orderBy: { recordedAt: "asc" },
        omit: { applicantId: true, recordedById: true },
        include: { recordedBy: NAME },
      })
      .then(plainRows),
    data_disputes: client.dataDispute
      .findMany({
        where,
        orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
        omit: { applicantId: true, recordedById: true },
        include: { recordedBy: NAME },
      })
      .then(plainRows),
    decisions: client.decision
      .findMany({
        where,
        orderBy: oldestFirst,
        omit: { applicantId: true, decidedById: true, signedOffById: true },
        include: { decidedBy: NAME, signedOffBy: NAME },
      })
      .then(plainRows),
    alerts: client.alert
      .findMany({
        where,
        orderBy: oldestFirst,
        omit: { applicantId: true, recipientId: true, acknowledgedById: true, resolvedById: true },
        include: { recipient: NAME, acknowledgedBy: NAME, resolvedBy: NAME },
      })
      .then(plainRows),
    notifications: client.notification
      .findMany({
        where,
        orderBy: oldestFirst,
        omit: { applicantId: true, userId: true },
        include: { user: NAME },
      })
      .then(plainRows),
    signal_dismissals: client.signalDismissal
      .findMany({
        where,
        orderBy: { dismissedAt: "asc" },
        omit: { applicantId: true, dismissedById: true },
        include: { dismissedBy: NAME },
      })
      .then(plainRows),
    verification_reports: client.verificationReport
      .findMany({
        where,
        orderBy: [{ issuedAt: "asc" }, { id: "asc" }],
        omit: { applicantId: true, issuedById: true, contentCiphertext: true },
        include: { issuedBy: NAME },
      })
      .then(plainRows),
    invites: invites(applicantId),
    arco_requests: arcoRequests(applicantId),
    audit_events: client.auditEvent
      .findMany({
        where,
        orderBy: oldestFirst,
        omit: { applicantId: true, actorId: true },
        include: { actor: NAME },
      })
      .then(plainRows),
    institution_queries: applicant.curpHash
      ? client.institutionQuery
          .findMany({
            where: { curpHash: applicant.curpHash },
            orderBy: oldestFirst,
            omit: { curpHash: true },
          })
          .then(plainRows)
      : Promise.resolve([]),
    webhook_events: webhookEvents(applicant.belvoLinkIds),
  });
}
