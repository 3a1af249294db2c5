import { createTranslator } from "next-intl";
import { OUTCOME_KEYS, reasonKey } from "@/lib/applicant/decision-reasons";
import { employerLabel } from "@/lib/applicant/employer-label";
import { metricRows, type MetricRow, type MetricsCardTranslate } from "@/lib/applicant/metric-rows";
import { buildSalaryChart, type SalaryChartData } from "@/lib/applicant/salary-series";
import {
  amountText,
  cappedWarning,
  cashText,
  currentEmployersText,
  declaredText,
  incomeHints,
  tenureText,
  weeksText,
  type SummaryTranslate,
} from "@/lib/applicant/summary-text";
import { jobDays } from "@/lib/dates";
import { appFormat, type CommonTranslate } from "@/lib/i18n/app-format";
import { messagesFor } from "@/lib/i18n/catalog";
import { explainFlag, flagLabel } from "@/lib/i18n/flag-text";
import { metricsTranslator } from "@/lib/i18n/translator";
import type { ApplicantMetrics } from "@/lib/metrics";
import { FLAG_RULES, type FlagSeverity } from "@/lib/metrics/flag-rules";
import { referenceTable } from "@/lib/metrics/reference-values";
import { sameName } from "@/lib/metrics/same-name";
import { scoreBand, scoreFraction } from "@/lib/metrics/score-bands";
import { snapshotFigures } from "@/lib/metrics/snapshot-figures";
import type { ReportContent } from "./content";

export type Fact = { label: string; value: string; hint?: string };

export interface Gauge {
  period: string;
  score: number | null;
  /** 0 (300) to 1 (900); null without a score. */
  fraction: number | null;
  band: string;
}

export interface ChartWords {
  title: string;
  caption: string;
  empty: string;
  withoutSalary: string | null;
  ceiling: string | null;
  legend: string[];
  money: (amount: number) => string;
}

/** A report as words and numbers ready to draw: the PDF only lays this out. */
export interface ReportModel {
  lang: string;
  title: string;
  folio: string;
  lender: string;
  subtitle: string;
  header: Fact[];
  identity: { title: string; facts: Fact[]; masked: string | null; consent: Fact };
  summary: { title: string; warnings: string[]; facts: Fact[]; note: string | null };
  scores: { title: string; note: string; gauges: Gauge[] | null; none: string | null };
  chart: { data: SalaryChartData; words: ChartWords };
  metrics: { title: string; rows: MetricRow[]; footnote: string };
  flags: {
    title: string;
    none: string;
    items: { severity: string; label: string; text: string }[];
  };
  employers: { title: string; empty: string; columns: string[]; rows: string[][] };
  decision: { title: string; none: string; facts: Fact[] | null };
  footer: (page: number, total: number) => string;
  verifyHint: string;
}

const PERIODS = [3, 6, 12] as const;

function translators(content: ReportContent) {
  const locale = content.locale;
  const messages = messagesFor(locale);
  const make = <N extends "report" | "applicant" | "common" | "connect">(namespace: N) =>
    createTranslator({ locale, messages, namespace });
  const common = make("common");
  const f = appFormat({
    locale,
    timeZone: content.settings.timeZone,
    t: common as unknown as CommonTranslate,
  });
  return {
    t: make("report"),
    ta: make("applicant"),
    tc: make("connect"),
    tm: metricsTranslator(locale),
    f,
  };
}

type Words = ReturnType<typeof translators>;

/** Flags that reports of version 1 predate: re-rendered without them, they keep their bytes. */
const FLAGS_SINCE_VERSION_2: readonly string[] = [
  "new-employer-before-applying",
  "voluntary-contributions",
  "retired",
  "thin-file",
];

/** The figures the applicant page shows for this pull, from the same function. */
export function reportFigures(content: ReportContent): ApplicantMetrics {
  const figures = currentFigures(content);
  if (content.version >= 2) return figures;
  return {
    ...figures,
    flags: figures.flags.filter((flag) => !FLAGS_SINCE_VERSION_2.includes(flag.code)),
  };
}

function currentFigures(content: ReportContent): ApplicantMetrics {
  const { settings } = content;
  return snapshotFigures({
    snapshot: content.snapshot,
    institution: content.applicant.institution,
    settings: {
      timeZone: settings.timeZone,
      flagWindowMonths: settings.flagWindowMonths,
      declaredIncomeTolerancePct: settings.declaredIncomeTolerancePct,
      reference: referenceTable(settings.reference),
    },
    declaredMonthlyIncome: content.applicant.declaredMonthlyIncome,
    typedName: content.applicant.name,
    appliedAt: content.applicant.appliedAt,
  });
}

