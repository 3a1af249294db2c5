"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormat } from "@/components/shell/use-format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { OUTCOME_KEYS, reasonKey } from "@/lib/applicant/decision-reasons";
import type { DecisionView } from "@/lib/applicant/decisions";
import { AssignmentControl, type AssignmentProps } from "./assignment-control";
import { DecisionForm, type DecisionRulesView } from "./decision-form";
import { SignOffForm } from "./sign-off-form";
import { PanelMessageText, type PanelMessage } from "./use-api-send";

export const OUTCOME_TONE = { APPROVE: "success", DECLINE: "danger", REFER: "warning" } as const;

type Props = AssignmentProps & {
  /** The newest decision, if any. */
  current: DecisionView | null;
  rules: DecisionRulesView;
  /** The signed-in team lead may sign the current decision off (never their own). */
  canSignOff: boolean;
};

/**
 * Assignment and the decision. A recorded decision is final: the panel shows it, offers an explicit
 * amendment (with a reason) and, to a team lead, the sign-off it may wait for. Without a decision,
 * or once a team lead returned it, the form.
 */
export function DecisionPanel({ current, rules, canSignOff, ...assignment }: Props) {
  const [amending, setAmending] = useState(false);
  const [recorded, setRecorded] = useState<PanelMessage>(null);
  const open = !current || current.signOff === "RETURNED";
  const onRecorded = (text: string) => {
    setAmending(false);
    setRecorded({ tone: "ok", text });
  };
  return (
    <div className="space-y-5 text-sm">
      <AssignmentControl {...assignment} />
      {open ? (
        <>
          {current ? <ReturnedNotice /> : null}
          <DecisionForm
            applicantId={assignment.applicantId}
            rules={rules}
            onRecorded={onRecorded}
          />
        </>
      ) : (
        <>
          <CurrentDecision decision={current} />
          {canSignOff ? (
            <SignOffForm
              applicantId={assignment.applicantId}
              decisionId={current.id}
              onAnswered={onRecorded}
            />
          ) : null}
          {amending ? (
            <DecisionForm
              key={current.id}
              applicantId={assignment.applicantId}
              rules={rules}
              amending={{ onCancel: () => setAmending(false) }}
              onRecorded={onRecorded}
            />
          ) : (
            <AmendButton
              onClick={() => {
                setRecorded(null);
                setAmending(true);
              }}
            />
          )}
        </>
      )}
      <PanelMessageText message={recorded} />
    </div>
  );
}

function ReturnedNotice() {
  const t = useTranslations("applicant.decision");
  return (
    <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900" data-testid="returned-notice">
      {t("returnedNotice")}
    </p>
  );
}

function AmendButton({ onClick }: { onClick: () => void }) {
  const t = useTranslations("applicant.decision");
  return (
    <Button variant="secondary" size="sm" onClick={onClick} data-testid="decision-amend">
      {t("amend")}
    </Button>
  );
}

function CurrentDecision({ decision }: { decision: DecisionView }) {
  const t = useTranslations("applicant");
  const f = useFormat();
  const key = reasonKey(decision.reasonCode);
  return (
    <div className="space-y-1" data-testid="current-decision">
      <p className="font-medium text-slate-900">{t("decision.current")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={OUTCOME_TONE[decision.outcome]}>
          {t(`decision.outcomes.${OUTCOME_KEYS[decision.outcome]}`)}
        </Badge>
        <span>{key ? t(`decision.reasons.${key}`) : decision.reasonCode}</span>
      </div>
      <p className="text-xs text-slate-600">
        {t("decision.by", {
          name: decision.decidedBy ?? t("history.formerUser"),
          date: f.dateTime(decision.createdAt),
        })}
      </p>
      {decision.signOff === "REQUIRED" ? (
        <p className="text-amber-900" data-testid="awaiting-sign-off">
          {t("decision.awaitingSignOff")}
        </p>
      ) : null}
    </div>
  );
}
