import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { safeText } from "@/lib/http/text";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";

export const ALERT_NOTE_MAX = 1000;

/** Acknowledge (seen, being handled) or resolve (handled) an alert, with a note. */
export const alertActionSchema = z.object({
  action: z.enum(["acknowledge", "resolve"]),
  note: safeText({ max: ALERT_NOTE_MAX, tooLong: "errors.alert.noteTooLong" })
    .optional()
    .transform((note) => note || null),
});
export type AlertActionInput = z.infer<typeof alertActionSchema>;

/** The statuses each action starts from. */
const FROM = {
  acknowledge: ["OPEN"],
  resolve: ["OPEN", "ACKNOWLEDGED"],
} as const;

/**
 * Moves an alert on: OPEN → ACKNOWLEDGED → RESOLVED (or OPEN → RESOLVED). Underwriters act on the
 * alerts addressed to them, team leads and admins on any. A high-severity alert
 * needs a note saying what was done. The update is conditional on the status read, so two
 * people acting at once cannot both succeed; the loser is told the alert changed.
 */
export async function actOnAlert(user: SessionUser, alertId: string, input: AlertActionInput) {
  return db().$transaction(async (tx) => {
    const alert = await tx.alert.findFirst({
      where: { id: alertId, applicant: VISIBLE_APPLICANT },
      select: { status: true, severity: true, kind: true, applicantId: true, recipientId: true },
    });
    if (!alert) throw new AppError("not_found", "errors.alert.notFound");
    // Underwriters handle the alerts addressed to them; team leads and admins handle any.
    if (user.role === "UNDERWRITER" && alert.recipientId !== user.id)
      throw new AppError("forbidden", "errors.alert.notYours");
    if (!(FROM[input.action] as readonly string[]).includes(alert.status))
      throw new AppError("conflict", "errors.alert.alreadyHandled");
    if (alert.severity === "HIGH" && !input.note)
      throw new AppError("bad_request", "errors.alert.noteRequired", undefined, {
        fields: { note: "errors.alert.noteRequired" },
      });
    const at = now();
    const data =
      input.action === "acknowledge"
        ? { status: "ACKNOWLEDGED" as const, acknowledgedAt: at, acknowledgedById: user.id }
        : { status: "RESOLVED" as const, resolvedAt: at, resolvedById: user.id };
    const { count } = await tx.alert.updateMany({
      where: { id: alertId, status: alert.status },
      data: {
        ...data,
        ...(input.note
          ? { [input.action === "acknowledge" ? "note" : "resolutionNote"]: input.note }
          : {}),
      },
    });
    if (count === 0) throw new AppError("conflict", "errors.alert.alreadyHandled");
    await recordAudit(
      {
        actorId: user.id,
        action: input.action === "acknowledge" ? "alert.acknowledged" : "alert.resolved",
        applicantId: alert.applicantId,
        details: { alertId, kind: alert.kind },
      },
      tx,
    );
    return { status: data.status };
  });
}
