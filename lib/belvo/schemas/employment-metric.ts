import { z } from "zod";
import { moneySchema, optionalNull } from "./common";

// Belvo's metric list has grown over versions; every metric is optional so a renamed or retired one
// never blocks the whole object. Only identity is required.
const count = optionalNull(z.number());
const money = optionalNull(moneySchema);

export const WINDOWS = ["1y", "3y", "5y"] as const;
export const CHANGE_WINDOWS = ["last_job", "after_change", "overall", "1y", "3y", "5y"] as const;

const changeCounts = Object.fromEntries(
  CHANGE_WINDOWS.flatMap((window) => [
    [`increases_${window}`, count],
    [`decreases_${window}`, count],
  ]),
) as Record<
  `increases_${(typeof CHANGE_WINDOWS)[number]}` | `decreases_${(typeof CHANGE_WINDOWS)[number]}`,
  typeof count
>;

const yearly = Object.fromEntries(
  WINDOWS.map((window) => [`yearly_change_${window}`, count]),
) as Record<`yearly_change_${(typeof WINDOWS)[number]}`, typeof count>;

const salaryStats = Object.fromEntries(
  WINDOWS.flatMap((window) => [
    [`min_monthly_salary_${window}`, money],
    [`average_monthly_salary_${window}`, money],
    [`max_monthly_salary_${window}`, money],
  ]),
) as Record<
  `${"min" | "average" | "max"}_monthly_salary_${(typeof WINDOWS)[number]}`,
  typeof money
>;

export const employmentMetricSchema = z.object({
  id: z.string().min(1),
  link: z.string().min(1),
  created_at: optionalNull(z.string()),
  collected_at: optionalNull(z.string()),
  updated_at: optionalNull(z.string()),
  reference_date: optionalNull(z.string()),
  age: count,
  current_status: optionalNull(z.string()),
  current_employer_count: count,
  base_salary_last: money,
  weeks_employed_last_job: count,
  weeks_since_last_job: count,
  weeks_employed_total: count,
  weeks_with_multiple_employers: count,
  weeks_between_jobs: count,
  max_weeks_between_jobs: count,
  employer_count: count,
  unique_employer_count: count,
  employers_per_year: count,
  ...changeCounts,
  ...yearly,
  ...salaryStats,
});

export type RawEmploymentMetric = z.output<typeof employmentMetricSchema>;
