import { monthlyFromDaily } from "../../../lib/metrics/reference-values";
import type { Career, SalaryEvent } from "./career";
import type { Employer } from "./employers";
import { addDays, daysBetween, weeksInSpan } from "./dates";

export type JobView = {
  employer: Employer;
  start: string;
  /** Null while the job is open on the view date. */
  end: string | null;
  weeks: number;
  events: SalaryEvent[];
  mostRecentSalary: number;
  monthlySalary: number;
};

export type CareerView = {
  today: string;
  jobs: JobView[];
  status: "EMPLOYED" | "UNEMPLOYED" | "RETIRED" | null;
  weeksContributed: number;
  weeksRedeemed: number;
  weeksReinstated: number;
  /** Last day of the most recent closed job, when nobody employs the person today. */
  lastEnd: string | null;
};

/** Union of the job spans as inclusive [start, end] pairs, so concurrent jobs count once. */
export function mergedSpans(
  jobs: readonly { start: string; end: string | null }[],
  today: string,
): [string, string][] {
  const spans = jobs
    .map((job): [string, string] => [job.start, job.end ?? today])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const merged: [string, string][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= addDays(last[1], 1)) {
      if (span[1] > last[1]) last[1] = span[1];
    } else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** What the institution reports on `today`: the planned career cut at that day. */
export function viewCareer(career: Career, today: string): CareerView {
  const issste = career.sector === "issste";
  const jobs: JobView[] = career.jobs
    .filter((job) => job.start <= today)
    .map((job) => {
      const end = job.end !== null && job.end <= today ? job.end : null;
      const events = job.events.filter((event) => event.date <= today);
      const mostRecentSalary = events[events.length - 1]?.salary ?? 0;
      return {
        employer: job.employer,
        start: job.start,
        end,
        weeks: weeksInSpan(job.start, end ?? today),
        events,
        mostRecentSalary,
        // ISSSTE reports a monthly salary and Belvo derives the daily one as monthly / 30.
        monthlySalary: issste
          ? Math.round(mostRecentSalary * 30 * 100) / 100
          : monthlyFromDaily(mostRecentSalary),
      };
    });
  const open = jobs.some((job) => job.end === null);
  const retired = career.retiredOn !== null && career.retiredOn <= today;
  const ends = jobs
    .map((job) => job.end)
    .filter((end): end is string => end !== null)
    .sort();
  const days = mergedSpans(jobs, today).reduce(
    (sum, [from, to]) => sum + daysBetween(from, to) + 1,
    0,
  );
  return {
    today,
    jobs,
    status: jobs.length === 0 ? null : open ? "EMPLOYED" : retired ? "RETIRED" : "UNEMPLOYED",
    weeksContributed: Math.floor(days / 7),
    weeksRedeemed: career.weeksRedeemed,
    weeksReinstated: career.weeksReinstated,
    lastEnd: open ? null : (ends[ends.length - 1] ?? null),
  };
}
