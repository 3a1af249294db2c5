import "server-only";
import { z } from "zod";
import { canManageJobs } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";

export const jobListQuerySchema = z.object({
  status: z.enum(["PENDING", "RUNNING", "SUCCEEDED", "FAILED"]).default("FAILED"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type JobListQuery = z.infer<typeof jobListQuerySchema>;

export interface JobSummary {
  id: string;
  kind: string;
  status: JobListQuery["status"];
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: string;
  /** When the job last changed state: finished, or due to run. */
  updatedAt: string;
}

/** Newest first; no payloads (they are internal ids, and may one day hold more). */
export async function listJobs(user: SessionUser, query: JobListQuery): Promise<JobSummary[]> {
  // Authorization where the data is read, whoever calls: jobs are an admin's business.
  if (!canManageJobs(user.role)) throw new AppError("forbidden");
  const rows = await db().backgroundJob.findMany({
    where: { status: query.status },
    orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: query.limit,
    select: {
      id: true,
      kind: true,
      status: true,
      attempts: true,
      maxAttempts: true,
      lastError: true,
      createdAt: true,
      finishedAt: true,
      runAt: true,
    },
  });
  return rows.map(({ finishedAt, runAt, createdAt, ...row }) => ({
    ...row,
    createdAt: createdAt.toISOString(),
    updatedAt: (finishedAt ?? runAt).toISOString(),
  }));
}
