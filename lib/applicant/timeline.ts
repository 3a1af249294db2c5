import { fromDay, toDay } from "@/lib/dates";
import { jobRange, jobRanges, mergeRanges } from "@/lib/metrics/intervals";
import type { DayRange } from "@/lib/metrics/intervals";
import type { JobInput } from "@/lib/metrics";

export interface TimelineSpan {
  from: string;
  to: string;
  days: number;
  /** Left edge and width as fractions of the timeline, 0–1. */
  x: number;
  width: number;
}

export interface TimelineBar extends TimelineSpan {
  employer: string;
  open: boolean;
}

export interface TimelineLayout {
  from: string;
  to: string;
  bars: TimelineBar[];
  gaps: TimelineSpan[];
  overlaps: TimelineSpan[];
  /** 1 January of each year inside the range, for the axis. */
  years: { year: number; x: number }[];
}

/** Days covered by two or more jobs, as ranges. */
function overlapRanges(ranges: readonly DayRange[]): DayRange[] {
  const found: DayRange[] = [];
  ranges.forEach((a, i) => {
    for (const b of ranges.slice(i + 1)) {
      const start = Math.max(a.start, b.start);
      const end = Math.min(a.end, b.end);
      if (start <= end) found.push({ start, end });
    }
  });
  return mergeRanges(found);
}

/** Bars, gaps and overlaps of a career positioned on one time axis; no drawing, only numbers. */
export function timelineLayout(jobs: readonly JobInput[], asOf: string): TimelineLayout | null {
  const asOfDay = toDay(asOf);
  const placed = jobs
    .map((job) => ({ job, range: jobRange(job, asOfDay) }))
    .filter((entry): entry is { job: JobInput; range: DayRange } => entry.range !== null)
    .sort((a, b) => a.range.start - b.range.start);
  const first = placed[0];
  if (!first) return null;
  const start = first.range.start;
  const end = asOfDay;
  const length = Math.max(end - start + 1, 1);
  const span = (range: DayRange): TimelineSpan => ({
    from: fromDay(range.start),
    to: fromDay(range.end),
    days: range.end - range.start + 1,
    x: (range.start - start) / length,
    width: (range.end - range.start + 1) / length,
  });
  const merged = mergeRanges(jobRanges(jobs, asOfDay));
  const gaps: DayRange[] = [];
  merged.forEach((range, i) => {
    const next = merged[i + 1];
    if (next) gaps.push({ start: range.end + 1, end: next.start - 1 });
    else if (range.end < asOfDay) gaps.push({ start: range.end + 1, end: asOfDay });
  });
  const years: { year: number; x: number }[] = [];
  for (let year = Number(fromDay(start).slice(0, 4)) + 1; ; year++) {
    const day = toDay(`${year}-01-01`);
    if (day > end) break;
    years.push({ year, x: (day - start) / length });
  }
  return {
    from: fromDay(start),
    to: fromDay(end),
    bars: placed.map(({ job, range }) => ({
      employer: job.employer,
      open: job.endDate === null || toDay(job.endDate) > asOfDay,
      ...span(range),
    })),
    gaps: gaps.map(span),
    overlaps: overlapRanges(placed.map((entry) => entry.range)).map(span),
    years,
  };
}
