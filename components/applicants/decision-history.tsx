import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { OUTCOME_KEYS, reasonKey } from "@/lib/applicant/decision-reasons";
import type { DecisionView } from "@/lib/applicant/decisions";
import { flagLabel, type MetricsTranslate } from "@/lib/i18n/flag-text";
import { getFormat } from "@/lib/i18n/server";
import { isFlagCode } from "@/lib/metrics/flag-rules";
import { OUTCOME_TONE } from "./decision-panel";

type Props = { decisions: readonly DecisionView[] };

/** Every decision, newest first: amendments name their reason; sign-offs say who and when. */
export async function DecisionHistory({ decisions }: Props) {
  const [t, tm, f] = await Promise.all([
    getTranslations("applicant"),
    getTranslations("metrics"),
    getFormat(),
  ]);
  if (decisions.length === 0) return <p className="text-sm text-slate-600">{t("history.empty")}</p>;
  // A retired reason code has no words any more: it is shown as stored.
  const reason = (code: string) => {
    const key = reasonKey(code);
    return key ? t(`decision.reasons.${key}`) : code;
  };
  const flagWords = (codes: readonly string[]) =>
    codes
      .map((code) => (isFlagCode(code) ? flagLabel(tm as unknown as MetricsTranslate, code) : code))
      .join(", ");
  const amended = new Set(decisions.flatMap((decision) => decision.amendsId ?? []));
  const who = (name: string | null) => name ?? t("history.formerUser");
  return (
    <ol className="space-y-3 text-sm" data-testid="decision-history">
      {decisions.map((decision) => (
        <li key={decision.id} data-testid="decision-entry">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={OUTCOME_TONE[decision.outcome]}>
              {t(`decision.outcomes.${OUTCOME_KEYS[decision.outcome]}`)}
            </Badge>
            <span className="font-medium">{reason(decision.reasonCode)}</span>
            {amended.has(decision.id) ? <Badge>{t("history.superseded")}</Badge> : null}
            {decision.signOff === "REQUIRED" && !amended.has(decision.id) ? (
              <Badge tone="warning">{t("history.signOffRequired")}</Badge>
            ) : null}
          </div>
          <p className="text-xs text-slate-600">
            {who(decision.decidedBy)} · {f.dateTime(decision.createdAt)}
          </p>
          {decision.amendReason ? (
            <p className="mt-1 text-slate-700" data-testid="decision-amend-reason">
              {t("history.amends", { reason: decision.amendReason })}
            </p>
          ) : null}
          {decision.acknowledgedFlags.length ? (
            <p className="mt-1 text-xs text-red-800">
              {t("history.acknowledged", { flags: flagWords(decision.acknowledgedFlags) })}
            </p>
          ) : null}
          {decision.note ? (
            <blockquote className="mt-1 border-l-2 border-slate-200 pl-2 whitespace-pre-wrap text-slate-700">
              {decision.note}
            </blockquote>
          ) : null}
          {decision.signedOffAt && decision.signOff !== "REQUIRED" ? (
            <p className="mt-1 text-xs text-slate-700" data-testid="decision-sign-off">
              {t(decision.signOff === "SIGNED" ? "history.signedBy" : "history.returnedBy", {
                name: who(decision.signedOffBy),
                date: f.dateTime(decision.signedOffAt),
              })}
              {decision.signOffNote ? ` — ${decision.signOffNote}` : ""}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
