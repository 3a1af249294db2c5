import { PUBLISHED_REFERENCES, sbcCapOn } from "@/lib/metrics/reference-values";
import type { ReferenceTable } from "@/lib/metrics/reference-values";
import { fromDay, toDay } from "@/lib/dates";
import { employerKey, jobRange } from "@/lib/metrics/intervals";
import { salaryPoints } from "@/lib/metrics/salary";
import type { JobInput } from "@/lib/metrics";

export type SalaryEventKind = "hire" | "exit" | "change";

export interface SalarySeries {
  /** Stable index into each row's `salaries` and `events`. */
  index: number;
  employer: string;
}

/** One date of the chart: each series' daily salary in force that day (null outside its jobs). */
export interface SalaryRow {
  /** Day number (days since 1970-01-01): a linear time axis. */
  day: number;
  date: string;
  salaries: (number | null)[];
  events: (SalaryEventKind | null)[];
}

export interface CeilingSegment {
  fromDay: number;
  toDay: number;
  from: string;
  to: string;
  cap: number;
}

export interface SalaryChartData {
  series: SalarySeries[];
  rows: SalaryRow[];
  ceilings: CeilingSegment[];
  /** Employers whose records carry no salary at all, so they have no line. */
  withoutSalary: string[];
  /** Y domain covering every salary and every ceiling drawn (the axis is logarithmic). */
  domain: [number, number];
  yTicks: number[];
  /** 1 January of the years shown, thinned to at most eight. */
  xTicks: number[];
}

/** Rounds to two significant digits, so log-axis ticks read as 500, 1,200, 2,800. */
function roundTick(value: number): number {
  const magnitude = 10 ** Math.max(Math.floor(Math.log10(value)) - 1, 0);
  return Math.round(value / magnitude) * magnitude;
}

function logTicks([min, max]: [number, number], count = 5): number[] {
  if (min <= 0 || max <= min) return [min, max];
  const ratio = (max / min) ** (1 / (count - 1));
  const ticks = Array.from({ length: count }, (_, i) => roundTick(min * ratio ** i));
  return [...new Set(ticks)];
}

function yearTicks(from: number, to: number): number[] {
  const first = Number(fromDay(from).slice(0, 4)) + 1;
  const last = Number(fromDay(to).slice(0, 4));
  const years = Array.from({ length: Math.max(last - first + 1, 0) }, (_, i) => first + i);
  const step = Math.ceil(years.length / 8) || 1;
  return years.filter((_, i) => i % step === 0).map((year) => toDay(`${year}-01-01`));
}

interface Span {
  series: number;
  start: number;
  end: number;
  /** True when the job ended on or before the as-of day (an open job's last day is no exit). */
  closed: boolean;
  /** Salary steps, oldest first, in MXN. */
  points: { day: number; amount: number }[];
}

const amountOf = (cents: number) => cents / 100;

function spanOf(job: JobInput, series: number, asOfDay: number): Span | null {
  const range = jobRange(job, asOfDay);
  if (!range) return null;
  const steps = salaryPoints(job, range.end).map((p) => ({
    day: Math.max(p.day, range.start),
    amount: amountOf(p.cents),
  }));
  if (steps.length === 0 && job.mostRecentDailySalary)
    steps.push({ day: range.start, amount: Number(job.mostRecentDailySalary) });
  if (steps.length === 0) return null;
  // A job's first salary applies from its first day even when the movement is dated later.
  const first = steps[0];
  if (first && first.day > range.start) steps.unshift({ day: range.start, amount: first.amount });
  const closed = job.endDate !== null && toDay(job.endDate) <= asOfDay;
  return { series, start: range.start, end: range.end, closed, points: steps };
}

function salaryOn(span: Span, day: number): number | null {
  if (day < span.start || day > span.end) return null;
  let amount: number | null = null;
  for (const point of span.points) if (point.day <= day) amount = point.amount;
  return amount;
}

function eventOn(span: Span, day: number): SalaryEventKind | null {
  if (day === span.start) return "hire";
  if (day === span.end && span.closed && day !== span.start) return "exit";
  const index = span.points.findIndex((point) => point.day === day);
  const before = span.points[index - 1];
  const point = span.points[index];
  return point && before && point.amount !== before.amount ? "change" : null;
}

