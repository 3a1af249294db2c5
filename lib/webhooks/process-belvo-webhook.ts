import "server-only";
import { z } from "zod";
import type { BelvoClient } from "@/lib/belvo";
import { raiseAlerts } from "@/lib/alerts/raise";
import { SEVERITY } from "@/lib/alerts/rules";
import { recordAudit } from "@/lib/audit";
import { syncEmploymentRecords } from "@/lib/connect/sync-records";
import { db } from "@/lib/db";
import type { LinkStatus } from "@/lib/generated/prisma/client";
import type { JobHandler } from "@/lib/jobs/types";

const payloadSchema = z.object({ webhookEventId: z.uuid() });

const LINK_STATUS_BY_CODE: Readonly<Record<string, LinkStatus>> = {
  invalid_credentials: "INVALID",
  token_required: "TOKEN_REQUIRED",
};

const ALERT_BY_STATUS = { INVALID: "LINK_INVALID", TOKEN_REQUIRED: "LINK_RECONNECT" } as const;

export interface BelvoWebhookHandlerOptions {
  /** Tests point this at the emulator; by default the client comes from the environment. */
  belvoClient?: () => BelvoClient;
}

type EventWithLink = {
  webhookId: string;
  webhookType: string;
  webhookCode: string;
  belvoLinkId: string | null;
  linkId: string | null;
  applicantId: string | null;
  linkStatus: LinkStatus | null;
  accessMode: "SINGLE" | "RECURRENT" | null;
};

// One query for the event and the link it names: most webhooks in a burst need nothing more.
async function loadEvent(webhookEventId: string): Promise<EventWithLink | undefined> {
  const rows = await db().$queryRaw<EventWithLink[]>`
    SELECT e.webhook_id AS "webhookId", e.webhook_type AS "webhookType", e.webhook_code AS "webhookCode",
           e.belvo_link_id AS "belvoLinkId", l.id AS "linkId", l.applicant_id AS "applicantId",
           l.status::text AS "linkStatus", l.access_mode::text AS "accessMode"
      FROM webhook_events e
      -- A blocked applicant's link (lib/privacy/visible.ts) reads as unknown: nothing is processed.
      LEFT JOIN links l ON l.belvo_id = e.belvo_link_id
        AND NOT EXISTS (SELECT 1 FROM applicants a WHERE a.id = l.applicant_id AND a.blocked_at IS NOT NULL)
     WHERE e.id = ${webhookEventId}::uuid`;
  return rows[0];
}

/**
 * Marks the link so the UI can ask the applicant to reconnect (widget in update mode), and, for a
 * monitored applicant, raises the alert, keyed by the webhook: delivered twice, it alerts once.
 * The alert is due even when Cotiza already holds the status (the applicant page reads it from
 * Belvo, link-status.ts), but not again while one of its kind is unresolved: Belvo repeats the
 * webhook at each scheduled refresh of a broken link.
 */
async function updateLinkStatus(event: EventWithLink, status: LinkStatus) {
  if (!event.linkId || !event.applicantId) return;
  const { linkId, applicantId } = event;
  const changed = event.linkStatus !== status;
  await db().$transaction(async (tx) => {
    if (changed) await tx.link.update({ where: { id: linkId }, data: { status } });
    if (event.accessMode === "RECURRENT" && (status === "INVALID" || status === "TOKEN_REQUIRED")) {
      const kind = ALERT_BY_STATUS[status];
      const unresolved = await tx.alert.count({
        where: { applicantId, kind, status: { not: "RESOLVED" } },
      });
      if (unresolved === 0)
        await raiseAlerts(tx, {
          applicantId,
          drafts: [{ kind, severity: SEVERITY[kind], details: { code: event.webhookCode } }],
          sourceKey: () => `webhook:${event.webhookId}:${kind}`,
        });
    }
    if (!changed) return;
    await recordAudit(
      {
        actorId: null,
        action: "link.status_changed",
        subject: linkId,
        applicantId: event.applicantId,
        details: { from: event.linkStatus, to: status, webhookId: event.webhookId },
      },
      tx,
    );
  });
}

/**
 * Processes one stored webhook. Idempotent, because a job can run again after a crash:
 * syncing records stores only snapshots Cotiza lacks, and a status update is a plain set.
 * Types and codes Cotiza does not act on, and links it does not know (a deleted applicant), are
 * already recorded as WebhookEvents and succeed.
 */
export function belvoWebhookHandler(options: BelvoWebhookHandlerOptions = {}): JobHandler {
  return async ({ job }) => {
    const { webhookEventId } = payloadSchema.parse(job.payload);
    const event = await loadEvent(webhookEventId);
    if (!event?.belvoLinkId || !event.linkId) return;
    if (event.webhookType === "EMPLOYMENT_RECORDS") {
      const result = await syncEmploymentRecords(event.belvoLinkId, options.belvoClient?.());
      if (result.applicantId && result.stored.length > 0) {
        await recordAudit({
          actorId: null,
          action: "webhook.records_synced",
          subject: event.webhookId,
          applicantId: result.applicantId,
          details: { code: event.webhookCode, stored: result.stored.length },
        });
      }
      return;
    }
    const status =
      event.webhookType === "LINK" ? LINK_STATUS_BY_CODE[event.webhookCode] : undefined;
    if (status) await updateLinkStatus(event, status);
  };
}
