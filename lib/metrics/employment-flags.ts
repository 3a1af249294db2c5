import { addMonths, toDay, weeksIn } from "@/lib/dates";
import { FLAG_RULES, FLAG_THRESHOLDS } from "./flag-rules";
import type { FlagCode } from "./flag-rules";
import type { CurrentJob, FlagFacts } from "./types";
import { longestGap } from "./gaps";
import type { Gap, LastExit } from "./gaps";
import type { SalaryStep } from "./salary-trajectory";
import type { EmploymentStatus, Flag } from "./types";

export interface EmploymentFlagContext {
  asOf: string;
  status: EmploymentStatus;
  /** Longest-held first. */
  currentJobs: readonly CurrentJob[];
  lastExit: LastExit | null;
  /** Every gap between jobs, oldest first. */
  gaps: readonly Gap[];
  salarySteps: readonly SalaryStep[];
  /** The daily salary (cents) each job pays on the as-of day, by employer, for cut recovery. */
  salaryNow: (employer: string) => number | null;
  flagWindowMonths: number;
}

/** A flag from the table, with this applicant's facts and when it happened. */
export function flag<C extends FlagCode>(code: C, facts: FlagFacts[C], since: string | null): Flag {
  return { code, severity: FLAG_RULES[code].severity, since, facts } as Flag;
}

/** A stretch of days [first, last] lasts more than `months` once `last` reaches first + months. */
export function longerThanMonths(first: number, last: number, months: number): boolean {
  return last >= addMonths(first, months);
}

export function recentHireFlag(context: EmploymentFlagContext): Flag | null {
  const [job] = context.currentJobs;
  const months = FLAG_THRESHOLDS.recentHireMonths;
  if (!job || toDay(job.startDate) <= addMonths(toDay(context.asOf), -months)) return null;
  return flag(
    "recent-hire",
    { employer: job.employer, startDate: job.startDate, days: job.tenureDays },
    job.startDate,
  );
}

/**
 * Without a current job, exactly one of two flags applies: a recent exit (jobless for up to
 * 3 months, a warning) or `jobless` (longer, a risk): unemployment that lasts is never milder.
 * A retiree gets neither: retirement is not unemployment.
 */
export function joblessFlag(context: EmploymentFlagContext): Flag | null {
  const { lastExit } = context;
  if (context.status !== "unemployed" || !lastExit) return null;
  const firstJobless = toDay(lastExit.endDate) + 1;
  const employer = lastExit.job.employer;
  const recent = !longerThanMonths(
    firstJobless,
    toDay(context.asOf),
    FLAG_THRESHOLDS.recentExitMonths,
  );
  return recent
    ? flag("recent-exit", { employer, endDate: lastExit.endDate }, lastExit.endDate)
    : flag(
        "jobless",
        { employer, endDate: lastExit.endDate, weeks: weeksIn(lastExit.daysSince) },
        lastExit.endDate,
      );
}

/**
 * The longest gap of more than 3 months between two jobs: a warning when it ended within the flag
 * window, informational (`old-gap`) when every such gap ended before it.
 */
export function pastGapFlag(context: EmploymentFlagContext): Flag | null {
  const long = context.gaps.filter((gap) =>
    longerThanMonths(toDay(gap.from), toDay(gap.to), FLAG_THRESHOLDS.gapMonths),
  );
  const windowStart = addMonths(toDay(context.asOf), -context.flagWindowMonths);
  const recent = long.filter((gap) => toDay(gap.to) >= windowStart);
  const gap = longestGap(recent.length ? recent : long);
  if (!gap) return null;
  const facts = { from: gap.from, to: gap.to, weeks: gap.weeks };
  return recent.length
    ? flag("past-gap", facts, gap.from)
    : flag("old-gap", { ...facts, windowMonths: context.flagWindowMonths }, gap.from);
}
