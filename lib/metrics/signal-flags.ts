import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";
import { addMonths, toDay } from "@/lib/dates";
import { fromCents, toCents } from "./cents";
import { flag, longerThanMonths } from "./employment-flags";
import { FLAG_THRESHOLDS } from "./flag-rules";
import type { Gap } from "./gaps";
import type { CurrentJob, EmploymentStatus, Flag, Institution, JobInput } from "./types";

// Risk signals an underwriter reads in one person's records: employment that may have been made to
// reach a loan, income that is not an employer's, and too little history to judge.

/** The highest daily salary a job ever reported, in cents; null when it reported none. */
function highestDaily(job: JobInput): number | null {
  const salaries = [
    ...job.movements.map((movement) => movement.dailySalary),
    job.mostRecentDailySalary ?? null,
  ].flatMap((salary) => (salary ? [toCents(salary)] : []));
  return salaries.length ? Math.max(...salaries) : null;
}

/**
 * The main current job started fewer than 60 days before the application, and either ended a gap
 * of more than 3 months (a short overlapping job may start the merged range a few days earlier) or
 * pays at least 1.5 times the best salary of any job before it (nominal pesos: the earlier job is
 * recent when there is no gap): the pattern of employment bought or faked to reach a loan. Needs
 * the day the applicant applied.
 */
export function newEmployerBeforeApplyingFlag(context: {
  currentJobs: readonly CurrentJob[];
  jobs: readonly JobInput[];
  gaps: readonly Gap[];
  appliedOn?: string;
}): Flag | null {
  const [job] = context.currentJobs;
  if (!job || !context.appliedOn) return null;
  const days = toDay(context.appliedOn) - toDay(job.startDate);
  if (days < 0 || days >= FLAG_THRESHOLDS.newEmployerDays) return null;
  const facts = { employer: job.employer, startDate: job.startDate, appliedOn: context.appliedOn };
  const start = toDay(job.startDate);
  const gap = context.gaps.find(
    (candidate) =>
      toDay(candidate.to) < start &&
      start - toDay(candidate.to) <= FLAG_THRESHOLDS.newEmployerGapSlackDays + 1 &&
      longerThanMonths(toDay(candidate.from), toDay(candidate.to), FLAG_THRESHOLDS.gapMonths),
  );
  const daily = job.dailySalary;
  const earlier = context.jobs
    .filter((other) => other.startDate < job.startDate)
    .flatMap((other) => {
      const highest = highestDaily(other);
      return highest === null ? [] : [highest];
    });
  const previousMax = earlier.length ? Math.max(...earlier) : null;
  const previousMaxDaily = previousMax === null ? null : fromCents(previousMax);
  if (gap)
    return flag(
      "new-employer-before-applying",
      { ...facts, days, reason: "gap", gapWeeks: gap.weeks, daily, previousMaxDaily },
      job.startDate,
    );
  if (
    daily &&
    previousMax !== null &&
    toCents(daily) >= previousMax * FLAG_THRESHOLDS.newEmployerSalaryRatio
  )
    return flag(
      "new-employer-before-applying",
      { ...facts, days, reason: "salary", gapWeeks: null, daily, previousMaxDaily },
      job.startDate,
    );
  return null;
}

/**
 * Voluntary contributions (Modalidad 40): the person pays their own contributions, often on a
 * salary higher than any employer paid, to raise a pension. Not an employer's income. They run for
 * years: a movement in a job still open counts however old; in a closed job, within 24 months.
 */
export function voluntaryContributionsFlag(jobs: readonly JobInput[], asOf: string): Flag | null {
  const isOpen = (job: JobInput) => job.endDate === null || job.endDate > asOf;
  const since = addMonths(toDay(asOf), -FLAG_THRESHOLDS.voluntaryContributionMonths);
  const latest = jobs
    .flatMap((job) =>
      job.movements
        .filter((movement) => movement.event === "VOLUNTARY_CONTRIBUTION")
        .map((movement) => ({ employer: job.employer, date: movement.date, open: isOpen(job) })),
    )
    .filter(({ date, open }) => (open || toDay(date) > since) && toDay(date) <= toDay(asOf))
    .map(({ employer, date }) => ({ employer, date }))
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  return latest ? flag("voluntary-contributions", latest, latest.date) : null;
}

/** A retiree's income is a pension, not an employer's salary. */
export function retiredFlag(status: EmploymentStatus): Flag | null {
  return status === "retired" ? flag("retired", {}, null) : null;
}

/** Fewer than 52 weeks contributed to IMSS (ISSSTE reports no weeks): too little to judge. */
export function thinFileFlag(
  institution: Institution,
  summary: SocialSecuritySummary | null | undefined,
): Flag | null {
  const weeks = summary?.weeksContributed;
  if (institution !== "imss" || weeks === null || weeks === undefined) return null;
  return weeks < FLAG_THRESHOLDS.thinFileWeeks ? flag("thin-file", { weeks }, null) : null;
}
