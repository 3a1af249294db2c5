import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/users";
import { formatDateTime } from "@/lib/format";
import { listJobs } from "@/lib/jobs/list-jobs";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { RetryJobButton } from "./retry-job-button";

/** Admin-only (listJobs checks the role): failed background jobs with their last error. */
export async function FailedJobsPanel({ user }: { user: SessionUser }) {
  const [jobs, { timeZone }] = await Promise.all([
    listJobs(user, { status: "FAILED", limit: 50 }),
    getOrganizationSettings(),
  ]);
  return (
    <Card className="mt-6 max-w-3xl" data-testid="failed-jobs-card">
      <CardHeader>
        <CardTitle>Failed background jobs</CardTitle>
      </CardHeader>
      <CardContent>
        {jobs.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="failed-jobs-empty">
            No failed background jobs.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {jobs.map((job) => (
              <li
                key={job.id}
                className="flex items-start justify-between gap-4 py-3"
                data-testid="failed-job"
              >
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{job.kind}</p>
                  <p className="text-slate-500">
                    {job.attempts} of {job.maxAttempts} attempts · failed{" "}
                    {formatDateTime(job.updatedAt, { timeZone })}
                  </p>
                  {job.lastError ? (
                    <p className="mt-1 break-words font-mono text-xs text-red-800">
                      {job.lastError}
                    </p>
                  ) : null}
                </div>
                <RetryJobButton jobId={job.id} />
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
