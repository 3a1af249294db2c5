// What an approval needs, from the applicant's stored flags and score. Pure, so the decision
// panel shows exactly the rules the server enforces.
import type { DecisionStatus } from "@/lib/applicant/decision-status";
import type { DecisionOutcome } from "@/lib/applicant/decision-reasons";
import { byFlagOrder, FLAG_RULES, isFlagCode, type FlagCode } from "@/lib/metrics/flag-rules";
import { scoreBand } from "@/lib/metrics/score-bands";

export interface ApprovalContext {
  /** The applicant's stored flag codes (the queue summary of the newest pull). */
  flags: readonly string[];
  /** The 12-month employment score, if Belvo gave one. */
  score12: number | null;
  /** The organization's four-eyes rule (Settings). */
  fourEyes: boolean;
}

export interface ApprovalRules {
  /** Red flags: each must be acknowledged, one by one, to approve. */
  redFlags: FlagCode[];
  /** The 12-month score is in the high-risk band. */
  highRiskScore: boolean;
  /** Approving against a red flag or a high-risk score needs a note saying why. */
  noteRequired: boolean;
  /** ...and, with the four-eyes rule on, a team lead's sign-off before it is final. */
  signOffRequired: boolean;
}

export function approvalRules(context: ApprovalContext): ApprovalRules {
  const redFlags = context.flags
    .filter((code): code is FlagCode => isFlagCode(code) && FLAG_RULES[code].severity === "risk")
    .sort(byFlagOrder);
  const highRiskScore = context.score12 !== null && scoreBand(context.score12).key === "high";
  const againstRisk = redFlags.length > 0 || highRiskScore;
  return {
    redFlags,
    highRiskScore,
    noteRequired: againstRisk,
    signOffRequired: againstRisk && context.fourEyes,
  };
}

/** Red flags the decider did not acknowledge. */
export function unacknowledged(rules: ApprovalRules, acknowledged: readonly string[]): FlagCode[] {
  return rules.redFlags.filter((code) => !acknowledged.includes(code));
}

/** Where the applicant stands after a decision (and its sign-off, for an approval). */
export function statusAfter(
  outcome: DecisionOutcome,
  signOff: "REQUIRED" | "SIGNED" | "RETURNED" | null,
): DecisionStatus {
  if (signOff === "RETURNED") return "PENDING";
  if (outcome === "APPROVE") return signOff === "REQUIRED" ? "AWAITING_SIGN_OFF" : "APPROVED";
  return outcome === "DECLINE" ? "DECLINED" : "REFERRED";
}
