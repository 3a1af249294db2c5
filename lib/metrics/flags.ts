import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";
import { exitOrGapFlag, pastGapFlag, recentHireFlag } from "./employment-flags";
import type { EmploymentFlagContext } from "./employment-flags";
import { isssteFlag, redeemedWeeksFlag, staleDataFlag } from "./record-flags";
import { cappedSalaryFlag, salaryCutFlag } from "./salary-flags";
import type { Flag, FlagSeverity, Institution } from "./types";

export interface FlagContext extends EmploymentFlagContext {
  institution: Institution;
  socialSecuritySummary: SocialSecuritySummary | null | undefined;
  collectedAt: string | null | undefined;
  staleAfterDays: number;
}

const SEVERITY_ORDER: Record<FlagSeverity, number> = { risk: 0, warning: 1, info: 2 };

/** Every flag that applies, most severe first; one `long-gap` at most (the current gap wins). */
export function computeFlags(context: FlagContext): Flag[] {
  const { format } = context;
  const candidates = [
    exitOrGapFlag(context),
    pastGapFlag(context),
    recentHireFlag(context),
    salaryCutFlag(context),
    cappedSalaryFlag(context),
    redeemedWeeksFlag({ summary: context.socialSecuritySummary, format }),
    staleDataFlag(context),
    isssteFlag(context.institution),
  ];
  const flags: Flag[] = [];
  for (const flag of candidates) {
    if (flag && !flags.some((kept) => kept.code === flag.code)) flags.push(flag);
  }
  return flags.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
