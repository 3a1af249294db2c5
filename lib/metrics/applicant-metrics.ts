import type { DecimalText } from "@/lib/belvo/types/common";
import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";
import { createFormatter } from "@/lib/format";
import type { Formatter } from "@/lib/format";
import { toDay } from "@/lib/dates";
import { fromCents, toCents } from "./cents";
import { currentJobs } from "./current-jobs";
import type { CurrentJob } from "./types";
import { employerCounts } from "./employers";
import type { EmployerCounts } from "./employers";
import { computeFlags } from "./flags";
import { lastExit, longestGap, weeksSinceLastJob } from "./gaps";
import type { Gap } from "./gaps";
import { currentIncome } from "./income";
import type { Income } from "./income";
import { DEFAULT_STALE_AFTER_DAYS } from "./record-flags";
import { jobSalaryOn } from "./salary";
import { raisesAndCuts, salaryChange, salarySteps } from "./salary-trajectory";
import type { RaisesAndCuts, SalaryStep } from "./salary-trajectory";
import { currentStatus } from "./status";
import { concurrentEmployment, totalTenure } from "./tenure";
import type { DayCount } from "./tenure";
import type { EmploymentStatus, Flag, MetricsInput } from "./types";

/** Without an open job: the salary of the job left last, as it stood on its exit day. */
export interface LastSalary {
  employer: string;
  dailySalary: DecimalText;
  endDate: string;
}

export interface ApplicantMetrics {
  asOf: string;
  status: EmploymentStatus;
  currentJobs: CurrentJob[];
  tenureAtCurrentEmployerDays: number | null;
  totalTenure: DayCount;
  employers: EmployerCounts;
  longestGap: Gap | null;
  weeksSinceLastJob: number | null;
  concurrent: DayCount;
  income: Income | null;
  lastSalary: LastSalary | null;
  salaryChange: { months12: number | null; months36: number | null };
  salarySteps: SalaryStep[];
  raisesAndCuts: { ever: RaisesAndCuts; months12: RaisesAndCuts; months36: RaisesAndCuts };
  /** Weeks contributed / redeemed / reinstated; always null for ISSSTE. */
  socialSecuritySummary: SocialSecuritySummary | null;
  flags: Flag[];
}

export interface ComputeOptions {
  /** Data collected longer ago than this is flagged stale. */
  staleAfterDays?: number;
  format?: Formatter;
}

export function computeApplicantMetrics(
  input: MetricsInput,
  options: ComputeOptions = {},
): ApplicantMetrics {
  const { jobs, asOf, institution } = input;
  const status = currentStatus({ jobs, asOf, entitlementStatus: input.entitlementStatus });
  const open = currentJobs({ jobs, asOf, institution });
  const income = currentIncome({ jobs: open, institution });
  const exit = lastExit(jobs, asOf);
  const exitSalary = exit ? jobSalaryOn(exit.job, toDay(exit.endDate)) : null;
  const gap = longestGap(jobs, asOf);
  const steps = salarySteps(jobs, asOf);
  const currentDailyCents = income ? toCents(income.dailySalary) : null;
  const change = (months: number) => salaryChange({ jobs, asOf, months, currentDailyCents });
  const counts = (months?: number) => raisesAndCuts({ steps, asOf, months });
  const flags = computeFlags({
    asOf,
    status,
    currentJobs: open,
    lastExit: exit,
    longestGap: gap,
    salarySteps: steps,
    institution,
    socialSecuritySummary: input.socialSecuritySummary,
    collectedAt: input.collectedAt,
    staleAfterDays: options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
    format: options.format ?? createFormatter(),
  });
  return {
    asOf,
    status,
    currentJobs: open,
    tenureAtCurrentEmployerDays: open[0]?.tenureDays ?? null,
    totalTenure: totalTenure(jobs, asOf),
    employers: employerCounts(jobs, asOf),
    longestGap: gap,
    weeksSinceLastJob: weeksSinceLastJob(jobs, asOf),
    concurrent: concurrentEmployment(jobs, asOf),
    income,
    lastSalary:
      exit && exitSalary
        ? {
            employer: exit.job.employer,
            dailySalary: fromCents(exitSalary.cents),
            endDate: exit.endDate,
          }
        : null,
    salaryChange: { months12: change(12), months36: change(36) },
    salarySteps: steps,
    raisesAndCuts: { ever: counts(), months12: counts(12), months36: counts(36) },
    socialSecuritySummary: institution === "issste" ? null : (input.socialSecuritySummary ?? null),
    flags,
  };
}
