import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplicantActions } from "@/components/applicants/applicant-actions";
import { ChangeList } from "@/components/applicants/change-list";
import { IdentifiersCard } from "@/components/applicants/identifiers-card";
import { JobsTable } from "@/components/applicants/jobs-table";
import { LinkStatusBadge } from "@/components/applicants/link-status-badge";
import { SnapshotFacts } from "@/components/applicants/snapshot-facts";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { INSTITUTIONS } from "@/lib/applicants/institutions";
import { canDeleteApplicants } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getApplicantDetail } from "@/lib/data/applicant-detail";
import { AppError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Applicant" };

type PageProps = { params: Promise<{ id: string }> };

export default async function ApplicantPage({ params }: PageProps) {
  const user = await requireUser();
  const { id } = await params;
  const applicant = await getApplicantDetail(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const latest = applicant.snapshots[0];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="applicant-name">
            {applicant.name}
          </h1>
          <p className="mt-1 flex items-center gap-2 text-sm text-slate-600">
            <span className="font-mono">{applicant.reference}</span>·
            <span>{INSTITUTIONS[applicant.institution].label}</span>·
            <LinkStatusBadge status={applicant.link?.status ?? null} />
            {latest ? <span>· Data as of {formatDate(latest.collectedAt)}</span> : null}
          </p>
        </div>
        <ApplicantActions
          applicantId={applicant.id}
          canDelete={canDeleteApplicants(user.role)}
          refreshBlockedUntil={applicant.queries.availableAt}
        />
      </div>
      {applicant.queries.availableAt ? (
        <p
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="daily-limit-notice"
        >
          The 3 daily IMSS queries for this CURP are used up. The next refresh is possible on{" "}
          {formatDateTime(applicant.queries.availableAt)}.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <IdentifiersCard applicant={applicant} />
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Latest records</CardTitle>
          </CardHeader>
          <CardContent>
            {latest ? (
              <SnapshotFacts snapshot={latest} />
            ) : (
              <p className="text-sm text-slate-600">No records stored yet.</p>
            )}
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Employers</CardTitle>
        </CardHeader>
        <CardContent>
          {latest ? (
            <JobsTable jobs={latest.jobs} />
          ) : (
            <p className="text-sm text-slate-600">No records stored yet.</p>
          )}
        </CardContent>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>What changed since the last pull</CardTitle>
          </CardHeader>
          <CardContent>
            <ChangeList changes={applicant.changes} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Pulls</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="space-y-1 text-sm" data-testid="snapshot-list">
              {applicant.snapshots.map((snapshot) => (
                <li key={snapshot.id}>
                  Collected {formatDateTime(snapshot.collectedAt)} · {snapshot.jobs.length} employer
                  record(s)
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
