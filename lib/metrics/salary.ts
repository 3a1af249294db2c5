import { toCents } from "./cents";
import { toDay } from "@/lib/dates";
import type { JobInput } from "./types";

export interface SalaryPoint {
  /** `YYYY-MM-DD` of the movement that set the salary. */
  date: string;
  day: number;
  cents: number;
  event: string;
}

// On one day a hire comes before a salary change, and an exit after everything, so the salary
// in force at the end of that day is the one a change set.
function sameDayRank(event: string): number {
  if (event === "HIRED") return 0;
  if (event === "DISMISSED_RESIGNED") return 2;
  return 1;
}

/** A job's salary-bearing movements up to a day, oldest first, whatever order Belvo sent. */
export function salaryPoints(job: JobInput, untilDay: number): SalaryPoint[] {
  return job.movements
    .flatMap((movement) => {
      const day = toDay(movement.date);
      if (movement.dailySalary === null || day > untilDay) return [];
      const cents = toCents(movement.dailySalary);
      return [{ date: movement.date, day, cents, event: movement.event }];
    })
    .sort((a, b) => a.day - b.day || sameDayRank(a.event) - sameDayRank(b.event));
}

/** The daily salary in force at a job on a day: its latest movement on or before it. */
export function jobSalaryOn(job: JobInput, day: number): SalaryPoint | null {
  return salaryPoints(job, day).at(-1) ?? null;
}

/**
 * The current salary of an open job: its latest movement, or Belvo's `most_recent_base_salary`
 * (dated on the as-of day) when no movement carries one.
 */
export function currentJobSalary(job: JobInput, asOf: string): SalaryPoint | null {
  const day = toDay(asOf);
  const latest = jobSalaryOn(job, day);
  if (latest) return latest;
  if (!job.mostRecentDailySalary) return null;
  return { date: asOf, day, cents: toCents(job.mostRecentDailySalary), event: "MOST_RECENT" };
}
