import type { DecisionStatus } from "@/lib/generated/prisma/enums";

export type { DecisionStatus };

/** Every worklist status, in the order a filter lists them; words: `common.decisionStatus.<key>`. */
export const DECISION_STATUS_KEYS = {
  PENDING: "pending",
  AWAITING_SIGN_OFF: "awaitingSignOff",
  REFERRED: "referred",
  APPROVED: "approved",
  DECLINED: "declined",
} as const satisfies Record<DecisionStatus, string>;

export const DECISION_STATUSES = Object.keys(DECISION_STATUS_KEYS) as DecisionStatus[];

/**
 * Work still open: nothing decided yet, an approval waiting for its sign-off, or a referral
 * waiting for documents. What the team's workload counts as pending.
 */
export const OPEN_STATUSES = [
  "PENDING",
  "AWAITING_SIGN_OFF",
  "REFERRED",
] as const satisfies readonly DecisionStatus[];

export function isOpenStatus(status: DecisionStatus): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}
