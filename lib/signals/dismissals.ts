import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { safeText } from "@/lib/http/text";
import { SIGNAL_CODES, type SignalCode } from "@/lib/metrics/flag-rules";
import { visibleApplicantById } from "@/lib/privacy/visible";

/** A risk signal set aside for one applicant: which, and why (10 to 500 characters). */
export const dismissalInputSchema = z.object({
  code: z.enum(SIGNAL_CODES, "applicant.validation.signalUnknown"),
  reason: safeText({ max: 500, tooLong: "applicant.validation.dismissReasonLong" }).min(
    10,
    "applicant.validation.dismissReasonShort",
  ),
});
export type DismissalInput = z.infer<typeof dismissalInputSchema>;

export type Dismissal = {
  code: SignalCode;
  reason: string;
  dismissedAt: string;
  dismissedBy: string | null;
};

/** The signals dismissed for an applicant, with why, who and when. */
export async function listDismissals(applicantId: string): Promise<Dismissal[]> {
  const rows = await db().signalDismissal.findMany({
    where: { applicantId },
    orderBy: { dismissedAt: "asc" },
    select: {
      code: true,
      reason: true,
      dismissedAt: true,
      dismissedBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    code: row.code as SignalCode,
    reason: row.reason,
    dismissedAt: row.dismissedAt.toISOString(),
    dismissedBy: row.dismissedBy?.name ?? null,
  }));
}

/**
 * Dismisses one signal for an applicant (any signed-in reviewer): kept with the reason, taken out
 * of the queue's stored flags and the approval's red flags, audited with the code and the reason
 * (the trail shows it, like a reveal's). A signal is dismissed once.
 */
export async function dismissSignal(user: SessionUser, applicantId: string, input: DismissalInput) {
  return db().$transaction(async (tx) => {
    const applicant = await tx.applicant.findUnique({
      where: visibleApplicantById(applicantId),
      select: { id: true },
    });
    if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
    const { count } = await tx.signalDismissal.createMany({
      data: [
        {
          applicantId,
          code: input.code,
          reason: input.reason,
          dismissedById: user.id,
          dismissedAt: now(),
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) throw new AppError("conflict", "errors.applicant.signalDismissed");
    await tx.$executeRaw`
      UPDATE applicants SET flags = array_remove(flags, ${input.code}::text)
      WHERE id = ${applicantId}::uuid`;
    await recordAudit(
      {
        actorId: user.id,
        action: "applicant.signal_dismissed",
        applicantId,
        details: { code: input.code, reason: input.reason },
      },
      tx,
    );
    return { code: input.code };
  });
}
