import "server-only";
import { z } from "zod";
import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { now } from "@/lib/clock";
import { toAppError } from "@/lib/connect/belvo-app-error";
import { PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { safeText } from "@/lib/http/text";

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
 * Turns monitoring on (the link becomes recurrent at Belvo, which then refreshes it at the rate
 * of the lender's contract and sends webhooks) or off (back to single access). Belvo is asked
 * first; Cotiza's copy, the consent and the audit entry follow in one transaction.
 */
export async function setMonitoring(
  user: SessionUser,
  applicantId: string,
  input: MonitoringInput,
  client: BelvoClient = belvoClientFromEnv(),
): Promise<{ monitored: boolean; refreshRate: string | null }> {
  const link = await db().link.findUnique({
    where: { applicantId },
    select: { id: true, belvoId: true, status: true, accessMode: true },
  });
  if (!link) throw new AppError("not_found", "errors.connect.noLink");
  const wanted = input.enabled ? "RECURRENT" : "SINGLE";
  if (input.enabled && link.status !== "VALID")
    throw new AppError("conflict", "errors.connect.linkNeedsRenewal");
  if (link.accessMode === wanted) return { monitored: input.enabled, refreshRate: null };
  const belvo = await client.links
    .update(link.belvoId, { accessMode: input.enabled ? "recurrent" : "single" })
    .catch((error: unknown) => {
      throw toAppError(error);
    });
  await db().$transaction(async (tx) => {
    await tx.link.update({
      where: { id: link.id },
      data: { accessMode: wanted, refreshRate: belvo.refreshRate },
    });
    if (input.enabled)
      await tx.consent.create({
        data: {
          applicantId,
          privacyNoticeVersion: input.consent.privacyNoticeVersion || PRIVACY_NOTICE_VERSION,
          acceptedAt: now(),
          channel: "DIRECT",
          purpose: "MONITORING",
          capturedById: user.id,
        },
      });
    await recordAudit(
      {
        actorId: user.id,
        action: input.enabled ? "applicant.monitoring_started" : "applicant.monitoring_stopped",
        applicantId,
        details: { refreshRate: belvo.refreshRate },
      },
      tx,
    );
  });
  return { monitored: input.enabled, refreshRate: belvo.refreshRate };
}
