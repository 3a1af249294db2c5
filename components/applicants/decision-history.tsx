import { Badge } from "@/components/ui/badge";
import { OUTCOME_LABELS, reasonLabel } from "@/lib/applicant/decision-reasons";
import type { DecisionView } from "@/lib/applicant/decisions";
import { formatDateTime } from "@/lib/format";

const TONE = { APPROVE: "success", DECLINE: "danger", REFER: "warning" } as const;

type Props = {
  decisions: readonly DecisionView[];
  /** The organization's time zone (getOrganizationSettings()). */
  timeZone: string;
};

export function DecisionHistory({ decisions, timeZone }: Props) {
  if (decisions.length === 0)
    return <p className="text-sm text-slate-600">No decision recorded yet.</p>;
  return (
    <ol className="space-y-3 text-sm" data-testid="decision-history">
      {decisions.map((decision) => (
        <li key={decision.id} data-testid="decision-entry">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONE[decision.outcome]}>{OUTCOME_LABELS[decision.outcome]}</Badge>
            <span className="font-medium">{reasonLabel(decision.reasonCode)}</span>
          </div>
          <p className="text-xs text-slate-600">
            {decision.decidedBy ?? "A former user"} ·{" "}
            {formatDateTime(decision.createdAt, { timeZone })}
          </p>
          {decision.note ? (
            <blockquote className="mt-1 border-l-2 border-slate-200 pl-2 whitespace-pre-wrap text-slate-700">
              {decision.note}
            </blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
