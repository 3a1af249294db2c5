import "server-only";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import type { AlertDraft, AlertRecipients } from "./rules";

type Tx = Prisma.TransactionClient;

async function alertSettings(tx: Tx) {
  const row = await tx.organizationSettings.findUnique({
    where: { id: 1 },
    select: { alertRecipients: true, salaryCutAlertPct: true },
  });
  return {
    alertRecipients: (row?.alertRecipients ?? "ASSIGNED") as AlertRecipients,
    salaryCutAlertPct: row?.salaryCutAlertPct ?? 10,
  };
}

/** The threshold the rules apply, read inside the caller's transaction. */
export async function alertRuleSettings(tx: Tx) {
  const { salaryCutAlertPct } = await alertSettings(tx);
  return { salaryCutAlertPct };
}

/**
 * Stores alerts for one applicant, each under a key naming what produced it, so the same
 * snapshot or webhook processed twice (a duplicate delivery, a job run again after a crash)
 * stores nothing new. The recipient, the notification and the audit entry follow the alerts that
 * are new. Runs inside the caller's transaction: the alerts land with what produced them, or not
 * at all. Returns how many were new.
 */
export async function raiseAlerts(
  tx: Tx,
  input: {
    applicantId: string;
    snapshotId?: string | null;
    drafts: readonly AlertDraft[];
    sourceKey: (draft: AlertDraft, index: number) => string;
  },
): Promise<number> {
  if (input.drafts.length === 0) return 0;
  const [settings, applicant] = await Promise.all([
    alertSettings(tx),
    tx.applicant.findUniqueOrThrow({
      where: { id: input.applicantId },
      select: { assignedTo: { select: { id: true, active: true } } },
    }),
  ]);
  // A deactivated assignee reads nothing: their applicants' alerts go to the team leads.
  const assignee = applicant.assignedTo?.active ? applicant.assignedTo.id : null;
  const recipientId = settings.alertRecipients === "ASSIGNED" ? assignee : null;
  const createdAt = now();
  const created = await tx.alert.createManyAndReturn({
    data: input.drafts.map((draft, index) => ({
      applicantId: input.applicantId,
      snapshotId: input.snapshotId ?? null,
      sourceKey: input.sourceKey(draft, index),
      kind: draft.kind,
      severity: draft.severity,
      details: draft.details,
      recipientId,
      createdAt,
    })),
    skipDuplicates: true,
    select: { kind: true, severity: true },
  });
  if (created.length === 0) return 0;
  // A rise alone (low severity) waits in the inbox: January's wage updates would ring every bell.
  if (created.some((alert) => alert.severity !== "LOW")) {
    const userIds = recipientId
      ? [recipientId]
      : (
          await tx.user.findMany({
            where: { role: { in: ["TEAM_LEAD", "ADMIN"] }, active: true },
            select: { id: true },
          })
        ).map((user) => user.id);
    await notify({ userIds, kind: "alertRaised", applicantId: input.applicantId }, tx);
  }
  await recordAudit(
    {
      actorId: null,
      action: "alert.raised",
      applicantId: input.applicantId,
      details: { kinds: created.map((alert) => alert.kind) },
    },
    tx,
  );
  return created.length;
}
