import { addMonths, toDay } from "@/lib/dates";
import { toCents } from "./cents";
import { flag } from "./employment-flags";
import type { EmploymentFlagContext } from "./employment-flags";
import { FLAG_THRESHOLDS } from "./flag-rules";
import type { Flag } from "./types";

/**
 * The latest cut of more than 2% dated within the 12 months before the data whose job is still open
 * and still pays less than before the cut. A cut since recovered is not flagged, nor one in a job
 * no longer held: what a lender relies on is the current pay (a recent exit has its own flag).
 */
export function salaryCutFlag(context: EmploymentFlagContext): Flag | null {
  const since = addMonths(toDay(context.asOf), -FLAG_THRESHOLDS.salaryCutMonths);
  const standing = context.salarySteps.filter((step) => {
    if (step.change >= 0 || toDay(step.date) < since) return false;
    const now = context.salaryNow(step.employer);
    return now !== null && now < toCents(step.from);
  });
  const latest = standing.at(-1);
  if (!latest) return null;
  return flag(
    "salary-cut",
    {
      employer: latest.employer,
      change: latest.change,
      from: latest.from,
      to: latest.to,
      date: latest.date,
      count: standing.length,
    },
    latest.date,
  );
}

export function cappedSalaryFlag(context: EmploymentFlagContext): Flag | null {
  const jobs = context.currentJobs.flatMap((job) =>
    job.capped && job.dailySalary && job.capDaily && job.salaryDate
      ? [
          {
            employer: job.employer,
            daily: job.dailySalary,
            cap: job.capDaily,
            date: job.salaryDate,
          },
        ]
      : [],
  );
  const [first] = jobs;
  if (!first) return null;
  return flag("capped-salary", { jobs }, first.date);
}
