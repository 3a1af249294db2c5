import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { OUTCOME_KEYS, reasonKey } from "@/lib/applicant/decision-reasons";
import type { DecisionView } from "@/lib/applicant/decisions";
import { getFormat } from "@/lib/i18n/server";

const TONE = { APPROVE: "success", DECLINE: "danger", REFER: "warning" } as const;

type Props = { decisions: readonly DecisionView[] };

export async function DecisionHistory({ decisions }: Props) {
  const [t, f] = await Promise.all([getTranslations("applicant"), getFormat()]);
  if (decisions.length === 0) return <p className="text-sm text-slate-600">{t("history.empty")}</p>;
  // A retired reason code has no words any more: it is shown as stored.
  const reason = (code: string) => {
    const key = reasonKey(code);
    return key ? t(`decision.reasons.${key}`) : code;
  };
  return (
    <ol className="space-y-3 text-sm" data-testid="decision-history">
      {decisions.map((decision) => (
        <li key={decision.id} data-testid="decision-entry">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONE[decision.outcome]}>
              {t(`decision.outcomes.${OUTCOME_KEYS[decision.outcome]}`)}
            </Badge>
            <span className="font-medium">{reason(decision.reasonCode)}</span>
          </div>
          <p className="text-xs text-slate-600">
            {decision.decidedBy ?? t("history.formerUser")} · {f.dateTime(decision.createdAt)}
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
