import { addMonths, toDay } from "@/lib/dates";
import type { EmploymentFlagContext } from "./employment-flags";
import type { Flag } from "./types";

/** A cut of 2% or more dated within the 12 months before the as-of day (both ends included). */
export function salaryCutFlag(context: EmploymentFlagContext): Flag | null {
  const since = addMonths(toDay(context.asOf), -12);
  const cuts = context.salarySteps.filter((step) => step.change < 0 && toDay(step.date) >= since);
  const latest = cuts.at(-1);
  if (!latest) return null;
  const { format } = context;
  const others = cuts.length > 1 ? ` (${format.number(cuts.length)} cuts in 12 months)` : "";
  return {
    code: "salary-cut",
    severity: "warning",
    label: "Salary cut",
    explanation: `Daily salary at ${latest.employer} fell ${format.percent(-latest.change)}, from ${format.money(latest.from)} to ${format.money(latest.to)}, on ${format.date(latest.date)}${others}.`,
  };
}

export function cappedSalaryFlag(context: EmploymentFlagContext): Flag | null {
  const { format } = context;
  const each = context.currentJobs.flatMap((job) =>
    job.capped && job.dailySalary && job.capDaily && job.salaryDate
      ? [
          `${job.employer} reports ${format.money(job.dailySalary)} a day, at the 25-UMA ceiling (${format.money(job.capDaily)} on ${format.date(job.salaryDate)})`,
        ]
      : [],
  );
  if (each.length === 0) return null;
  return {
    code: "capped-salary",
    severity: "info",
    label: "Salary at the 25-UMA cap",
    explanation: `${each.join("; ")}: the real pay is at least this.`,
  };
}
