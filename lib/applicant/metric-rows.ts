import { employerLabel } from "@/lib/applicant/employer-label";
import type { AppFormat } from "@/lib/i18n/app-format";
import type { ApplicantMetrics } from "@/lib/metrics";

/** A translator of `applicant.metrics` (loosely typed so the page and the PDF share the rows). */
export type MetricsCardTranslate = (
  key: string,
  values?: Record<string, string | number>,
) => string;

export interface MetricRow {
  key: string;
  label: string;
  value: string;
  /** How the figure reads, under it. */
  hint?: string;
}

/** The metrics card's figures as words: the applicant page and the verification report show these. */
export function metricRows(
  metrics: ApplicantMetrics,
  t: MetricsCardTranslate,
  f: AppFormat,
): MetricRow[] {
  const change = (ratio: number | null) =>
    ratio === null ? "—" : f.percent(ratio, { signed: true });
  const { employers, raisesAndCuts: rc, salaryChange } = metrics;
  return [
    {
      key: "tenure",
      label: t("tenure"),
      value:
        metrics.tenureAtCurrentEmployerDays === null
          ? "—"
          : f.span(metrics.tenureAtCurrentEmployerDays),
    },
    { key: "totalTenure", label: t("totalTenure"), value: f.span(metrics.totalTenure.days) },
    {
      key: "employers",
      label: t("employers"),
      value: `${f.number(employers.months12)} / ${f.number(employers.months24)} / ${f.number(employers.months36)}`,
    },
    {
      key: "longestGap",
      label: t("longestGap"),
      value: metrics.longestGap
        ? t("longestGapValue", {
            weeks: metrics.longestGap.weeks,
            from: f.date(metrics.longestGap.from),
            to: f.date(metrics.longestGap.to),
          })
        : t("none"),
    },
    {
      key: "weeksSinceLastJob",
      label: t("weeksSinceLastJob"),
      value: metrics.weeksSinceLastJob === null ? "—" : f.number(metrics.weeksSinceLastJob),
    },
    {
      key: "concurrentWeeks",
      label: t("concurrentWeeks"),
      value: f.number(metrics.concurrent.weeks),
    },
    {
      key: "salaryChange",
      label: t("salaryChange"),
      value: salaryChange
        ? `${change(salaryChange.months12)} / ${change(salaryChange.months36)}`
        : "—",
      hint: salaryChange
        ? t("salaryChangeHint", { employer: employerLabel(salaryChange.employer) })
        : t("salaryChangeNoJob"),
    },
    {
      key: "raisesCuts",
      label: t("raisesCuts"),
      value: `${rc.months12.raises}/${rc.months12.cuts} · ${rc.months36.raises}/${rc.months36.cuts} · ${rc.ever.raises}/${rc.ever.cuts}`,
      hint: t("raisesCutsHint"),
    },
  ];
}
