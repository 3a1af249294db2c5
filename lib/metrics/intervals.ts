import { toDay } from "@/lib/dates";
import type { JobInput } from "./types";

/** Inclusive range of day numbers: both the hiring day (alta) and the exit day (baja) count. */
export interface DayRange {
  start: number;
  end: number;
}

/**
 * An employer's identity: the IMSS registro patronal, or the name when there is none (ISSSTE).
 * Two records of the same employer (a re-hire) are one employer for counts and concurrency.
 */
export function employerKey(job: Pick<JobInput, "employer" | "employerId">): string {
  const id = job.employerId?.trim();
  if (id) return `id:${id.toUpperCase()}`;
  return `name:${job.employer.normalize("NFC").trim().replace(/\s+/g, " ").toUpperCase()}`;
}

/**
 * A job is open on the as-of day when it has no end date or ends after it; a job whose exit is
 * dated on the as-of day has ended (its baja is already filed).
 */
export function isOpenOn(job: JobInput, asOf: number): boolean {
  return toDay(job.startDate) <= asOf && (job.endDate === null || toDay(job.endDate) > asOf);
}

/**
 * The days a job covers up to the as-of day, or null for a job that starts after it. An end
 * before the start (bad data) is read as a one-day job rather than dropped.
 */
export function jobRange(job: JobInput, asOf: number): DayRange | null {
  const start = toDay(job.startDate);
  if (start > asOf) return null;
  const end = job.endDate === null ? asOf : Math.min(toDay(job.endDate), asOf);
  return { start, end: Math.max(start, end) };
}

/** Union of ranges; ranges that touch (one ends the day before the next starts) join. */
export function mergeRanges(ranges: readonly DayRange[]): DayRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: DayRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export function rangeDays(range: DayRange): number {
  return range.end - range.start + 1;
}

export function jobRanges(jobs: readonly JobInput[], asOf: number): DayRange[] {
  return jobs.flatMap((job) => jobRange(job, asOf) ?? []);
}
