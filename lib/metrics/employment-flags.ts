import type { Formatter } from "@/lib/format";
import { addMonths, toDay, weeksIn } from "@/lib/dates";
import { FLAG_RULES, FLAG_THRESHOLDS } from "./flag-rules";
import type { FlagCode } from "./flag-rules";
import type { CurrentJob } from "./types";
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
  format: Formatter;
}

/** A flag from the table, with this applicant's explanation and when it happened. */
export function flag(code: FlagCode, explanation: string, since: string | null): Flag {
  const rule = FLAG_RULES[code];
  return { code, severity: rule.severity, label: rule.label, explanation, since };
}

/** "on 14 mar 2016, 10.7 years before the data", or "…, the day the data was collected". */
export function when(context: { asOf: string; format: Formatter }, date: string): string {
  const { format } = context;
  const days = toDay(context.asOf) - toDay(date);
  const relative = days <= 0 ? "the day the data was collected" : `${format.before(days)} the data`;
  return `on ${format.date(date)}, ${relative}`;
}

/** A stretch of days [first, last] lasts more than `months` once `last` reaches first + months. */
function longerThanMonths(first: number, last: number, months: number): boolean {
  return last >= addMonths(first, months);
}

export function recentHireFlag(context: EmploymentFlagContext): Flag | null {
  const [job] = context.currentJobs;
  const months = FLAG_THRESHOLDS.recentHireMonths;
  if (!job || toDay(job.startDate) <= addMonths(toDay(context.asOf), -months)) return null;
  const { format } = context;
  return flag(
    "recent-hire",
    `Joined ${job.employer} ${when(context, job.startDate)} (${format.number(job.tenureDays)} days): under ${months} months.`,
    job.startDate,
  );
}

/**
 * Without a current job, exactly one of two flags applies: a recent exit (jobless for up to
 * 3 months, a warning) or `jobless` (longer, a risk): unemployment that lasts is never milder.
 * A retiree gets neither: retirement is not unemployment.
 */
export function joblessFlag(context: EmploymentFlagContext): Flag | null {
  const { lastExit, format } = context;
  if (context.status !== "unemployed" || !lastExit) return null;
  const firstJobless = toDay(lastExit.endDate) + 1;
  const left = `Left ${lastExit.job.employer} ${when(context, lastExit.endDate)}`;
  const weeks = format.number(weeksIn(lastExit.daysSince));
  const recent = !longerThanMonths(
    firstJobless,
    toDay(context.asOf),
    FLAG_THRESHOLDS.recentExitMonths,
  );
  return recent
    ? flag("recent-exit", `${left}, and has no open job.`, lastExit.endDate)
    : flag("jobless", `${left}: no formal job for ${weeks} weeks.`, lastExit.endDate);
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
  const pool = recent.length ? recent : long;
  const gap = longestGap(pool);
  if (!gap) return null;
  const { format } = context;
  const explanation = `No formal job from ${format.date(gap.from)} to ${format.date(gap.to)} (${format.number(gap.weeks)} weeks), ended ${when(context, gap.to)}.`;
  const window = ` Older than the ${format.number(context.flagWindowMonths)}-month flag window, so it weighs less.`;
  return recent.length
    ? flag("past-gap", explanation, gap.from)
    : flag("old-gap", explanation + window, gap.from);
}
