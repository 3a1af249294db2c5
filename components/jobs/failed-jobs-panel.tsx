import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/users";
import { RESUMMARIZE_JOB } from "@/lib/connect/resummarize";
import { getFormat } from "@/lib/i18n/server";
import { listJobs } from "@/lib/jobs/list-jobs";
import { BELVO_WEBHOOK_JOB } from "@/lib/webhooks/job-kinds";
import { RetryJobButton } from "./retry-job-button";

/** Each known job kind's words (`settings.jobs.kinds.<key>`); another kind shows its own name. */
const KIND_KEYS = {
  [RESUMMARIZE_JOB]: "resummarize",
  [BELVO_WEBHOOK_JOB]: "belvoWebhook",
} as const;

const isKnownKind = (kind: string): kind is keyof typeof KIND_KEYS => kind in KIND_KEYS;

/** Admin-only (listJobs checks the role): failed background jobs with their last error. */
export async function FailedJobsPanel({ user }: { user: SessionUser }) {
  const [jobs, t, f] = await Promise.all([
    listJobs(user, { status: "FAILED", limit: 50 }),
    getTranslations("settings.jobs"),
    getFormat(),
  ]);
  return (
    <Card className="mt-6 max-w-3xl" data-testid="failed-jobs-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        {jobs.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="failed-jobs-empty">
            {t("empty")}
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
                  <p className="font-medium text-slate-900">
                    {isKnownKind(job.kind) ? t(`kinds.${KIND_KEYS[job.kind]}`) : job.kind}{" "}
                    <span className="font-mono text-xs font-normal text-slate-500">{job.kind}</span>
                  </p>
                  <p className="text-slate-500">
                    {t("attempts", {
                      attempts: job.attempts,
                      maxAttempts: job.maxAttempts,
                      failedAt: f.dateTime(job.updatedAt),
                    })}
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
