import { employerLabel } from "@/lib/applicant/employer-label";
import type { AppFormat } from "@/lib/i18n/app-format";
import type { ApplicantMetrics } from "@/lib/metrics";

/** A translator of `applicant.summary` (next-intl's `t`, loosely typed so pages and PDFs share it). */
export type SummaryTranslate = (key: string, values?: Record<string, string | number>) => string;

type Income = NonNullable<ApplicantMetrics["income"]>;

// The summary's figures as words, for the applicant page and the verification report alike.

/** "$29,802.03", or "al menos $89,155.60" when a salary sits at the ceiling. */
export const amountText = (income: Income, text: string, t: SummaryTranslate, f: AppFormat) =>
  income.atLeast ? t("atLeast", { amount: f.money(text) }) : f.money(text);

/** The monthly figure's label and how the monthly and cash figures are obtained. */
export function incomeHints(income: Income | null, t: SummaryTranslate) {
  if (income?.method === "issste-monthly")
    return {
      monthlyLabel: t("monthlyIssste"),
      monthly: t("monthlyHintIssste"),
      cash: t("cashHintIssste"),
    };
  return {
    monthlyLabel: t("monthly"),
    monthly: t("monthlyHint"),
    cash: income?.atLeast ? t("cashHintCapped") : t("cashHint"),
  };
}

export function cashText(income: Income, t: SummaryTranslate, f: AppFormat): string {
  const value = f.money(income.estimatedCashBasePay);
  if (income.method === "issste-monthly") return t("perMonth", { amount: value });
  return income.atLeast
    ? t("perMonthAtLeast", { amount: value })
    : t("perMonthAtMost", { amount: value });
}

const weeksValue = (value: number | null | undefined, f: AppFormat) =>
  value === null || value === undefined ? "—" : f.number(value);

/** "812 / 0 / 0", or ISSSTE's "not reported". */
export function weeksText(metrics: ApplicantMetrics, t: SummaryTranslate, f: AppFormat): string {
  const weeks = metrics.socialSecuritySummary;
  if (!weeks) return t("weeksIssste");
  return [weeks.weeksContributed, weeks.weeksRedeemed, weeks.weeksReinstated]
    .map((value) => weeksValue(value, f))
    .join(" / ");
}

export function currentEmployersText(metrics: ApplicantMetrics, t: SummaryTranslate): string {
  return metrics.currentJobs.length
    ? metrics.currentJobs.map((job) => employerLabel(job.employer)).join(" · ")
    : t("none");
}

export function tenureText(metrics: ApplicantMetrics, t: SummaryTranslate, f: AppFormat): string {
  return metrics.tenureAtCurrentEmployerDays === null
    ? "—"
    : t("tenureSince", {
        span: f.span(metrics.tenureAtCurrentEmployerDays),
        date: f.date(metrics.currentJobs[0]?.startDate ?? metrics.asOf),
      });
}

/** The 25-UMA warning: which open jobs report the ceiling, and the ceiling; null when none does. */
export function cappedWarning(metrics: ApplicantMetrics, t: SummaryTranslate, f: AppFormat) {
  const capped = metrics.currentJobs.filter((job) => job.capped);
  if (!capped.length) return null;
  return t("capped", {
    employers: capped.map((job) => employerLabel(job.employer)).join(", "),
    count: capped.length,
    cap: f.money(capped[0]?.capDaily ?? "0"),
  });
}

/** Declared against verified monthly income, e.g. "$90,000.00 / $21,888.00 (+311.2 %)". */
export function declaredText(
  declared: NonNullable<ApplicantMetrics["declaredIncome"]>,
  t: SummaryTranslate,
  f: AppFormat,
) {
  const value = `${f.money(declared.declared)} / ${
    declared.verified ? f.money(declared.verified) : t("noneVerified")
  }${declared.ratio !== null ? ` (${f.percent(declared.ratio - 1, { signed: true })})` : ""}`;
  const hint = [
    t("declaredHint", { tolerance: f.percent(declared.tolerancePct / 100) }),
    declared.verifiedIsFloor ? t("declaredHintFloor") : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { value, hint };
}
