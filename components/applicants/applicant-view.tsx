import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { INSTITUTIONS } from "@/lib/connect/institutions";
import type { ApplicantPageData } from "@/lib/applicant/page";
import { getFormat } from "@/lib/i18n/server";
import { sameName } from "@/lib/metrics/same-name";
import { AuditTrail } from "./audit-trail";
import { ChangeList } from "./change-list";
import { DataAgeBadge, ReferenceWarning } from "./data-notices";
import { CurrentEmploymentFacts } from "./current-employment-card";
import { DecisionAside } from "./decision-aside";
import { DecisionFacts } from "./decision-facts";
import { DecisionHistory } from "./decision-history";
import { DecisionStatusBadge } from "./decision-status-badge";
import { EmploymentTimeline } from "./employment-timeline";
import { IdentifiersCard } from "./identifiers-card";
import { JobsTable } from "./jobs-table";
import { LinkStatusBadge } from "./link-status-badge";
import { MetricsCard } from "./metrics-card";
import { SalaryChartSection } from "./salary-chart-section";
import { ScoreGauges } from "./score-gauges";
import { SnapshotList } from "./snapshot-list";
import { SummaryCard } from "./summary-card";

function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <Card id={id} className={id ? "scroll-mt-6" : undefined}>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

type Props = {
  data: ApplicantPageData;
  /** Refresh / delete buttons (they need the router, so the page passes them in). */
  actions: ReactNode;
  /** Assignment and decision form, shown beside the page with the facts it rests on. */
  decisionPanel: ReactNode;
  /** Verification reports and the institution's documents (they depend on the reader's role). */
  reports?: ReactNode;
  /** Monitoring on or off, and the applicant's open alerts. */
  monitoring?: ReactNode;
  /** Consents, the revocation, oppositions and disputed data (forms depend on the role). */
  privacy?: ReactNode;
};

/** The applicant page's body: server-rendered; only the chart, the table and the forms hydrate. */
export async function ApplicantView({
  data,
  actions,
  decisionPanel,
  reports,
  monitoring,
  privacy,
}: Props) {
  const [t, f] = await Promise.all([getTranslations("applicant"), getFormat()]);
  const { applicant, latest, metrics, age } = data;
  const asOf = metrics?.asOf ?? "";
  const officialName = latest?.officialName ?? null;
  const latestChanges = latest ? applicant.changes.filter((c) => c.snapshotId === latest.id) : [];
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-6">
      <div className="min-w-0 space-y-6 pb-20 lg:pb-0">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight" data-testid="applicant-name">
              {applicant.name}
            </h1>
            {officialName && !sameName(officialName, applicant.name) ? (
              <p className="text-sm font-medium text-red-800" data-testid="name-on-record">
                {t("header.nameOnRecord", { name: officialName })}
              </p>
            ) : null}
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <DecisionStatusBadge status={applicant.decisionStatus} />
              <span className="font-mono" data-testid="applicant-reference">
                {applicant.reference}
              </span>
              ·<span>{INSTITUTIONS[applicant.institution].label}</span>·
              <LinkStatusBadge status={applicant.link?.status ?? null} />
              {latest && metrics && age ? (
                <span data-testid="data-as-of">
                  · {t("header.dataAsOf", { date: f.date(metrics.asOf) })} ·{" "}
                  <DataAgeBadge age={age} />
                </span>
              ) : null}
              {applicant.assignedTo ? (
                <span>· {t("header.assignedTo", { name: applicant.assignedTo.name })}</span>
              ) : null}
            </p>
          </div>
          {actions}
        </div>
        {applicant.queries.availableAt ? (
          <p
            className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
            data-testid="daily-limit-notice"
          >
            {t("header.dailyLimit", { when: f.dateTime(applicant.queries.availableAt) })}
          </p>
        ) : null}
        {latest && metrics ? (
          <>
            {applicant.snapshots.length > 1 ? (
              <Section title={t("changes.latestTitle")}>
                {latestChanges.length ? (
                  <ChangeList changes={latestChanges} testId="latest-changes" />
                ) : (
                  <p className="text-sm text-slate-600" data-testid="latest-changes">
                    {t("changes.latestNone")}
                  </p>
                )}
              </Section>
            ) : null}
            <SummaryCard applicant={applicant} snapshot={latest} metrics={metrics} />
            <ReferenceWarning years={metrics.missingReferenceYears} />
            <div className="grid grid-cols-1 gap-6 2xl:grid-cols-3">
              <ScoreGauges snapshots={applicant.snapshots} institution={applicant.institution} />
              <div className="2xl:col-span-2">
                <MetricsCard
                  applicantId={applicant.id}
                  metrics={metrics}
                  flagWindowMonths={data.flagWindowMonths}
                />
              </div>
            </div>
            <SalaryChartSection jobs={latest.jobs} asOf={asOf} />
            <EmploymentTimeline jobs={latest.jobs} asOf={asOf} />
            <Section title={t("sections.employers")}>
              <JobsTable jobs={latest.jobs} asOf={asOf} />
            </Section>
          </>
        ) : (
          <Section title={t("sections.records")}>
            <p className="text-sm text-slate-600">{t("sections.noRecords")}</p>
          </Section>
        )}
        <div className="grid grid-cols-1 gap-6 2xl:grid-cols-3">
          <Section title={t("sections.changes")} id="changes">
            <ChangeList changes={applicant.changes} />
          </Section>
          <div className="space-y-6">
            {monitoring}
            <Section title={t("sections.pulls")}>
              <SnapshotList snapshots={applicant.snapshots} />
            </Section>
            {applicant.snapshots.length ? reports : null}
            {INSTITUTIONS[applicant.institution].currentEmployment ? (
              <Section title={t("sections.currentEmployment")}>
                <CurrentEmploymentFacts
                  current={applicant.currentEmployment}
                  recordsCollectedAt={latest?.collectedAt ?? null}
                />
              </Section>
            ) : null}
          </div>
          <IdentifiersCard applicant={applicant} />
        </div>
        {privacy}
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <Section title={t("sections.decisionHistory")}>
            <DecisionHistory decisions={data.decisions} />
          </Section>
          <Section title={t("sections.audit")}>
            <AuditTrail entries={data.audit} />
          </Section>
        </div>
      </div>
      <DecisionAside status={<DecisionStatusBadge status={applicant.decisionStatus} />}>
        <Card data-testid="decision">
          <CardHeader>
            <CardTitle>{t("sections.decision")}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-5">
            <DecisionFacts data={data} />
            {decisionPanel}
          </CardContent>
        </Card>
      </DecisionAside>
    </div>
  );
}
