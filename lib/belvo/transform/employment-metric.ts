import type { EmploymentMetrics } from "../types";
import type { RawEmploymentMetric } from "../schemas/employment-metric";
import { CHANGE_WINDOWS, WINDOWS } from "../schemas/employment-metric";

const camelWindow = (window: string) =>
  window.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

export function transformEmploymentMetric(raw: RawEmploymentMetric): EmploymentMetrics {
  return {
    id: raw.id,
    linkId: raw.link,
    createdAt: raw.created_at,
    collectedAt: raw.collected_at,
    updatedAt: raw.updated_at,
    referenceDate: raw.reference_date,
    age: raw.age,
    currentStatus: raw.current_status,
    currentEmployerCount: raw.current_employer_count,
    lastDailySalary: raw.base_salary_last,
    weeksEmployedLastJob: raw.weeks_employed_last_job,
    weeksSinceLastJob: raw.weeks_since_last_job,
    weeksEmployedTotal: raw.weeks_employed_total,
    weeksWithMultipleEmployers: raw.weeks_with_multiple_employers,
    weeksBetweenJobs: raw.weeks_between_jobs,
    maxWeeksBetweenJobs: raw.max_weeks_between_jobs,
    employerCount: raw.employer_count,
    uniqueEmployerCount: raw.unique_employer_count,
    employersPerYear: raw.employers_per_year,
    salaryIncreases: Object.fromEntries(
      CHANGE_WINDOWS.map((w) => [camelWindow(w), raw[`increases_${w}`]]),
    ),
    salaryDecreases: Object.fromEntries(
      CHANGE_WINDOWS.map((w) => [camelWindow(w), raw[`decreases_${w}`]]),
    ),
    yearlyChange: Object.fromEntries(WINDOWS.map((w) => [w, raw[`yearly_change_${w}`]])),
    monthlySalary: Object.fromEntries(
      WINDOWS.map((w) => [
        w,
        {
          min: raw[`min_monthly_salary_${w}`],
          average: raw[`average_monthly_salary_${w}`],
          max: raw[`max_monthly_salary_${w}`],
        },
      ]),
    ),
  };
}
