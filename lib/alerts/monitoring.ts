import "server-only";
import { z } from "zod";
import { belvoClientFromEnv, isBelvoError, type BelvoClient } from "@/lib/belvo";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { now } from "@/lib/clock";
import { toAppError } from "@/lib/connect/belvo-app-error";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { safeText } from "@/lib/http/text";
import { assertMonitoringAllowed } from "@/lib/privacy/guards";
import { assertCurrentNotice } from "@/lib/privacy/notices";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";

/** Turning monitoring on needs the applicant's consent to recurrent refreshes, recorded here. */
export const monitoringInputSchema = z.discriminatedUnion("enabled", [
  z.object({
    enabled: z.literal(true),
    consent: z.object({
      accepted: z.literal(true, "errors.alert.consentRequired"),
      privacyNoticeVersion: safeText({ max: 32, trim: false }).min(1),
    }),
  }),
  z.object({ enabled: z.literal(false) }),
]);
export type MonitoringInput = z.infer<typeof monitoringInputSchema>;

/**
 * Stops monitoring at Belvo (back to single access: no more scheduled refreshes or webhooks). A
 * link Belvo no longer has is monitored by nobody, so that is not an error.
 */
export async function stopMonitoringAtBelvo(belvoId: string, client: BelvoClient): Promise<void> {
  await client.links.update(belvoId, { accessMode: "single" }).catch((error: unknown) => {
    if (!(isBelvoError(error) && error.code === "not_found")) throw toAppError(error);
  });
}

/**
 * Cotiza's side of stopping monitoring, inside the caller's transaction (a revocation, an
 * opposition, or the monitoring switch): the link's copy and the audit entry, with why.
 */
export async function recordMonitoringStopped(
  tx: Prisma.TransactionClient,
  stop: { actorId: string | null; applicantId: string; reason?: string },
): Promise<void> {
  await tx.link.update({
    where: { applicantId: stop.applicantId },
    data: { accessMode: "SINGLE", refreshRate: null },
  });
  await recordAudit(
    {
      actorId: stop.actorId,
      action: "applicant.monitoring_stopped",
      applicantId: stop.applicantId,
      details: stop.reason ? { refreshRate: null, reason: stop.reason } : { refreshRate: null },
    },
    tx,
  );
}

/**
 * Turns monitoring on (the link becomes recurrent at Belvo, which then refreshes it at the rate
 * of the lender's contract and sends webhooks) or off (back to single access). Belvo is asked
 * first; Cotiza's copy, the consent and the audit entry follow in one transaction. An applicant
 * who revoked their consent or opposed monitoring is not monitored again.
 */
export async function setMonitoring(
  user: SessionUser,
  applicantId: string,
  input: MonitoringInput,
  client: BelvoClient = belvoClientFromEnv(),
): Promise<{ monitored: boolean; refreshRate: string | null }> {
  if (input.enabled) {
    // A revocation or an opposition first: no notice makes monitoring such an applicant right.
    await assertMonitoringAllowed(applicantId);
    // The consent names the notice shown on the page: it must still be the one in effect.
    await assertCurrentNotice(input.consent.privacyNoticeVersion);
  }
  const link = await db().link.findUnique({
    where: { applicantId, applicant: VISIBLE_APPLICANT },
    select: { id: true, belvoId: true, status: true, accessMode: true },
  });
  if (!link) throw new AppError("not_found", "errors.connect.noLink");
  const wanted = input.enabled ? "RECURRENT" : "SINGLE";
  if (input.enabled && link.status !== "VALID")
    throw new AppError("conflict", "errors.connect.linkNeedsRenewal");
  if (link.accessMode === wanted) return { monitored: input.enabled, refreshRate: null };
  if (!input.enabled) {
    await stopMonitoringAtBelvo(link.belvoId, client);
    await db().$transaction((tx) => recordMonitoringStopped(tx, { actorId: user.id, applicantId }));
    return { monitored: false, refreshRate: null };
  }
  const belvo = await client.links
    .update(link.belvoId, { accessMode: "recurrent" })
    .catch((error: unknown) => {
      throw toAppError(error);
    });
  await db().$transaction(async (tx) => {
    await tx.link.update({
      where: { id: link.id },
      data: { accessMode: wanted, refreshRate: belvo.refreshRate },
    });
    await tx.consent.create({
      data: {
        applicantId,
        privacyNoticeVersion: input.consent.privacyNoticeVersion,
        acceptedAt: now(),
        channel: "DIRECT",
        purpose: "MONITORING",
        capturedById: user.id,
      },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "applicant.monitoring_started",
        applicantId,
        details: { refreshRate: belvo.refreshRate },
      },
      tx,
    );
  });
  return { monitored: true, refreshRate: belvo.refreshRate };
}
