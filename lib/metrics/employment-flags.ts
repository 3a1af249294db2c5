import type { Formatter } from "@/lib/format";
import { addMonths, toDay, weeksIn } from "@/lib/dates";
import type { CurrentJob } from "./types";
import type { Gap, LastExit } from "./gaps";
import type { SalaryStep } from "./salary-trajectory";
import type { EmploymentStatus, Flag } from "./types";

export interface EmploymentFlagContext {
  asOf: string;
  status: EmploymentStatus;
  /** Longest-held first. */
  currentJobs: readonly CurrentJob[];
  lastExit: LastExit | null;
  longestGap: Gap | null;
  salarySteps: readonly SalaryStep[];
  format: Formatter;
}

/** A stretch of days [first, last] lasts more than `months` once `last` reaches first + months. */
function longerThanMonths(first: number, last: number, months: number): boolean {
  return last >= addMonths(first, months);
}

export function recentHireFlag(context: EmploymentFlagContext): Flag | null {
  const [job] = context.currentJobs;
  if (!job || toDay(job.startDate) <= addMonths(toDay(context.asOf), -6)) return null;
  const { format } = context;
  return {
    code: "recent-hire",
    severity: "warning",
    label: "Recent hire",
    explanation: `Joined ${job.employer} on ${format.date(job.startDate)}, ${format.number(job.tenureDays)} days before ${format.date(context.asOf)}: under 6 months.`,
  };
}

/**
 * Without a current job, exactly one of two flags applies: a recent exit (jobless for under
 * 3 months) or an ongoing gap. A retiree gets neither: retirement is not a gap.
 */
export function exitOrGapFlag(context: EmploymentFlagContext): Flag | null {
  const { lastExit, format } = context;
  if (context.status !== "unemployed" || !lastExit) return null;
  const firstJobless = toDay(lastExit.endDate) + 1;
  const since = `${lastExit.job.employer} on ${format.date(lastExit.endDate)}`;
  if (!longerThanMonths(firstJobless, toDay(context.asOf), 3)) {
    return {
      code: "recent-exit",
      severity: "risk",
      label: "Recent exit",
      explanation: `Left ${since}, ${format.number(lastExit.daysSince)} days before ${format.date(context.asOf)}, and has no open job.`,
    };
  }
  return {
    code: "long-gap",
    severity: "warning",
    label: "Employment gap",
    explanation: `No formal job since leaving ${since}: ${format.number(weeksIn(lastExit.daysSince))} weeks.`,
  };
}

/** The longest gap between two jobs, when it lasts more than 3 months. */
export function pastGapFlag(context: EmploymentFlagContext): Flag | null {
  const gap = context.longestGap;
  if (!gap || !longerThanMonths(toDay(gap.from), toDay(gap.to), 3)) return null;
  const { format } = context;
  return {
    code: "long-gap",
    severity: "warning",
    label: "Employment gap",
    explanation: `No formal job from ${format.date(gap.from)} to ${format.date(gap.to)}: ${format.number(gap.weeks)} weeks.`,
  };
}
