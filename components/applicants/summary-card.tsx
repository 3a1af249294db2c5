import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { employerLabel } from "@/lib/applicant/employer-label";
import { formatDuration } from "@/lib/format";
import { sameName } from "@/lib/applicant/page-metrics";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { formatDate, formatDateTime, formatMXN, formatNumber } from "@/lib/format";
import type { ApplicantMetrics } from "@/lib/metrics";
import { LinkStatusBadge } from "./link-status-badge";

const STATUS_LABELS = { employed: "Employed", unemployed: "Unemployed", retired: "Retired" };

type Props = { applicant: ApplicantDetail; snapshot: SnapshotView; metrics: ApplicantMetrics };

function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

const weeksText = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : formatNumber(value);

/** The headline facts an underwriter reads first. */
export function SummaryCard({ applicant, snapshot, metrics }: Props) {
  const income = metrics.income;
  const capped = metrics.currentJobs.filter((job) => job.capped);
  const weeks = metrics.socialSecuritySummary;
  const link = applicant.link?.status ?? null;
  const officialName = snapshot.officialName;
  const nameDiffers = officialName !== null && !sameName(officialName, applicant.name);
  return (
    <Card data-testid="summary">
      <CardHeader>
        <CardTitle>Summary</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {nameDiffers ? (
          <p
            className="rounded-md bg-amber-50 px-3 py-2 text-amber-900"
            data-testid="name-mismatch"
          >
            Identity check: the official name on record is <strong>{officialName}</strong>, not{" "}
            <strong>{applicant.name}</strong> as entered.
          </p>
        ) : null}
        {link === "INVALID" || link === "TOKEN_REQUIRED" ? (
          <p className="rounded-md bg-red-50 px-3 py-2 text-red-800" data-testid="reconnect-hint">
            The Belvo link needs reconnection: refreshes will fail until the applicant connects
            again. Send them a new invite from Applicants → Invite.
          </p>
        ) : null}
        {capped.length ? (
          <p
            className="rounded-md bg-amber-50 px-3 py-2 text-amber-900"
            data-testid="capped-warning"
          >
            Capped salary: {capped.map((job) => employerLabel(job.employer)).join(", ")} reports the
            25-UMA ceiling ({formatMXN(capped[0]?.capDaily ?? "0")} a day). The real salary is at
            least this, not exactly this.
          </p>
        ) : null}
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
          <Fact label="Status" testId="summary-status">
            {STATUS_LABELS[metrics.status]}
          </Fact>
          <Fact label="Current employer(s)" testId="summary-employers">
            {metrics.currentJobs.length
              ? metrics.currentJobs.map((job) => employerLabel(job.employer)).join(" · ")
              : "None"}
          </Fact>
          <Fact label="Tenure at current employer" testId="summary-tenure">
            {metrics.tenureAtCurrentEmployerDays === null
              ? "—"
              : `${formatDuration(metrics.tenureAtCurrentEmployerDays)} (since ${formatDate(metrics.currentJobs[0]?.startDate ?? metrics.asOf)})`}
          </Fact>
          <Fact label="Daily salary (SBC)" testId="summary-daily">
            {income ? formatMXN(income.dailySalary) : "—"}
          </Fact>
          <Fact label="Monthly income (× 30.4)" testId="summary-monthly">
            {income ? formatMXN(income.monthlyIncome) : "—"}
          </Fact>
          <Fact label="Estimated cash base pay" testId="summary-cash">
            {income ? `${formatMXN(income.estimatedCashBasePay)} / month, at most` : "—"}
          </Fact>
          <Fact label="Weeks contributed / redeemed / reinstated" testId="summary-weeks">
            {weeks
              ? `${weeksText(weeks.weeksContributed)} / ${weeksText(weeks.weeksRedeemed)} / ${weeksText(weeks.weeksReinstated)}`
              : "Not reported (ISSSTE)"}
          </Fact>
          <Fact label="Data as of" testId="summary-as-of">
            {formatDateTime(snapshot.collectedAt)}
          </Fact>
          <Fact label="Link">
            <LinkStatusBadge status={link} />
          </Fact>
          <Fact label="Name on record">{officialName ?? "—"}</Fact>
        </dl>
        {!income && metrics.lastSalary ? (
          <p className="text-xs text-slate-600">
            Last salary: {formatMXN(metrics.lastSalary.dailySalary)} a day at{" "}
            {employerLabel(metrics.lastSalary.employer)}, until{" "}
            {formatDate(metrics.lastSalary.endDate)}.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
