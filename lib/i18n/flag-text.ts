import { toDay } from "@/lib/dates";
import { FLAG_THRESHOLDS } from "@/lib/metrics/flag-rules";
import type { Flag, FlagCode } from "@/lib/metrics/types";
import type { AppFormat } from "./app-format";

type Values = Record<string, string | number>;

/** A translator of the `metrics` namespace (next-intl's `t`, loosely typed for dynamic keys). */
export type MetricsTranslate = (key: string, values?: Values) => string;

/** The values every flag's one-line rule (`metrics.flags.<code>.summary`) may use. */
export const FLAG_SUMMARY_VALUES: Values = { ...FLAG_THRESHOLDS };

export function flagLabel(t: MetricsTranslate, code: FlagCode): string {
  return t(`flags.${code}.label`);
}

export function flagSummary(t: MetricsTranslate, code: FlagCode): string {
  return t(`flags.${code}.summary`, FLAG_SUMMARY_VALUES);
}

/** How many other applicants' references an explanation names before "and N more". */
const OTHERS_SHOWN = 5;

function others(flag: Flag & { facts: { others: { reference: string }[] } }): string {
  const references = flag.facts.others.map((other) => other.reference);
  const shown = references.slice(0, OTHERS_SHOWN).join(", ");
  const more = references.length - OTHERS_SHOWN;
  return more > 0 ? `${shown} (+${more})` : shown;
}

/**
 * One flag's explanation with this applicant's figures, in the reader's language: "Left Acme on
 * 31 Jan 2025, 5 months before the data, and has no open job."
 */
export function explainFlag(
  flag: Flag,
  options: { asOf: string; t: MetricsTranslate; f: AppFormat },
): string {
  const { asOf, t, f } = options;
  const when = (date: string) => {
    const days = toDay(asOf) - toDay(date);
    return days <= 0
      ? t("when.sameDay", { date: f.date(date) })
      : t("when.before", { date: f.date(date), span: f.span(days) });
  };
  const key = `flags.${flag.code}.explanation`;
  switch (flag.code) {
    case "recent-hire":
      return t(key, {
        employer: flag.facts.employer,
        when: when(flag.facts.startDate),
        days: flag.facts.days,
        months: FLAG_THRESHOLDS.recentHireMonths,
      });
    case "recent-exit":
      return t(key, { employer: flag.facts.employer, when: when(flag.facts.endDate) });
    case "jobless":
      return t(key, {
        employer: flag.facts.employer,
        when: when(flag.facts.endDate),
        weeks: flag.facts.weeks,
      });
    case "past-gap":
    case "old-gap":
      return t(key, {
        from: f.date(flag.facts.from),
        to: f.date(flag.facts.to),
        weeks: flag.facts.weeks,
        when: when(flag.facts.to),
        ...(flag.code === "old-gap" ? { windowMonths: flag.facts.windowMonths } : {}),
      });
    case "salary-cut":
      return t(key, {
        employer: flag.facts.employer,
        percent: f.percent(-flag.facts.change),
        from: f.money(flag.facts.from),
        to: f.money(flag.facts.to),
        when: when(flag.facts.date),
        count: flag.facts.count,
        months: FLAG_THRESHOLDS.salaryCutMonths,
      });
    case "capped-salary":
      return t(key, {
        jobs: flag.facts.jobs
          .map((job) =>
            t(`flags.capped-salary.job`, {
              employer: job.employer,
              daily: f.money(job.daily),
              cap: f.money(job.cap),
              date: f.date(job.date),
            }),
          )
          .join("; "),
      });
    case "redeemed-weeks":
    case "reinstated-weeks":
      return t(key, { redeemed: flag.facts.redeemed, reinstated: flag.facts.reinstated });
    case "declared-income-above": {
      const { declared, verified, above, tolerancePct } = flag.facts;
      return t(key, {
        declared: f.money(declared),
        verified:
          verified === null
            ? t("flags.declared-income-above.noVerified")
            : t("flags.declared-income-above.verified", { amount: f.money(verified) }),
        above:
          above === null
            ? ""
            : t("flags.declared-income-above.above", { percent: f.percent(above) }),
        tolerancePct,
      });
    }
    case "new-employer-before-applying": {
      const { employer, startDate, appliedOn, days, reason, gapWeeks, daily } = flag.facts;
      const why =
        reason === "gap"
          ? t("flags.new-employer-before-applying.afterGap", { weeks: gapWeeks ?? 0 })
          : t("flags.new-employer-before-applying.higherSalary", {
              daily: daily ? f.money(daily) : "—",
              previous: flag.facts.previousMaxDaily ? f.money(flag.facts.previousMaxDaily) : "—",
              ratio: f.number(FLAG_THRESHOLDS.newEmployerSalaryRatio, 1),
            });
      return t(key, {
        employer,
        start: f.date(startDate),
        applied: f.date(appliedOn),
        days,
        why,
      });
    }
    case "voluntary-contributions":
      return t(key, { employer: flag.facts.employer, when: when(flag.facts.date) });
    case "thin-file":
      return t(key, { weeks: flag.facts.weeks, threshold: FLAG_THRESHOLDS.thinFileWeeks });
    case "employer-concentration": {
      const { employer, employerId, applicants, days, limit } = flag.facts;
      return t(key, { employer, employerId, applicants, days, limit, others: others(flag) });
    }
    case "shared-nss":
      return t(key, { count: flag.facts.others.length, others: others(flag) });
    case "retired":
    case "issste":
    case "name-mismatch":
      return t(key);
  }
}
