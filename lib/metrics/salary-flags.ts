import { addMonths, toDay } from "@/lib/dates";
import { toCents } from "./cents";
import { flag, when } from "./employment-flags";
import type { EmploymentFlagContext } from "./employment-flags";
import { FLAG_THRESHOLDS } from "./flag-rules";
import type { Flag } from "./types";

/**
 * The latest cut of more than 2% dated within the 12 months before the data whose job is still open
 * and still pays less than before the cut. A cut since recovered is not flagged, nor one in a job
 * no longer held: what a lender relies on is the current pay (a recent exit has its own flag).
 */
export function salaryCutFlag(context: EmploymentFlagContext): Flag | null {
  const months = FLAG_THRESHOLDS.salaryCutMonths;
  const since = addMonths(toDay(context.asOf), -months);
  const standing = context.salarySteps.filter((step) => {
    if (step.change >= 0 || toDay(step.date) < since) return false;
    const now = context.salaryNow(step.employer);
    return now !== null && now < toCents(step.from);
  });
  const latest = standing.at(-1);
  if (!latest) return null;
  const { format } = context;
  const others =
    standing.length > 1
      ? ` (${format.number(standing.length)} cuts in ${format.number(months)} months)`
      : "";
  return flag(
    "salary-cut",
    `Daily salary at ${latest.employer} fell ${format.percent(-latest.change)}, from ${format.money(latest.from)} to ${format.money(latest.to)}, ${when(context, latest.date)}${others}; it has not recovered.`,
    latest.date,
  );
}

export function cappedSalaryFlag(context: EmploymentFlagContext): Flag | null {
  const { format } = context;
  const capped = context.currentJobs.filter(
    (job) => job.capped && job.dailySalary && job.capDaily && job.salaryDate,
  );
  const each = capped.map(
    (job) =>
      `${job.employer} reports ${format.money(job.dailySalary ?? "0")} a day, at the 25-UMA ceiling (${format.money(job.capDaily ?? "0")} on ${format.date(job.salaryDate ?? context.asOf)})`,
  );
  const [first] = capped;
  if (!first) return null;
  return flag(
    "capped-salary",
    `${each.join("; ")}: the real pay is at least this.`,
    first.salaryDate,
  );
}
