import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { employerLabel } from "@/lib/applicant/employer-label";
import { formatDuration } from "@/lib/format";
import { sameName } from "@/lib/applicant/same-name";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { formatDate, formatDateTime, formatMXN, formatNumber, formatPercent } from "@/lib/format";
import type { ApplicantMetrics } from "@/lib/metrics";
import { LinkStatusBadge } from "./link-status-badge";

const STATUS_LABELS = { employed: "Employed", unemployed: "Unemployed", retired: "Retired" };

type Props = {
  applicant: ApplicantDetail;
  snapshot: SnapshotView;
  metrics: ApplicantMetrics;
  timeZone: string;
};

function Fact({
  label,
  children,
  testId,
  hint,
}: {
  label: string;
  children: React.ReactNode;
  testId?: string;
  /** How the figure is computed, under it. */
  hint?: string;
}) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900" data-testid={testId}>
        {children}
      </dd>
      {hint ? <dd className="mt-0.5 text-xs text-slate-500">{hint}</dd> : null}
    </div>
  );
}

type Income = NonNullable<ApplicantMetrics["income"]>;

/** "$29,802.03", or "at least $89,155.60" when a salary sits at the ceiling. */
const amount = (income: Income, text: string) =>
  income.atLeast ? `at least ${formatMXN(text)}` : formatMXN(text);

function incomeHints(income: Income | null) {
  if (income?.method === "issste-monthly")
    return {
      monthlyLabel: "Monthly salary (as ISSSTE reports it)",
      monthly: "ISSSTE reports a monthly salary; its daily figure is that ÷ 30.",
      cash: "ISSSTE's salary is base pay without perks, so cash pay equals it.",
    };
  return {
    monthlyLabel: "Monthly income (daily × 30.4)",
    monthly:
      "Daily SBC of every open job × 30.4 (the UMA convention). The SBC integrates benefits.",
    cash: income?.atLeast
      ? "At the 25-UMA ceiling the real pay is above the SBC: this is a lower bound."
      : "Daily SBC ÷ 1.0493 (the minimum integration factor) × 30.4: an upper bound of cash pay.",
  };
}

function cashText(income: Income): string {
  const value = formatMXN(income.estimatedCashBasePay);
  if (income.method === "issste-monthly") return `${value} / month`;
  return income.atLeast ? `at least ${value} / month` : `${value} / month, at most`;
}

const weeksText = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : formatNumber(value);

/** The headline facts an underwriter reads first. */
export function SummaryCard({ applicant, snapshot, metrics, timeZone }: Props) {
  const income = metrics.income;
  const hints = incomeHints(income);
  const declared = metrics.declaredIncome;
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
            {income ? amount(income, income.dailySalary) : "—"}
          </Fact>
          <Fact label={hints.monthlyLabel} testId="summary-monthly" hint={hints.monthly}>
            {income ? amount(income, income.monthlyIncome) : "—"}
          </Fact>
          <Fact label="Estimated cash base pay" testId="summary-cash" hint={hints.cash}>
            {income ? cashText(income) : "—"}
          </Fact>
          {declared ? (
            <Fact
              label="Declared / verified monthly income"
              testId="summary-declared"
              hint={`Declared by the applicant; flagged above verified by more than ${formatNumber(declared.tolerancePct)}%.${declared.verifiedIsFloor ? " The verified figure is a floor (capped salary)." : ""}`}
            >
              {formatMXN(declared.declared)} /{" "}
              {declared.verified ? formatMXN(declared.verified) : "none verified"}
              {declared.ratio !== null
                ? ` (${formatPercent(declared.ratio - 1, { signed: true })})`
                : ""}
            </Fact>
          ) : null}
          <Fact label="Weeks contributed / redeemed / reinstated" testId="summary-weeks">
            {weeks
              ? `${weeksText(weeks.weeksContributed)} / ${weeksText(weeks.weeksRedeemed)} / ${weeksText(weeks.weeksReinstated)}`
              : "Not reported (ISSSTE)"}
          </Fact>
          <Fact label="Data collected" testId="summary-as-of">
            {formatDateTime(snapshot.collectedAt, { timeZone })}
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
