import type { DecimalText } from "@/lib/belvo/types/common";
import { sbcCapOn } from "@/lib/domain/reference-values";
import { fromCents } from "./cents";
import { monthlyCents } from "./income";
import { currentJobSalary } from "./salary";
import { openJobs, tenureDays } from "./status";
import type { Institution, JobInput } from "./types";

export interface CurrentJob {
  employer: string;
  employerId: string | null;
  startDate: string;
  tenureDays: number;
  /** Latest daily SBC; null when Belvo gave no salary for this job. */
  dailySalary: DecimalText | null;
  /** `dailySalary` × 30.4. */
  monthlySalary: DecimalText | null;
  /** The day that salary took effect: the cap is the one in force then. */
  salaryDate: string | null;
  /** The IMSS 25-UMA ceiling on `salaryDate`; null for ISSSTE, which that ceiling does not bind. */
  capDaily: DecimalText | null;
  /** At the ceiling: the real pay is at least this, not exactly this. */
  capped: boolean;
}

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
