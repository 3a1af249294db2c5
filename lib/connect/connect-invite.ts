import "server-only";
import { belvoClientFromEnv, widgetUrl, type BelvoClient } from "@/lib/belvo";
import { institutionFromBelvoName } from "@/lib/connect/institutions";
import { now } from "@/lib/clock";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { notify } from "@/lib/notifications/notify";
import { noticeInEffectAt } from "@/lib/privacy/notices";
import { toAppError } from "./belvo-app-error";
import { createApplicantRecords } from "./create-applicant";
import { usableInvite } from "./invites";
import { syncEmploymentRecords } from "./sync-records";

const callbackBase = (token: string) => `${requireEnv("NEXTAUTH_URL")}/connect/${token}`;

/**
 * The applicant consented: record it and send them to Belvo's widget, in the language they read
 * the connect page in, with our callback URLs.
 */
export async function startInviteConnection(
  token: string,
  client: BelvoClient = belvoClientFromEnv(),
  locale: Locale = DEFAULT_LOCALE,
): Promise<string> {
  const invite = await usableInvite(token);
  await db().invite.update({
    where: { id: invite.id },
    data: { consentAt: now(), status: "OPENED" },
  });
  const recurrent = invite.accessMode === "RECURRENT";
  const base = callbackBase(token);
  const { access } = await client.widgetToken
    .create({
      callbackUrls: { success: `${base}/done`, exit: `${base}/exit`, event: `${base}/event` },
      fetchResources: ["EMPLOYMENT_RECORDS"],
      externalId: invite.reference,
      credentialsStorage: recurrent ? "store" : undefined,
    })
    .catch((error: unknown) => {
      throw toAppError(error);
    });
  return widgetUrl({
    accessToken: access,
    locale,
    accessMode: recurrent ? "recurrent" : "single",
    externalId: invite.reference,
  });
}

/** Belvo's success callback: the link exists. Create the applicant; the records follow. */
export async function completeInviteConnection(
  token: string,
  belvoLinkId: string,
  client: BelvoClient = belvoClientFromEnv(),
): Promise<void> {
  const invite = await usableInvite(token);
  const link = await client.links.get(belvoLinkId).catch((error: unknown) => {
    throw toAppError(error);
  });
  const institution = institutionFromBelvoName(link.institution);
  // The callback URL is visible to the applicant: only a link made for this invite may complete it.
  if (link.externalId !== invite.reference || !institution) {
    throw new AppError("bad_request", "errors.invite.wrongConnection");
  }
  // Claim the invite first, so two success callbacks can never both create the applicant.
  const claimed = await db().invite.updateMany({
    where: { id: invite.id, status: { not: "COMPLETED" } },
    data: { status: "COMPLETED", belvoLinkId, completedAt: now() },
  });
  if (claimed.count === 0) return;
  let applicantId: string;
  try {
    // The connect page let the applicant accept only the notice in effect then (the start route).
    const acceptedAt = invite.consentAt ?? now();
    const { version } = await noticeInEffectAt(acceptedAt);
    applicantId = await createApplicantRecords({
      user: null,
      input: {
        name: invite.applicantName,
        reference: invite.reference,
        institution,
        email: undefined,
        declaredMonthlyIncome: invite.declaredMonthlyIncome?.toFixed(2),
        consentChannel: "INVITE",
      },
      consent: { privacyNoticeVersion: version, acceptedAt },
      link,
      records: [],
      currentEmployment: null,
      curp: null,
    });
  } catch (error) {
    // Nothing may stay at Belvo for an applicant Cotiza could not save.
    await client.links.delete(belvoLinkId).catch(() => undefined);
    await db().invite.update({
      where: { id: invite.id },
      data: { status: "FAILED", belvoLinkId: null, completedAt: null },
    });
    throw error;
  }
  await db().$transaction(async (tx) => {
    await tx.invite.update({
      where: { id: invite.id },
      data: { applicantId, lastEvent: { at: now().toISOString() } },
    });
    // Whoever the applicant is assigned to hears of it; with nobody yet, whoever invited them.
    const { assignedToId } = await tx.applicant.findUniqueOrThrow({
      where: { id: applicantId },
      select: { assignedToId: true },
    });
    await notify(
      { userIds: [assignedToId ?? invite.createdById], kind: "inviteConnected", applicantId },
      tx,
    );
  });
  await recordAudit({
    actorId: null,
    action: "applicant.connected",
    applicantId,
    details: { channel: "invite", inviteId: invite.id },
  });
  // Usually the records are ready already; if not, Belvo's historical_update webhook brings them.
  await syncEmploymentRecords(belvoLinkId, client).catch(() => undefined);
}

/** The applicant left the widget, or it reported an error: keep it so the underwriter can see it. */
export async function recordInviteEvent(
  token: string,
  status: "EXITED" | "FAILED",
  event: { error?: string; message?: string },
) {
  const invite = await usableInvite(token);
  await db().invite.update({
    where: { id: invite.id },
    data: { status, lastEvent: { ...event, at: now().toISOString() } },
  });
}
