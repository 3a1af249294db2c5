import { fromDay, toDay, weeksIn } from "@/lib/dates";
import { jobRanges, mergeRanges } from "./intervals";
import { openJobs } from "./status";
import type { JobInput } from "./types";

export interface Gap {
  /** First day without a job. */
  from: string;
  /** Last day without a job. */
  to: string;
  days: number;
  weeks: number;
}

/**
 * Every stretch between two merged employment ranges, oldest first. Time before the first job and
 * after the last one is not a gap here: the latter is `weeksSinceLastJob`.
 */
export function gapsBetweenJobs(jobs: readonly JobInput[], asOf: string): Gap[] {
  const merged = mergeRanges(jobRanges(jobs, toDay(asOf)));
  const gaps: Gap[] = [];
  for (let i = 1; i < merged.length; i++) {
    const before = merged[i - 1];
    const after = merged[i];
    if (!before || !after) continue;
    const days = after.start - before.end - 1;
    gaps.push({
      from: fromDay(before.end + 1),
      to: fromDay(after.start - 1),
      days,
      weeks: weeksIn(days),
    });
  }
  return gaps;
}

/** The longest gap between jobs (the earlier one on a tie). */
export function longestGap(gaps: readonly Gap[]): Gap | null {
  return gaps.reduce<Gap | null>((best, gap) => (best && best.days >= gap.days ? best : gap), null);
}

export interface LastExit {
  job: JobInput;
  /** The exit day (baja). */
  endDate: string;
  daysSince: number;
}

/** The most recent exit on or before the as-of day, when no job is open; null otherwise. */
export function lastExit(jobs: readonly JobInput[], asOf: string): LastExit | null {
  if (openJobs(jobs, asOf).length > 0) return null;
  const day = toDay(asOf);
  let latest: LastExit | null = null;
  for (const job of jobs) {
    if (job.endDate === null || toDay(job.startDate) > day) continue;
    const daysSince = day - toDay(job.endDate);
    if (latest === null || daysSince < latest.daysSince)
      latest = { job, endDate: job.endDate, daysSince };
  }
  return latest;
}

/** 0 while employed; whole weeks since the last exit otherwise; null with no history at all. */
export function weeksSinceLastJob(jobs: readonly JobInput[], asOf: string): number | null {
  if (openJobs(jobs, asOf).length > 0) return 0;
  const exit = lastExit(jobs, asOf);
  return exit ? weeksIn(exit.daysSince) : null;
}
