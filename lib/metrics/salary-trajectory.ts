import type { DecimalText } from "@/lib/belvo/types/common";
import { addMonths, toDay } from "@/lib/dates";
import { fromCents } from "./cents";
import { careerSalaryOn, salaryPoints } from "./salary";
import type { JobInput } from "./types";

/**
 * Change of the person's daily salary over `months`: (now − then) ÷ then, where "now" is the sum
 * over the open jobs (the current income) and "then" the sum over the jobs covering the day
 * `months` before the as-of day, whichever employers those were. Null when either side is
 * unknown: unemployed now, or no job (or no salary) on the earlier day.
 */
export function salaryChange(options: {
  jobs: readonly JobInput[];
  asOf: string;
  months: number;
  currentDailyCents: number | null;
}): number | null {
  const then = careerSalaryOn(options.jobs, addMonths(toDay(options.asOf), -options.months));
  const now = options.currentDailyCents;
  if (now === null || then === null || then === 0) return null;
  return (now - then) / then;
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
 * Salary changes of at least 2% either way between consecutive movements of the same job. A new
 * job's salary is not compared with the old job's: a different employer integrates different
 * benefits into the SBC, so that is a job change, not a raise or a cut.
 */
export function salarySteps(jobs: readonly JobInput[], asOf: string): SalaryStep[] {
  const day = toDay(asOf);
  const steps: SalaryStep[] = [];
  for (const job of jobs) {
    const points = salaryPoints(job, day);
    for (let i = 1; i < points.length; i++) {
      const before = points[i - 1];
      const after = points[i];
      // |to − from| ≥ 2% of from, in integers: 50 × |difference| ≥ from.
      if (!before || !after || before.cents <= 0) continue;
      if (Math.abs(after.cents - before.cents) * 50 < before.cents) continue;
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