function institutionName(content: ReportContent, { tc }: Words) {
  return tc(`institution.${content.applicant.institution}` as never);
}

function identity(content: ReportContent, { t, ta, f }: Words) {
  const { applicant, snapshot, consent } = content;
  const id = (value: string | null) => value ?? t("identity.notReported");
  const consentText = consent
    ? consent.channel === "INVITE"
      ? ta("identifiers.consentInvite", {
          version: consent.privacyNoticeVersion,
          date: f.dateTime(consent.acceptedAt),
        })
      : ta("identifiers.consentCaptured", {
          version: consent.privacyNoticeVersion,
          date: f.dateTime(consent.acceptedAt),
          name: consent.capturedBy ?? ta("identifiers.formerUser"),
        })
    : t("identity.noConsent");
  return {
    title: t("identity.title"),
    facts: [
      { label: t("identity.name"), value: applicant.name },
      { label: t("identity.officialName"), value: id(snapshot.officialName) },
      { label: t("identity.reference"), value: applicant.reference },
      { label: "CURP", value: id(applicant.curp) },
      { label: "NSS", value: id(applicant.nss) },
      { label: "RFC", value: id(applicant.rfc) },
    ],
    masked: content.masked ? t("identity.masked") : null,
    consent: { label: t("identity.consent"), value: consentText },
  };
}

function summary(content: ReportContent, metrics: ApplicantMetrics, { ta, f }: Words) {
  const t = ((key: string, values?: Record<string, string | number>) =>
    ta(`summary.${key}` as never, values as never)) as SummaryTranslate;
  const income = metrics.income;
  const hints = incomeHints(income, t);
  const official = content.snapshot.officialName;
  const warnings = [
    official && !sameName(official, content.applicant.name)
      ? ta.markup("summary.nameMismatch", {
          official,
          entered: content.applicant.name,
          strong: (chunks) => chunks,
        })
      : null,
    cappedWarning(metrics, t, f),
  ].filter((text): text is string => text !== null);
  const declared = metrics.declaredIncome ? declaredText(metrics.declaredIncome, t, f) : null;
  const facts: Fact[] = [
    { label: t("status"), value: t(`statuses.${metrics.status}`) },
    { label: t("employers"), value: currentEmployersText(metrics, t) },
    { label: t("tenure"), value: tenureText(metrics, t, f) },
    { label: t("daily"), value: income ? amountText(income, income.dailySalary, t, f) : "—" },
    {
      label: hints.monthlyLabel,
      value: income ? amountText(income, income.monthlyIncome, t, f) : "—",
      hint: hints.monthly,
    },
    { label: t("cash"), value: income ? cashText(income, t, f) : "—", hint: hints.cash },
    ...(declared ? [{ label: t("declared"), value: declared.value, hint: declared.hint }] : []),
    { label: t("weeks"), value: weeksText(metrics, t, f) },
  ];
  const last = metrics.lastSalary;
  return {
    title: t("title"),
    warnings,
    facts,
    note:
      !income && last
        ? t("lastSalary", {
            amount: f.money(last.dailySalary),
            employer: employerLabel(last.employer),
            date: f.date(last.endDate),
          })
        : null,
  };
}

function scores(content: ReportContent, { t, ta, tm }: Words) {
  const title = ta("scores.title");
  if (content.applicant.institution === "ISSSTE")
    return { title, note: t("scores.issste"), gauges: null, none: null };
  const found = content.snapshot.scores;
  const gauges = found
    ? PERIODS.map((period): Gauge => {
        const score = found.find((entry) => entry.period === period)?.score ?? null;
        return {
          period: ta("scores.period", { period }),
          score,
          fraction: score === null ? null : scoreFraction(score),
          band:
            score === null
              ? ta("scores.notScored")
              : tm(`scoreBands.${scoreBand(score).key}.label`),
        };
      })
    : null;
  return { title, note: t("scores.scale"), gauges, none: gauges ? null : ta("scores.noScore") };
}

function chart(content: ReportContent, asOf: string, { t, ta, f }: Words) {
  // The page's chart, from the same series (lib/applicant/salary-series.ts).
  const data = buildSalaryChart(content.snapshot.jobs, asOf);
  const last = data.ceilings.at(-1);
  const words: ChartWords = {
    title: ta("salaryChart.title"),
    caption: t("chart.caption"),
    empty: ta("salaryChart.empty"),
    withoutSalary: data.withoutSalary.length
      ? ta("salaryChart.withoutSalary", {
          employers: data.withoutSalary.map(employerLabel).join(", "),
        })
      : null,
    ceiling: last ? t("chart.ceiling", { amount: f.money(last.cap) }) : null,
    legend: data.series.map((series) => employerLabel(series.employer)),
    money: (amount) => f.moneyWhole(amount),
  };
  return { data, words };
}

