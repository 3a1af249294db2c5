import { toDay, weeksIn } from "@/lib/dates";
import { employerKey, jobRange, jobRanges, mergeRanges, rangeDays } from "./intervals";
import type { DayRange } from "./intervals";
import type { JobInput } from "./types";

export interface DayCount {
  days: number;
  /** Whole weeks: days ÷ 7, rounded down. */
  weeks: number;
}

function count(days: number): DayCount {
  return { days, weeks: weeksIn(days) };
}

/** Calendar days covered by at least one job up to the as-of day; overlaps count once. */
export function totalTenure(jobs: readonly JobInput[], asOf: string): DayCount {
  const merged = mergeRanges(jobRanges(jobs, toDay(asOf)));
  return count(merged.reduce((sum, range) => sum + rangeDays(range), 0));
}

/**
 * Days on which two or more distinct employers were open at once. Two records of the same
 * employer overlapping (a re-hire entered before the old baja) are not concurrent employment.
 */
export function concurrentEmployment(jobs: readonly JobInput[], asOf: string): DayCount {
  const day = toDay(asOf);
  const byEmployer = new Map<string, DayRange[]>();
  for (const job of jobs) {
    const range = jobRange(job, day);
    if (!range) continue;
    const key = employerKey(job);
    byEmployer.set(key, [...(byEmployer.get(key) ?? []), range]);
  }
  const edges: Array<[day: number, delta: number]> = [];
  for (const ranges of byEmployer.values()) {
    for (const range of mergeRanges(ranges)) edges.push([range.start, 1], [range.end + 1, -1]);
  }
  edges.sort((a, b) => a[0] - b[0]);
  let open = 0;
  let since = 0;
  let days = 0;
  for (const [at, delta] of edges) {
    if (open >= 2) days += at - since;
    open += delta;
    since = at;
  }
  return count(days);
}
