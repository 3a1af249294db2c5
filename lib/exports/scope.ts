import "server-only";
import type { SessionUser } from "@/lib/auth/users";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import type { ExportRequest } from "@/lib/exports/request";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { assignedUserId } from "@/lib/queue/params";
import { userNames } from "./log";
import { exportWhere } from "./queue-export";
import { visibleApplicantById } from "@/lib/privacy/visible";

/**
 * What the exports page says an export will cover: how many applicants, or which one, and the name
 * of the user whose applicants the filters choose (`assigned=<id>`).
 */
export async function exportScopeSummary(
  request: Pick<ExportRequest, "state" | "applicantId">,
  user: SessionUser,
  now = clockNow(),
  timeZone?: string,
) {
  const where = exportWhere({
    userId: user.id,
    state: request.state,
    applicantId: request.applicantId,
    now,
    timeZone: timeZone ?? (await getOrganizationSettings()).timeZone,
  });
  const assigneeId = assignedUserId(request.state);
  const [total, applicant, names] = await Promise.all([
    db().applicant.count({ where }),
    request.applicantId
      ? db().applicant.findUnique({
          where: visibleApplicantById(request.applicantId),
          select: { id: true, name: true, reference: true },
        })
      : null,
    userNames([assigneeId]),
  ]);
  return { total, applicant, assignee: assigneeId ? (names.get(assigneeId) ?? null) : null };
}
