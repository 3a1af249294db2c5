import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDuration } from "@/lib/format";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import type { ApplicantMetrics, FlagSeverity } from "@/lib/metrics";

const SEVERITY_TONE: Record<FlagSeverity, "danger" | "warning" | "neutral"> = {
  risk: "danger",
  warning: "warning",
  info: "neutral",
};

const change = (ratio: number | null) =>
  ratio === null ? "—" : formatPercent(ratio, { signed: true });

/** The computed metrics (lib/metrics) and every flag with its one-line explanation. */
export function MetricsCard({ metrics }: { metrics: ApplicantMetrics }) {
  const { employers, raisesAndCuts: rc } = metrics;
  const rows: [string, string][] = [
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
      "Salary change 12 / 36 months",
      `${change(metrics.salaryChange.months12)} / ${change(metrics.salaryChange.months36)}`,
    ],
    [
      "Raises / cuts: 12 m · 36 m · ever",
      `${rc.months12.raises}/${rc.months12.cuts} · ${rc.months36.raises}/${rc.months36.cuts} · ${rc.ever.raises}/${rc.ever.cuts}`,
    ],
  ];
  return (
    <Card data-testid="metrics">
      <CardHeader>
        <CardTitle>Metrics and flags</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6 text-sm lg:grid-cols-2">
        <dl className="space-y-2">
          {rows.map(([label, value]) => (
            <div key={label} className="flex justify-between gap-4 border-b border-slate-100 pb-1">
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-right font-medium text-slate-900">{value}</dd>
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
                  <Badge tone={SEVERITY_TONE[flag.severity]}>{flag.label}</Badge>
                  <p className="mt-0.5 text-slate-700">{flag.explanation}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
