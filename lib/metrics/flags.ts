import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";
import { joblessFlag, pastGapFlag, recentHireFlag } from "./employment-flags";
import type { EmploymentFlagContext } from "./employment-flags";
import { byFlagOrder } from "./flag-rules";
import type { DeclaredIncome } from "./declared-income";
import {
  declaredIncomeFlag,
  isssteFlag,
  nameMismatchFlag,
  redeemedWeeksFlag,
} from "./record-flags";
import { cappedSalaryFlag, salaryCutFlag } from "./salary-flags";
import {
  newEmployerBeforeApplyingFlag,
  retiredFlag,
  thinFileFlag,
  voluntaryContributionsFlag,
} from "./signal-flags";
import type { Flag, Institution, JobInput } from "./types";

export interface FlagContext extends EmploymentFlagContext {
  institution: Institution;
  socialSecuritySummary: SocialSecuritySummary | null | undefined;
  declaredIncome: DeclaredIncome | null;
  names?: { typed: string; onRecord: string | null };
  /** Every job of the pull, for the signals that read the whole history. */
  jobs: readonly JobInput[];
  /** The day the applicant applied (`YYYY-MM-DD`); unknown for a bare record. */
  appliedOn?: string;
}

/** Every flag that applies, in the flag table's order (most severe first). */
export function computeFlags(context: FlagContext): Flag[] {
  const flags = [
    nameMismatchFlag(context.names, context.asOf),
    joblessFlag(context),
    pastGapFlag(context),
    recentHireFlag(context),
    newEmployerBeforeApplyingFlag(context),
    salaryCutFlag(context),
    cappedSalaryFlag(context),
    redeemedWeeksFlag(context.socialSecuritySummary),
    declaredIncomeFlag(context.declaredIncome, context.asOf),
    voluntaryContributionsFlag(context.jobs, context.asOf),
    retiredFlag(context.status),
    thinFileFlag(context.institution, context.socialSecuritySummary),
    isssteFlag(context.institution),
  ].filter((flag): flag is Flag => flag !== null);
  return flags.sort((a, b) => byFlagOrder(a.code, b.code));
}
