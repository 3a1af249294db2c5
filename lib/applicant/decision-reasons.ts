import { z } from "zod";

// Fixed reason codes per outcome: reports can count them, and the free-text note stays apart.
export const DECISION_OUTCOMES = ["APPROVE", "DECLINE", "REFER"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  APPROVE: "Approve",
  DECLINE: "Decline",
  REFER: "Refer",
};

export const DECISION_REASONS = {
  APPROVE: {
    stable_employment: "Stable formal employment",
    income_sufficient: "Income supports the requested credit",
    long_tenure: "Long total tenure, few gaps",
    approved_other: "Other (see note)",
  },
  DECLINE: {
    insufficient_income: "Income too low for the requested credit",
    no_current_employment: "No current formal employment",
    unstable_history: "Frequent job changes or long gaps",
    identity_mismatch: "Official name or identifiers do not match",
    liquidity_stress: "Redeemed weeks or salary cuts show liquidity stress",
    declined_other: "Other (see note)",
  },
  REFER: {
    capped_salary: "Salary at the 25-UMA cap: needs proof of income",
    recent_change: "Recent hire or exit: needs more history",
    stale_data: "Records are stale: refresh before deciding",
    issste_manual_review: "ISSSTE record: no score, needs manual review",
    identity_check: "Identity needs a manual check",
    referred_other: "Other (see note)",
  },
} as const satisfies Record<DecisionOutcome, Record<string, string>>;

export type ReasonCode = {
  [O in DecisionOutcome]: keyof (typeof DECISION_REASONS)[O];
}[DecisionOutcome];

export function reasonsFor(outcome: DecisionOutcome): { code: string; label: string }[] {
  return Object.entries(DECISION_REASONS[outcome]).map(([code, label]) => ({ code, label }));
}

export function isReasonFor(outcome: DecisionOutcome, code: string): boolean {
  return Object.hasOwn(DECISION_REASONS[outcome], code);
}

/** The label of a stored code, whichever outcome it belongs to (the code itself if retired). */
export function reasonLabel(code: string): string {
  for (const outcome of DECISION_OUTCOMES) {
    const reasons: Record<string, string> = DECISION_REASONS[outcome];
    if (Object.hasOwn(reasons, code)) return reasons[code] as string;
  }
  return code;
}

export const decisionInputSchema = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES, "Choose approve, decline or refer."),
    reasonCode: z.string().min(1, "Choose a reason."),
    note: z
      .string()
      .trim()
      .max(2000, "Keep the note under 2,000 characters.")
      .optional()
      .transform((value) => value || null),
  })
  .refine((input) => isReasonFor(input.outcome, input.reasonCode), {
    message: "Choose a reason that belongs to this outcome.",
    path: ["reasonCode"],
  });

export type DecisionInput = z.output<typeof decisionInputSchema>;

export const assignmentInputSchema = z.object({
  userId: z.uuid("Choose an underwriter.").nullable(),
});
