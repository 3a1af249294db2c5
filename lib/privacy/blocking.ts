import "server-only";
import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { recordMonitoringStopped, stopMonitoringAtBelvo } from "@/lib/alerts/monitoring";
import { db } from "@/lib/db";
import { canManageTeam } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { AppError } from "@/lib/errors";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { syncPortfolioSignals } from "@/lib/signals/portfolio";

// Block, then delete (LFPDPPP): data whose purpose has ended is first blocked — kept only to meet
// the lender's legal obligations, out of every screen, export, report and comparison
// (lib/privacy/visible.ts) — and deleted when the blocking period ends (lib/privacy/retention.ts).

/** Why an applicant is blocked: an ARCO cancellation, or the retention schedule. */
export type BlockReason = "cancellation" | "retention";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Blocks one applicant: from now on they are hidden everywhere, and deleted `blockingDays` later.
 * Monitoring stops first (Belvo would keep refreshing a recurrent link). Audited on the applicant's
 * trail. Blocking a blocked applicant changes nothing and answers with the first deletion date,
 * also when two block it at once (a team lead and the retention job): the conditional update lets
 * one of them through.
 */
export async function blockApplicant(
  applicantId: string,
  by: { actorId: string | null; reason: BlockReason; arcoRequestId?: string },
  client: BelvoClient = belvoClientFromEnv(),
  at: Date = now(),
): Promise<{ deleteAfter: Date }> {
  const [applicant, settings] = await Promise.all([
    db().applicant.findUnique({
      where: { id: applicantId },
      select: {
        deleteAfter: true,
        currentEmployerId: true,
        nssHash: true,
        link: { select: { belvoId: true, accessMode: true } },
      },
    }),
    getOrganizationSettings(),
  ]);
  if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
  if (applicant.deleteAfter) return { deleteAfter: applicant.deleteAfter };
  const monitored = applicant.link?.accessMode === "RECURRENT";
  if (applicant.link && monitored) await stopMonitoringAtBelvo(applicant.link.belvoId, client);
  const blockedAt = at;
  const deleteAfter = new Date(blockedAt.getTime() + settings.blockingDays * DAY_MS);
  const blocked = await db().$transaction(async (tx) => {
    const { count } = await tx.applicant.updateMany({
      where: { id: applicantId, blockedAt: null },
      data: { blockedAt, deleteAfter },
    });
    if (count === 0) return false;
    if (monitored)
      await recordMonitoringStopped(tx, { actorId: by.actorId, applicantId, reason: "blocked" });
    // No longer compared with anyone: the signals of those it counted in are recomputed.
    await syncPortfolioSignals(tx, applicantId, {
      employerIds: [applicant.currentEmployerId],
      nssHashes: [applicant.nssHash],
    });
    await recordAudit(
      {
        actorId: by.actorId,
        action: "privacy.applicant_blocked",
        applicantId,
        details: {
          reason: by.reason,
          deleteAfter: deleteAfter.toISOString(),
          ...(by.arcoRequestId ? { arcoRequestId: by.arcoRequestId } : {}),
        },
      },
      tx,
    );
    return true;
  });
  if (blocked) return { deleteAfter };
  const first = await db().applicant.findUnique({
    where: { id: applicantId },
    select: { deleteAfter: true },
  });
  return { deleteAfter: first?.deleteAfter ?? deleteAfter };
}

/**
 * Blocks the applicant an ARCO cancellation request concerns (team leads and admins). The request
 * stays, with its answer to be recorded as any other.
 */
export async function blockForCancellation(
  actor: SessionUser,
  arcoRequestId: string,
  client?: BelvoClient,
): Promise<{ deleteAfter: string }> {
  if (!canManageTeam(actor.role)) throw new AppError("forbidden");
  const request = await db().arcoRequest.findUnique({
    where: { id: arcoRequestId },
    select: { type: true, applicantId: true },
  });
  if (!request) throw new AppError("not_found", "errors.privacy.notFound");
  if (request.type !== "CANCELLATION")
    throw new AppError("conflict", "errors.privacy.notCancellation");
  // None named, or deleted since (the request keeps no applicant then): nothing left to block.
  if (!request.applicantId) throw new AppError("conflict", "errors.privacy.noApplicant");
  const { deleteAfter } = await blockApplicant(
    request.applicantId,
    { actorId: actor.id, reason: "cancellation", arcoRequestId },
    client,
  );
  return { deleteAfter: deleteAfter.toISOString() };
}
