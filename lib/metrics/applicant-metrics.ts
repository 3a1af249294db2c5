import type { DecimalText } from "@/lib/belvo/types/common";
import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";
import { toDay } from "@/lib/dates";
import { fromCents } from "./cents";
import { currentJobs } from "./current-jobs";
import type { CurrentJob } from "./types";
import { compareDeclaredIncome } from "./declared-income";
import type { DeclaredIncome } from "./declared-income";
import { employerCounts } from "./employers";
import type { EmployerCounts } from "./employers";
import { computeFlags } from "./flags";
import { gapsBetweenJobs, lastExit, longestGap, weeksSinceLastJob } from "./gaps";
import type { Gap } from "./gaps";
import { currentIncome } from "./income";
import type { Income } from "./income";
import { missingReferenceYears } from "./reference-coverage";
import { currentJobSalary, jobSalaryOn } from "./salary";
import { mainJobSalaryChange, raisesAndCuts, salarySteps } from "./salary-trajectory";
import type { RaisesAndCuts, SalaryChange, SalaryStep } from "./salary-trajectory";
import { DEFAULT_FIGURE_SETTINGS } from "./settings";
import type { FigureSettings } from "./settings";
import { currentStatus, openJobs } from "./status";
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
  /** The day every figure is computed as of: the day the data was collected. */
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
  /** The main current job's salary change; null without an open job. */
  salaryChange: SalaryChange | null;
  salarySteps: SalaryStep[];
  raisesAndCuts: { ever: RaisesAndCuts; months12: RaisesAndCuts; months36: RaisesAndCuts };
  /** Weeks contributed / redeemed / reinstated; always null for ISSSTE. */
  socialSecuritySummary: SocialSecuritySummary | null;
  declaredIncome: DeclaredIncome | null;
  /** Years with salary movements but no reference values: no ceiling check for them. */
  missingReferenceYears: number[];
  flags: Flag[];
}

export interface ComputeOptions {
  settings?: FigureSettings;
}

export function computeApplicantMetrics(
  input: MetricsInput,
  options: ComputeOptions = {},
): ApplicantMetrics {
  const { jobs, asOf, institution } = input;
  const settings = options.settings ?? DEFAULT_FIGURE_SETTINGS;
  const { reference } = settings;
  const status = currentStatus({ jobs, asOf, entitlementStatus: input.entitlementStatus });
  const open = currentJobs({ jobs, asOf, institution, reference });
  const income = currentIncome({ jobs: open, institution });
  const exit = lastExit(jobs, asOf);
  const exitSalary = exit ? jobSalaryOn(exit.job, toDay(exit.endDate)) : null;
  const gaps = gapsBetweenJobs(jobs, asOf);
  const steps = salarySteps(jobs, asOf, { institution, reference });
  const counts = (months?: number) => raisesAndCuts({ steps, asOf, months });
  const openInputs = openJobs(jobs, asOf);
  const declaredIncome = compareDeclaredIncome({
    declared: input.declaredMonthlyIncome,
    income,
    tolerancePct: settings.declaredIncomeTolerancePct,
  });
  const flags = computeFlags({
    asOf,
    status,
    currentJobs: open,
    lastExit: exit,
    gaps,
    salarySteps: steps,
    salaryNow: (employer) => {
      const job = openInputs.find((candidate) => candidate.employer === employer);
      return job ? (currentJobSalary(job, asOf)?.cents ?? null) : null;
    },
    flagWindowMonths: settings.flagWindowMonths,
    institution,
    socialSecuritySummary: input.socialSecuritySummary,
    declaredIncome,
    names: input.names,
    jobs,
    appliedOn: input.appliedOn,
  });
  return {
    asOf,
    status,
    currentJobs: open,
    tenureAtCurrentEmployerDays: open[0]?.tenureDays ?? null,
    totalTenure: totalTenure(jobs, asOf),
    employers: employerCounts(jobs, asOf),
    longestGap: longestGap(gaps),
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
    salaryChange: mainJobSalaryChange({ job: openInputs[0], asOf, institution, reference }),
    salarySteps: steps,
    raisesAndCuts: { ever: counts(), months12: counts(12), months36: counts(36) },
    socialSecuritySummary: institution === "issste" ? null : (input.socialSecuritySummary ?? null),
    declaredIncome,
    missingReferenceYears:
      institution === "imss"
        ? missingReferenceYears(
            jobs,
            asOf,
            reference,
            open.flatMap((job) => (job.salaryDate ? [job.salaryDate] : [])),
          )
        : [],
    flags,
  };
}
