import { monthlyFromDaily } from "../../../lib/metrics/reference-values";
import type { Person } from "./career";
import type { CareerView, JobView } from "./career-view";
import { mergedSpans } from "./career-view";
import { addDays, daysBetween } from "./dates";
import { salaryChanges, salaryOn, windowStats } from "./salary-stats";

export type EmploymentMetricBody = Record<string, string | number | null> & {
  id: string;
  link: string;
};

const WINDOWS = { "1y": 365, "3y": 1095, "5y": 1826 } as const;

function weeks(days: number): number {
  return Math.floor(days / 7);
}

/** Belvo's Employment Metrics (reference §3.7), computed from the same history the records show. */
export function employmentMetricBody(
  person: Person,
  view: CareerView,
  ctx: { id: string; link: string; nowIso: string; referenceDate: string | null },
): EmploymentMetricBody {
  const today = view.today;
  const jobs = [...view.jobs].sort((a, b) => (a.start < b.start ? -1 : 1));
  const open = jobs.filter((job) => job.end === null);
  const last: JobView | undefined = jobs[jobs.length - 1];
  const spans = mergedSpans(jobs, today);
  const gaps = spans
    .slice(1)
    .map(([from], index) => daysBetween(spans[index]?.[1] ?? from, from) - 1);
  const multiDays = countOverlapDays(jobs, today);
  const firstStart = spans[0]?.[0] ?? today;
  const careerDays = daysBetween(firstStart, today) + 1;
  const unique = new Set(jobs.map((job) => job.employer.employerId ?? job.employer.name)).size;
  const lastChanges = last
    ? salaryChanges(last.events, last.start)
    : { increases: 0, decreases: 0 };
  const body: EmploymentMetricBody = {
    id: ctx.id,
    link: ctx.link,
    collected_at: ctx.nowIso,
    created_at: ctx.nowIso,
    updated_at: ctx.nowIso,
    reference_date: ctx.referenceDate,
    age: person.birthDate ? Math.floor(daysBetween(person.birthDate, today) / 365.25) : null,
    current_status: view.status,
    current_employer_count: open.length,
    base_salary_last: open[0]?.mostRecentSalary ?? last?.mostRecentSalary ?? null,
    weeks_employed_last_job: last?.weeks ?? 0,
    weeks_since_last_job:
      open.length > 0 || !view.lastEnd ? 0 : weeks(daysBetween(view.lastEnd, today)),
    weeks_employed_total: view.weeksContributed,
    weeks_with_multiple_employers: weeks(multiDays),
    weeks_between_jobs: weeks(gaps.reduce((sum, gap) => sum + Math.max(gap, 0), 0)),
    max_weeks_between_jobs: weeks(Math.max(0, ...gaps)),
    employer_count: jobs.length,
    unique_employer_count: unique,
    employers_per_year: Math.round((unique / Math.max(careerDays / 365.25, 1)) * 100) / 100,
    increases_last_job: lastChanges.increases,
    decreases_last_job: lastChanges.decreases,
  };
  const afterChange = jobs.length > 1 && last ? salaryChanges(last.events, last.start) : null;
  body.increases_after_change = afterChange?.increases ?? null;
  body.decreases_after_change = afterChange?.decreases ?? null;
  const all = salaryChanges(
    jobs.flatMap((job) => job.events),
    firstStart,
  );
  body.increases_overall = all.increases;
  body.decreases_overall = all.decreases;
  for (const [label, days] of Object.entries(WINDOWS)) {
    const from = addDays(today, -days);
    const covered = careerDays >= days;
    const changes = salaryChanges(
      jobs.flatMap((job) => job.events),
      from,
    );
    body[`increases_${label}`] = covered || label === "1y" ? changes.increases : null;
    body[`decreases_${label}`] = covered || label === "1y" ? changes.decreases : null;
    const before = salaryOn(jobs, from);
    const now = salaryOn(jobs, today);
    body[`yearly_change_${label}`] =
      covered && before && now
        ? Math.round(((now / before) ** (365 / days) - 1) * 10000) / 100
        : null;
    const stats = windowStats(jobs, from, today, monthlyFromDaily);
    body[`min_monthly_salary_${label}`] = stats.min;
    body[`average_monthly_salary_${label}`] = stats.average;
    body[`max_monthly_salary_${label}`] = stats.max;
  }
  return body;
}

function countOverlapDays(jobs: JobView[], today: string): number {
  let days = 0;
  for (let i = 0; i < jobs.length; i += 1) {
    for (let j = i + 1; j < jobs.length; j += 1) {
      const a = jobs[i];
      const b = jobs[j];
      if (!a || !b) continue;
      const from = a.start > b.start ? a.start : b.start;
      const aEnd = a.end ?? today;
      const bEnd = b.end ?? today;
      const to = aEnd < bEnd ? aEnd : bEnd;
      if (from <= to) days += daysBetween(from, to) + 1;
    }
  }
  return days;
}
