import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ExportForm } from "@/components/exports/export-form";
import { ExportLogSearch, ExportLogPager } from "@/components/exports/export-log-controls";
import { ExportLogTable } from "@/components/exports/export-log-table";
import { FilterSummary } from "@/components/exports/filter-summary";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { serializeQueueState } from "@/lib/queue/params";
import {
  canDownloadReportBatch,
  canExportIdentifiers,
  canSeeTeamExports,
} from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listExports } from "@/lib/exports/log";
import { exportScopeSummary } from "@/lib/exports/scope";
import { getQueueColumns } from "@/lib/queue/preferences";
import {
  DECISION_COLUMNS,
  defaultQueueExportColumns,
  IDENTIFIER_COLUMNS,
  QUEUE_EXPORT_COLUMNS,
} from "@/lib/exports/queue-columns";
import { EXPORT_KINDS, parseExportPage } from "@/lib/exports/request";
import { MAX_BATCH_APPLICANTS } from "@/lib/report/batch";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exports");
  return { title: t("title") };
}

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

const link = "font-medium text-brand-700 hover:underline";

/** The log's own parameters: which page, and what to search for. */
const LOG_PARAMS = ["page", "search"];

function logOptions(params: URLSearchParams) {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    page: Number.isFinite(page) && page > 0 ? page : 1,
    search: (params.get("search") ?? "").trim().slice(0, 100),
    // The export being prepared stays as it is while the log is searched or paged.
    kept: [...params].filter(([key]) => !LOG_PARAMS.includes(key)),
  };
}

const columnGroup = (id: (typeof QUEUE_EXPORT_COLUMNS)[number]["id"]) =>
  IDENTIFIER_COLUMNS.includes(id)
    ? "identifiers"
    : DECISION_COLUMNS.includes(id)
      ? "decision"
      : "applicant";

export default async function ExportsPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const [t, locale] = await Promise.all([getTranslations("exports"), getLocale()]);
  const params = toParams(await searchParams);
  const request = parseExportPage(params, locale);
  const logView = logOptions(params);
  const [scope, preference, log] = await Promise.all([
    exportScopeSummary(request, user),
    getQueueColumns(user.id),
    listExports(user, { page: logView.page, search: logView.search, lang: locale }),
  ]);
  const defaults = defaultQueueExportColumns(preference.hidden);
  const queueQuery = serializeQueueState({ ...request.state, page: 1 });
  const applicant = request.applicantId ? scope.applicant : null;
  const scopeSentence = applicant
    ? t.rich("scope.oneApplicant", {
        name: applicant.name,
        reference: applicant.reference,
        link: (chunks) => (
          <Link href={`/applicants/${applicant.id}`} className={link}>
            {chunks}
          </Link>
        ),
        muted: (chunks) => <span className="text-slate-500">{chunks}</span>,
      })
    : t.rich("scope.matches", {
        count: scope.total,
        total: (chunks) => (
          <span className="font-medium text-slate-900" data-testid="export-total">
            {chunks}
          </span>
        ),
        link: (chunks) => (
          <Link href={queueQuery ? `/applicants?${queueQuery}` : "/applicants"} className={link}>
            {chunks}
          </Link>
        ),
      });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>{t("newExport")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-6">
          <section aria-label={t("scope.label")} className="space-y-2" data-testid="export-scope">
            {request.applicantId && !applicant ? (
              <p className="text-sm text-red-700" data-testid="export-applicant-missing">
                {t("scope.applicantMissing")}
              </p>
            ) : applicant ? (
              <p className="text-sm text-slate-700">{scopeSentence}</p>
            ) : (
              <>
                <p className="text-sm text-slate-700">{scopeSentence}</p>
                <FilterSummary state={request.state} assignee={scope.assignee} />
              </>
            )}
          </section>
          {scope.total === 0 && !request.applicantId ? (
            <p className="text-sm text-slate-600" data-testid="export-nothing">
              {t("scope.nothing")}
            </p>
          ) : null}
          <ExportForm
            initialKind={request.kind === "queue" && applicant ? "jobs" : request.kind}
            initialLang={request.lang}
            state={request.state}
            applicantId={applicant?.id ?? null}
            columns={QUEUE_EXPORT_COLUMNS.map((column) => ({
              id: column.id,
              header: t(`columns.${column.id}`),
              group: columnGroup(column.id),
            }))}
            initialColumns={request.columns ?? defaults}
            defaultColumns={defaults}
            identifiersMasked={!canExportIdentifiers(user.role)}
            total={scope.total}
            kinds={EXPORT_KINDS.filter((kind) =>
              applicant
                ? kind !== "queue" && kind !== "reports"
                : kind !== "reports" || canDownloadReportBatch(user.role),
            )}
            maxReports={MAX_BATCH_APPLICANTS}
          />
        </CardContent>
      </Card>
      <Card id="export-log">
        <CardHeader>
          <CardTitle>
            {canSeeTeamExports(user.role) ? t("log.teamTitle") : t("log.ownTitle")}
          </CardTitle>
        </CardHeader>
        <CardContent>
          <ExportLogSearch kept={logView.kept} search={logView.search} />
        </CardContent>
        <ExportLogTable entries={log.entries} search={logView.search} />
        <ExportLogPager log={log} kept={logView.kept} search={logView.search} />
      </Card>
    </>
  );
}
