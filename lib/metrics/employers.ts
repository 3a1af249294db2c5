import { addMonths, toDay } from "@/lib/dates";
import { employerKey, jobRange } from "./intervals";
import type { JobInput } from "./types";

/**
 * Distinct employers with a job touching the window from `months` before the as-of day to the
 * as-of day, both days included (12 months before 30 Jun 2025 is 30 Jun 2024).
 */
export function distinctEmployersWithin(options: {
  jobs: readonly JobInput[];
  asOf: string;
  months: number;
}): number {
  const asOf = toDay(options.asOf);
  const windowStart = addMonths(asOf, -options.months);
  const keys = new Set<string>();
  for (const job of options.jobs) {
    const range = jobRange(job, asOf);
    if (range && range.end >= windowStart) keys.add(employerKey(job));
  }
  return keys.size;
}

export interface EmployerCounts {
  months12: number;
  months24: number;
  months36: number;
  /** Every employer in the history up to the as-of day. */
  ever: number;
}

export function employerCounts(jobs: readonly JobInput[], asOf: string): EmployerCounts {
  const day = toDay(asOf);
  const within = (months: number) => distinctEmployersWithin({ jobs, asOf, months });
  return {
    months12: within(12),
    months24: within(24),
    months36: within(36),
    ever: new Set(jobs.filter((job) => jobRange(job, day)).map(employerKey)).size,
  };
}
