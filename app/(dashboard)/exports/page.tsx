import type { Metadata } from "next";
import Link from "next/link";
import { ExportForm } from "@/components/exports/export-form";
import { ExportLogTable } from "@/components/exports/export-log-table";
import { FilterSummary } from "@/components/exports/filter-summary";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { serializeQueueState } from "@/lib/queue/params";
import { canExportIdentifiers, canSeeTeamExports } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listExports } from "@/lib/exports/log";
import { exportScopeSummary } from "@/lib/exports/scope";
import { getQueueColumns } from "@/lib/queue/preferences";
import { formatNumber } from "@/lib/format";
import {
  defaultQueueExportColumns,
  IDENTIFIER_COLUMNS,
  QUEUE_EXPORT_COLUMNS,
} from "@/lib/exports/queue-columns";
import { parseExportPage } from "@/lib/exports/request";
import { getOrganizationSettings } from "@/lib/settings/organization";

export const metadata: Metadata = { title: "Exports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toParams(input: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) params.append(key, item);
    }
  }
  return params;
}

export default async function ExportsPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const request = parseExportPage(toParams(await searchParams));
  const [scope, preference, log, { timeZone }] = await Promise.all([
    exportScopeSummary(request, user),
    getQueueColumns(user.id),
    listExports(user),
    getOrganizationSettings(),
  ]);
  const defaults = defaultQueueExportColumns(preference.hidden);
  const queueQuery = serializeQueueState({ ...request.state, page: 1 });
  const applicant = request.applicantId ? scope.applicant : null;
  return (
    <>
      <PageHeader
        title="Exports"
        description="CSV files for spreadsheets: UTF-8, ISO dates, plain amounts. Every export is logged."
      />
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>New export</CardTitle>
        </CardHeader>
        <CardContent className="space-y-6">
          <section aria-label="Applicants covered" className="space-y-2" data-testid="export-scope">
            {request.applicantId && !applicant ? (
              <p className="text-sm text-red-700" data-testid="export-applicant-missing">
                This applicant does not exist or was deleted.
              </p>
            ) : applicant ? (
              <p className="text-sm text-slate-700">
                One applicant:{" "}
                <Link
                  href={`/applicants/${applicant.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {applicant.name}
                </Link>{" "}
                <span className="text-slate-500">({applicant.reference})</span>
              </p>
            ) : (
              <>
                <p className="text-sm text-slate-700">
                  <span className="font-medium text-slate-900" data-testid="export-total">
                    {formatNumber(scope.total)} {scope.total === 1 ? "applicant" : "applicants"}
                  </span>{" "}
                  match the queue&apos;s filters, in its order (every page, not only the one on
                  screen).{" "}
                  <Link
                    href={queueQuery ? `/applicants?${queueQuery}` : "/applicants"}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    Change the filters in the queue
                  </Link>
                </p>
                <FilterSummary state={request.state} />
              </>
            )}
          </section>
          {scope.total === 0 && !request.applicantId ? (
            <p className="text-sm text-slate-600" data-testid="export-nothing">
              No applicant matches these filters, so there is nothing to export.
            </p>
          ) : null}
          <ExportForm
            initialKind={request.kind === "queue" && applicant ? "jobs" : request.kind}
            state={request.state}
            applicantId={applicant?.id ?? null}
            columns={QUEUE_EXPORT_COLUMNS.map((column) => ({
              id: column.id,
              header: column.header,
              identifier: IDENTIFIER_COLUMNS.includes(column.id),
            }))}
            initialColumns={request.columns ?? defaults}
            defaultColumns={defaults}
            identifiersMasked={!canExportIdentifiers(user.role)}
            total={scope.total}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{canSeeTeamExports(user.role) ? "Export log" : "Your exports"}</CardTitle>
        </CardHeader>
        <ExportLogTable entries={log} timeZone={timeZone} />
      </Card>
    </>
  );
}