/**
 * The 25-UMA ceiling between two days, one segment per value in force (the UMA changes on
 * 1 February; before 2016 the minimum wage, on 1 January). Years without reference values have
 * no segment: the chart draws no ceiling rather than a borrowed one.
 */
export function ceilingSegments(
  from: number,
  to: number,
  table: ReferenceTable = PUBLISHED_REFERENCES,
): CeilingSegment[] {
  const starts = new Set<number>([from]);
  const firstYear = Number(fromDay(from).slice(0, 4));
  const lastYear = Number(fromDay(to).slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++)
    for (const month of ["01", "02"]) {
      const day = toDay(`${year}-${month}-01`);
      if (day > from && day <= to) starts.add(day);
    }
  const sorted = [...starts].sort((a, b) => a - b);
  const segments: CeilingSegment[] = [];
  sorted.forEach((start, i) => {
    const end = i + 1 < sorted.length ? (sorted[i + 1] as number) - 1 : to;
    const cap = sbcCapOn(fromDay(start), table);
    if (cap === null) return;
    const last = segments.at(-1);
    if (last && last.cap === cap && last.toDay === start - 1) {
      last.toDay = end;
      last.to = fromDay(end);
    } else
      segments.push({ fromDay: start, toDay: end, from: fromDay(start), to: fromDay(end), cap });
  });
  return segments;
}

/**
 * The step chart's data: one series per employer (a re-hire continues its employer's line after a
 * break), a row at every date where any salary starts, changes or stops, and the ceiling of each
 * year in the chart's range. Pure: the chart only draws what this returns.
 */
export function buildSalaryChart(
  jobs: readonly JobInput[],
  asOf: string,
  table: ReferenceTable = PUBLISHED_REFERENCES,
): SalaryChartData {
  const asOfDay = toDay(asOf);
  const keys = new Map<string, SalarySeries>();
  const spans: Span[] = [];
  const withoutSalary = new Set<string>();
  const ordered = [...jobs].sort((a, b) => toDay(a.startDate) - toDay(b.startDate));
  for (const job of ordered) {
    const key = employerKey(job);
    const series = keys.get(key) ?? { index: keys.size, employer: job.employer };
    const span = spanOf(job, series.index, asOfDay);
    if (!span) {
      if (jobRange(job, asOfDay)) withoutSalary.add(job.employer);
      continue;
    }
    keys.set(key, series);
    spans.push(span);
  }
  const series = [...keys.values()];
  const days = new Set<number>();
  for (const span of spans) {
    for (const point of span.points) days.add(point.day);
    days.add(span.end);
    // The day after an exit, so the line stops instead of stepping across a gap.
    if (span.end < asOfDay) days.add(span.end + 1);
  }
  const rows = [...days]
    .sort((a, b) => a - b)
    .map((day) => {
      const salaries: (number | null)[] = series.map(() => null);
      const events: (SalaryEventKind | null)[] = series.map(() => null);
      for (const span of spans) {
        const amount = salaryOn(span, day);
        if (amount === null) continue;
        salaries[span.series] = amount;
        events[span.series] = eventOn(span, day);
      }
      return { day, date: fromDay(day), salaries, events };
    });
  const first = rows[0];
  const last = rows.at(-1);
  const ceilings = first && last ? ceilingSegments(first.day, last.day, table) : [];
  const amounts = rows.flatMap((row) => row.salaries.filter((s): s is number => s !== null));
  const values = [...amounts, ...ceilings.map((c) => c.cap)];
  const domain: [number, number] = values.length
    ? [Math.max(Math.floor(Math.min(...values) * 0.8), 1), Math.ceil(Math.max(...values) * 1.15)]
    : [1, 10];
  return {
    series,
    rows,
    ceilings,
    yTicks: logTicks(domain),
    xTicks: first && last ? yearTicks(first.day, last.day) : [],
    withoutSalary: [...withoutSalary].filter((name) => !series.some((s) => s.employer === name)),
    domain,
  };
}
