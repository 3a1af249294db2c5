import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDuration } from "@/lib/format";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import { employerLabel } from "@/lib/applicant/employer-label";
import type { ApplicantMetrics } from "@/lib/metrics";
import { FLAG_RULES } from "@/lib/metrics/flag-rules";
import { SEVERITY_TONE } from "@/lib/queue/flags";

const change = (ratio: number | null) =>
  ratio === null ? "—" : formatPercent(ratio, { signed: true });

/** The computed metrics (lib/metrics) and every flag with its one-line explanation. */
export function MetricsCard({
  metrics,
  flagWindowMonths,
}: {
  metrics: ApplicantMetrics;
  flagWindowMonths: number;
}) {
  const { employers, raisesAndCuts: rc, salaryChange } = metrics;
  const rows: [label: string, value: string, hint?: string][] = [
    [
      "Tenure at current employer",
      metrics.tenureAtCurrentEmployerDays === null
        ? "—"
        : formatDuration(metrics.tenureAtCurrentEmployerDays),
    ],
    ["Total formal tenure (overlaps merged)", formatDuration(metrics.totalTenure.days)],
    [
      "Employers in the last 12 / 24 / 36 months",
      `${formatNumber(employers.months12)} / ${formatNumber(employers.months24)} / ${formatNumber(employers.months36)}`,
    ],
    [
      "Longest gap",
      metrics.longestGap
        ? `${formatNumber(metrics.longestGap.weeks)} weeks (${formatDate(metrics.longestGap.from)} – ${formatDate(metrics.longestGap.to)})`
        : "None",
    ],
    [
      "Weeks since the last job",
      metrics.weeksSinceLastJob === null ? "—" : formatNumber(metrics.weeksSinceLastJob),
    ],
    ["Weeks with concurrent jobs", formatNumber(metrics.concurrent.weeks)],
    [
      "Salary change 12 / 36 months, main job",
      salaryChange ? `${change(salaryChange.months12)} / ${change(salaryChange.months36)}` : "—",
      salaryChange
        ? `${employerLabel(salaryChange.employer)}: its daily salary now against its own salary 12 and 36 months earlier. "—" when the job is younger, or when both ends sit at the 25-UMA ceiling (only the ceiling moved).`
        : "No open job.",
    ],
    [
      "Raises / cuts: 12 m · 36 m · ever",
      `${rc.months12.raises}/${rc.months12.cuts} · ${rc.months36.raises}/${rc.months36.cuts} · ${rc.ever.raises}/${rc.ever.cuts}`,
      "Within each job: changes of more than 2% between consecutive movements. A new job is not a raise, and a move from one year's 25-UMA ceiling to the next is not counted.",
    ],
  ];
  return (
    <Card data-testid="metrics">
      <CardHeader>
        <CardTitle>Metrics and flags</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6 text-sm lg:grid-cols-2">
        <dl className="space-y-2">
          {rows.map(([label, value, hint]) => (
            <div
              key={label}
              className="grid grid-cols-[1fr_auto] gap-x-4 border-b border-slate-100 pb-1"
            >
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-right font-medium text-slate-900">{value}</dd>
              {hint ? <dd className="col-span-2 mt-0.5 text-xs text-slate-500">{hint}</dd> : null}
            </div>
          ))}
        </dl>
        <div>
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            Flags
          </h3>
          {metrics.flags.length === 0 ? (
            <p className="text-slate-600" data-testid="no-flags">
              No flags.
            </p>
          ) : (
            <ul className="space-y-2" data-testid="flags">
              {metrics.flags.map((flag) => (
                <li key={flag.code} data-testid={`flag-${flag.code}`}>
                  <Badge tone={SEVERITY_TONE[flag.severity]} title={FLAG_RULES[flag.code].summary}>
                    {flag.label}
                  </Badge>
                  <p className="mt-0.5 text-slate-700">{flag.explanation}</p>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 text-xs text-slate-500">
            Every figure and flag is as of the day the data was collected. Gaps that ended more than{" "}
            {formatNumber(flagWindowMonths)} months before it weigh less (the team lead sets this
            window in Settings).
          </p>
        </div>
      </CardContent>
    </Card>
  );
}
