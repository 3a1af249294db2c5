import "server-only";
import { queueWhere } from "@/lib/queue/query";
import type { QueueState } from "@/lib/queue/params";
import { lookupHash } from "@/lib/crypto/field-encryption";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleApplicantById } from "@/lib/privacy/visible";

export interface ExportScope {
  userId: string;
  state: QueueState;
  applicantId: string | null;
  now: Date;
  /** The organization's IANA time zone: the freshness filter and tenure count days in it. */
  timeZone: string;
}

/** The applicants an export covers: one, or all that the queue shows for the state. */
export function exportWhere(scope: ExportScope): Prisma.ApplicantWhereInput {
  if (scope.applicantId) return visibleApplicantById(scope.applicantId);
  return queueWhere(scope.state, {
    userId: scope.userId,
    now: scope.now,
    timeZone: scope.timeZone,
    curpHash: lookupHash,
  });
}
