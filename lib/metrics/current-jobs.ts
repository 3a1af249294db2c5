import { sbcCapOn } from "@/lib/metrics/reference-values";
import { fromCents } from "./cents";
import { monthlyCents } from "./income";
import { currentJobSalary } from "./salary";
import { openJobs, tenureDays } from "./status";
import type { CurrentJob, Institution, JobInput } from "./types";

/** The 25-UMA ceiling on a day, in cents (the table gives it already rounded to cents). */
export function capCentsOn(date: string): number {
  return Math.round(sbcCapOn(date) * 100);
}

/** Open jobs on the as-of day, longest-held first, each with its salary against the cap. */
export function currentJobs(options: {
  jobs: readonly JobInput[];
  asOf: string;
  institution: Institution;
}): CurrentJob[] {
  const { asOf } = options;
  return openJobs(options.jobs, asOf).map((job) => {
    const salary = currentJobSalary(job, asOf);
    const cap = salary && options.institution === "imss" ? capCentsOn(salary.date) : null;
    return {
      employer: job.employer,
      employerId: job.employerId,
      startDate: job.startDate,
      tenureDays: tenureDays(job, asOf),
      dailySalary: salary ? fromCents(salary.cents) : null,
      monthlySalary: salary ? fromCents(monthlyCents(salary.cents)) : null,
      salaryDate: salary?.date ?? null,
      capDaily: cap === null ? null : fromCents(cap),
      capped: salary !== null && cap !== null && salary.cents >= cap,
    };
  });
}
