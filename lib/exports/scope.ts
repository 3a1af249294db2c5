import "server-only";
import type { SessionUser } from "@/lib/auth/users";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import type { ExportRequest } from "@/lib/exports/request";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { exportWhere } from "./queue-export";

/** What the exports page says an export will cover: how many applicants, or which one. */
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
  const [total, applicant] = await Promise.all([
    db().applicant.count({ where }),
    request.applicantId
      ? db().applicant.findUnique({
          where: { id: request.applicantId },
          select: { id: true, name: true, reference: true },
        })
      : null,
  ]);
  return { total, applicant };
}
