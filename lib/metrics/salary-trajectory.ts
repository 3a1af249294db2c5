import type { DecimalText } from "@/lib/belvo/types/common";
import { addMonths, toDay } from "@/lib/dates";
import { PUBLISHED_REFERENCES } from "./reference-values";
import type { ReferenceTable } from "./reference-values";
import { fromCents } from "./cents";
import { atCeiling } from "./current-jobs";
import { FLAG_THRESHOLDS } from "./flag-rules";
import { jobSalaryOn, salaryPoints } from "./salary";
import type { Institution, JobInput } from "./types";

export interface SalaryChange {
  /** The job the change describes: the main current job (the longest-held open one). */
  employer: string;
  /**
   * (salary now − the same job's salary `months` before the as-of day) ÷ the latter. Null when the
   * job had not started (or had no salary) then, or when both ends sit at the 25-UMA ceiling, where
   * only the ceiling moved and the real pay is unknown.
   */
  months12: number | null;
  months36: number | null;
}

/** The change in the main current job's daily salary over 12 and 36 months; null with no job. */
export function mainJobSalaryChange(options: {
  job: JobInput | undefined;
  asOf: string;
  institution: Institution;
  reference?: ReferenceTable;
}): SalaryChange | null {
  const { job, asOf } = options;
  if (!job) return null;
  const table = options.reference ?? PUBLISHED_REFERENCES;
  const asOfDay = toDay(asOf);
  const now = jobSalaryOn(job, asOfDay);
  const capped = (cents: number, date: string) =>
    options.institution === "imss" && atCeiling(cents, date, table);
  const change = (months: number) => {
    const day = addMonths(asOfDay, -months);
    const then = toDay(job.startDate) <= day ? jobSalaryOn(job, day) : null;
    if (!now || !then || then.cents <= 0) return null;
    if (capped(now.cents, now.date) && capped(then.cents, then.date)) return null;
    return (now.cents - then.cents) / then.cents;
  };
  return { employer: job.employer, months12: change(12), months36: change(36) };
}

export interface SalaryStep {
  employer: string;
  date: string;
  from: DecimalText;
  to: DecimalText;
  /** (to − from) ÷ from. */
  change: number;
}

/**
 * Salary changes of more than 2% either way between consecutive movements of the same job (exactly
 * 2% is not counted, as in Belvo's metrics). A new job's salary is not compared with the old job's:
 * a different employer integrates different benefits into the SBC, so that is a job change. A step
 * from the 25-UMA ceiling to the next year's ceiling is not a raise either: only the UMA moved.
 */
export function salarySteps(
  jobs: readonly JobInput[],
  asOf: string,
  options: { institution?: Institution; reference?: ReferenceTable } = {},
): SalaryStep[] {
  const day = toDay(asOf);
  const table = options.reference ?? PUBLISHED_REFERENCES;
  const imss = (options.institution ?? "imss") === "imss";
  const limit = 100 / FLAG_THRESHOLDS.salaryStepPercent;
  const steps: SalaryStep[] = [];
  for (const job of jobs) {
    const points = salaryPoints(job, day);
    for (let i = 1; i < points.length; i++) {
      const before = points[i - 1];
      const after = points[i];
      if (!before || !after || before.cents <= 0) continue;
      // |to − from| > 2% of from, in integers: 50 × |difference| > from.
      if (Math.abs(after.cents - before.cents) * limit <= before.cents) continue;
      const ceilingOnly =
        imss &&
        atCeiling(before.cents, before.date, table) &&
        atCeiling(after.cents, after.date, table);
      if (ceilingOnly) continue;
      steps.push({
        employer: job.employer,
        date: after.date,
        from: fromCents(before.cents),
        to: fromCents(after.cents),
        change: (after.cents - before.cents) / before.cents,
      });
    }
  }
  return steps.sort((a, b) => toDay(a.date) - toDay(b.date));
}

export interface RaisesAndCuts {
  raises: number;
  cuts: number;
}

/** Raises and cuts dated within `months` before the as-of day (both ends included), or ever. */
export function raisesAndCuts(options: {
  steps: readonly SalaryStep[];
  asOf: string;
  months?: number;
}): RaisesAndCuts {
  const from =
    options.months === undefined ? -Infinity : addMonths(toDay(options.asOf), -options.months);
  const inWindow = options.steps.filter((step) => toDay(step.date) >= from);
  return {
    raises: inWindow.filter((step) => step.change > 0).length,
    cuts: inWindow.filter((step) => step.change < 0).length,
  };
}
