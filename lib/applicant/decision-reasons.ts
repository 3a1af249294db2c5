import { z } from "zod";
import { safeText } from "@/lib/http/text";

// Fixed reason codes per outcome: reports can count them, and the free-text note stays apart.
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

// Messages are catalog keys: the browser shows them in the reader's language.

/** Free text kept apart from the codes; blank means none. */
const optionalNote = () =>
  safeText({ max: 2000, tooLong: "applicant.validation.noteTooLong" })
    .optional()
    .transform((value) => value || null);
export const decisionInputSchema = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES, "applicant.validation.outcome"),
    reasonCode: z.string().min(1, "applicant.validation.reasonRequired"),
    note: optionalNote(),
    /** The red flags the decider acknowledged, one by one (flag codes). */
    acknowledgedFlags: z
      .array(safeText({ max: 40, trim: false }))
      .max(30)
      .default([]),
    /** Set when this decision amends the current one: why it changes. */
    amendReason: safeText({ max: 500, tooLong: "applicant.validation.amendReasonLong" })
      .min(10, "applicant.validation.amendReasonShort")
      .nullish()
      .transform((value) => value ?? null),
  })
  .refine((input) => isReasonFor(input.outcome, input.reasonCode), {
    message: "applicant.validation.reasonMismatch",
    path: ["reasonCode"],
  });

/** A decision as the server takes it; without acknowledgements or an amendment reason, none. */
export type DecisionInput = Omit<
  z.output<typeof decisionInputSchema>,
  "acknowledgedFlags" | "amendReason"
> & { acknowledgedFlags?: readonly string[]; amendReason?: string | null };

/** A team lead's answer to an approval that waits for sign-off; returning it needs a note. */
export const signOffInputSchema = z
  .object({
    action: z.enum(["sign", "return"], "applicant.validation.signOffAction"),
    note: optionalNote(),
  })
  .refine((input) => input.action === "sign" || input.note !== null, {
    message: "applicant.validation.returnNoteRequired",
    path: ["note"],
  });

export type SignOffInput = z.output<typeof signOffInputSchema>;

export const assignmentInputSchema = z.object({
  userId: z.uuid("applicant.validation.underwriter").nullable(),
});
