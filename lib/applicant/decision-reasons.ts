// Fixed reason codes per outcome: reports can count them, and the free-text note stays apart.
// No zod here: the decision panel ships this module to the browser (the schemas are in
// decision-input.ts, which only the server imports).
// The words live in the catalogs: `applicant.decision.outcomes.<key>` and
// `applicant.decision.reasons.<key>`.
export const DECISION_OUTCOMES = ["APPROVE", "DECLINE", "REFER"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The catalog key of each outcome's name (`applicant.decision.outcomes.<key>`). */
export const OUTCOME_KEYS = {
  APPROVE: "approve",
  DECLINE: "decline",
  REFER: "refer",
} as const satisfies Record<DecisionOutcome, string>;

/** Stored reason code → its catalog key (`applicant.decision.reasons.<key>`), per outcome. */
export const DECISION_REASONS = {
  APPROVE: {
    stable_employment: "stableEmployment",
    income_sufficient: "incomeSufficient",
    long_tenure: "longTenure",
    approved_other: "approvedOther",
  },
  DECLINE: {
    insufficient_income: "insufficientIncome",
    no_current_employment: "noCurrentEmployment",
    unstable_history: "unstableHistory",
    identity_mismatch: "identityMismatch",
    liquidity_stress: "liquidityStress",
    declined_other: "declinedOther",
  },
  REFER: {
    capped_salary: "cappedSalary",
    recent_change: "recentChange",
    stale_data: "staleData",
    issste_manual_review: "isssteManualReview",
    identity_check: "identityCheck",
    referred_other: "referredOther",
  },
} as const satisfies Record<DecisionOutcome, Record<string, string>>;

export type ReasonCode = {
  [O in DecisionOutcome]: keyof (typeof DECISION_REASONS)[O];
}[DecisionOutcome];

export type ReasonKey = {
  [O in DecisionOutcome]: (typeof DECISION_REASONS)[O][keyof (typeof DECISION_REASONS)[O]];
}[DecisionOutcome];

export function reasonsFor(outcome: DecisionOutcome): { code: string; key: ReasonKey }[] {
  const reasons: Record<string, ReasonKey> = DECISION_REASONS[outcome];
  return Object.entries(reasons).map(([code, key]) => ({ code, key }));
}

export function isReasonFor(outcome: DecisionOutcome, code: string): boolean {
  return Object.hasOwn(DECISION_REASONS[outcome], code);
}

/** The catalog key of a stored code, whichever outcome it belongs to; null for a retired code. */
export function reasonKey(code: string): ReasonKey | null {
  for (const outcome of DECISION_OUTCOMES) {
    const reasons: Record<string, ReasonKey> = DECISION_REASONS[outcome];
    if (Object.hasOwn(reasons, code)) return reasons[code] ?? null;
  }
  return null;
}
