import { toDay } from "@/lib/dates";
import { capUnitOn, ceilingYearOf } from "./reference-values";
import type { ReferenceTable } from "./reference-values";
import type { JobInput } from "./types";

/**
 * The ceiling years of salary dates up to the as-of day that the table has no values for,
 * ascending: the ceiling cannot be checked for those salaries, and the page says so. The dates are
 * every movement's plus `extraDates` (a current salary taken from Belvo's latest figure).
 */
export function missingReferenceYears(
  jobs: readonly JobInput[],
  asOf: string,
  table: ReferenceTable,
  extraDates: readonly string[] = [],
): number[] {
  const day = toDay(asOf);
  const dates = [
    ...jobs.flatMap((job) =>
      job.movements.flatMap((m) =>
        m.dailySalary !== null && toDay(m.date) <= day ? [m.date] : [],
      ),
    ),
    ...extraDates,
  ];
  const missing = new Set<number>();
  for (const date of dates) if (capUnitOn(date, table) === null) missing.add(ceilingYearOf(date));
  return [...missing].sort((a, b) => a - b);
}
