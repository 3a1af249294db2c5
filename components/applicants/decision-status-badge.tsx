import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DECISION_STATUS_KEYS, type DecisionStatus } from "@/lib/applicant/decision-status";

const TONE = {
  PENDING: "neutral",
  AWAITING_SIGN_OFF: "warning",
  REFERRED: "brand",
  APPROVED: "success",
  DECLINED: "danger",
} as const satisfies Record<DecisionStatus, string>;

/** Where an applicant stands in the worklist, in the reader's language. */
export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  const t = useTranslations("common.decisionStatus");
  return (
    <Badge tone={TONE[status]} data-testid="decision-status" data-status={status}>
      {t(DECISION_STATUS_KEYS[status])}
    </Badge>
  );
}
