import { PUBLISHED_REFERENCES, sbcCapOn } from "@/lib/metrics/reference-values";
import type { ReferenceTable } from "@/lib/metrics/reference-values";
import { fromCents } from "./cents";
import { issteMonthlyCents, monthlyCents } from "./income";
import { currentJobSalary } from "./salary";
import { openJobs, tenureDays } from "./status";
import type { CurrentJob, Institution, JobInput } from "./types";

/** The 25-UMA ceiling on a day in cents, or null when that year has no reference values. */
export function capCentsOn(date: string, table: ReferenceTable = PUBLISHED_REFERENCES) {
  const cap = sbcCapOn(date, table);
  return cap === null ? null : Math.round(cap * 100);
}

/** At or above the ceiling in force on its date (IMSS only; unknown ceiling → not capped). */
export function atCeiling(cents: number, date: string, table: ReferenceTable): boolean {
  const cap = capCentsOn(date, table);
  return cap !== null && cents >= cap;
}

/** Open jobs on the as-of day, longest-held first, each with its salary against the cap. */
export function currentJobs(options: {
  jobs: readonly JobInput[];
  asOf: string;
  institution: Institution;
  reference?: ReferenceTable;
}): CurrentJob[] {
  const { asOf, institution } = options;
  const table = options.reference ?? PUBLISHED_REFERENCES;
  return openJobs(options.jobs, asOf).map((job) => {
    const salary = currentJobSalary(job, asOf);
    const cap = salary && institution === "imss" ? capCentsOn(salary.date, table) : null;
    const monthly =
      salary === null
        ? null
        : institution === "issste"
          ? issteMonthlyCents(salary.cents, job.reportedMonthlySalary)
          : monthlyCents(salary.cents);
    return {
      employer: job.employer,
      employerId: job.employerId,
      startDate: job.startDate,
      tenureDays: tenureDays(job, asOf),
      dailySalary: salary ? fromCents(salary.cents) : null,
      monthlySalary: monthly === null ? null : fromCents(monthly),
      salaryDate: salary?.date ?? null,
      capDaily: cap === null ? null : fromCents(cap),
      capped: salary !== null && cap !== null && salary.cents >= cap,
    };
  });
}