function flags(metrics: ApplicantMetrics, { t, ta, tm, f }: Words) {
  return {
    title: ta("metrics.flags"),
    none: ta("metrics.noFlags"),
    items: metrics.flags.map((flag) => ({
      severity: t(`flags.severity.${FLAG_RULES[flag.code].severity satisfies FlagSeverity}`),
      label: flagLabel(tm, flag.code),
      text: explainFlag(flag, { asOf: metrics.asOf, t: tm, f }),
    })),
  };
}

function employers(content: ReportContent, asOf: string, { t, ta, f }: Words) {
  const jobs = [...content.snapshot.jobs].sort(
    (a, b) => b.startDate.localeCompare(a.startDate) || a.employer.localeCompare(b.employer),
  );
  const column = (key: string) => ta(`jobs.columns.${key}` as never);
  return {
    title: t("employers.title"),
    empty: ta("jobs.empty"),
    columns: [
      "employer",
      "employerId",
      "state",
      "start",
      "end",
      "duration",
      "weeks",
      "daily",
      "monthly",
    ].map(column),
    rows: jobs.map((job) => [
      employerLabel(job.employer),
      job.employerId ?? "—",
      job.state ?? "—",
      f.date(job.startDate),
      job.endDate ? f.date(job.endDate) : ta("jobs.current"),
      f.span(jobDays(job, asOf)),
      job.weeksEmployed === null ? "—" : f.number(job.weeksEmployed),
      job.mostRecentDailySalary ? f.money(job.mostRecentDailySalary) : "—",
      job.monthlySalary ? f.money(job.monthlySalary) : "—",
    ]),
  };
}

function decision(content: ReportContent, { t, ta, f }: Words) {
  const found = content.decision;
  const who = (name: string | null) => name ?? ta("history.formerUser");
  if (!found) return { title: t("decision.title"), none: t("decision.none"), facts: null };
  const key = reasonKey(found.reasonCode);
  const facts: Fact[] = [
    { label: t("decision.outcome"), value: ta(`decision.outcomes.${OUTCOME_KEYS[found.outcome]}`) },
    { label: t("decision.reason"), value: key ? ta(`decision.reasons.${key}`) : found.reasonCode },
    {
      label: t("decision.decidedBy"),
      value: `${who(found.decidedBy)} · ${f.dateTime(found.createdAt)}`,
    },
  ];
  if (found.signOff === "REQUIRED")
    facts.push({ label: t("decision.signOff"), value: t("decision.signOffRequired") });
  else if (found.signOff && found.signedOffAt)
    facts.push({
      label: t("decision.signOff"),
      value: t(found.signOff === "SIGNED" ? "decision.signedBy" : "decision.returnedBy", {
        name: who(found.signedOffBy),
        date: f.dateTime(found.signedOffAt),
      }),
    });
  return { title: t("decision.title"), none: t("decision.none"), facts };
}

/** Every word and figure of a report, in its language, from its stored content alone. */
export function presentReport(content: ReportContent): ReportModel {
  const words = translators(content);
  const { t, ta, f } = words;
  const metrics = reportFigures(content);
  const asOf = metrics.asOf;
  const institution = institutionName(content, words);
  return {
    lang: content.locale,
    title: t("title"),
    folio: content.folio,
    lender: content.organizationName ?? t("lenderUnset"),
    subtitle: t("subtitle", { institution }),
    header: [
      { label: t("header.folio"), value: content.folio },
      { label: t("header.code"), value: content.code },
      { label: t("header.issued"), value: f.dateTime(content.issuedAt) },
      { label: t("header.issuedBy"), value: content.issuedBy },
      { label: t("header.dataAsOf"), value: f.dateTime(content.snapshot.collectedAt) },
      { label: t("header.institution"), value: institution },
      {
        label: t("header.pull"),
        value: content.latest ? t("header.pullLatest") : t("header.pullEarlier"),
      },
    ],
    identity: identity(content, words),
    summary: summary(content, metrics, words),
    scores: scores(content, words),
    chart: chart(content, asOf, words),
    metrics: {
      title: t("metricsTitle"),
      rows: metricRows(
        metrics,
        ((key, values) => ta(`metrics.${key}` as never, values as never)) as MetricsCardTranslate,
        f,
      ),
      footnote: ta("metrics.footnote", { months: content.settings.flagWindowMonths }),
    },
    flags: flags(metrics, words),
    employers: employers(content, asOf, words),
    decision: decision(content, words),
    footer: (page, total) =>
      [
        t("footer.page", { page, total }),
        t("footer.folio", { folio: content.folio }),
        t("footer.code", { code: content.code }),
      ].join(" · "),
    verifyHint: t("footer.verify"),
  };
}
