import { getTranslations } from "next-intl/server";
import type { ApplicantPageData } from "@/lib/applicant/page";
import { getFormat } from "@/lib/i18n/server";
import { scoreBand } from "@/lib/metrics/score-bands";
import { DecisionStatusBadge } from "./decision-status-badge";

type Props = { data: ApplicantPageData };

/** The few facts a decision rests on, beside the form: status, score band, income, red flags. */
export async function DecisionFacts({ data }: Props) {
  const [t, tm, f] = await Promise.all([
    getTranslations("applicant"),
    getTranslations("metrics"),
    getFormat(),
  ]);
  const { applicant, metrics } = data;
  const score = applicant.score12;
  const income = metrics?.income ?? null;
  // The same red flags the decision form asks to acknowledge and the server enforces.
  const { redFlags } = data.rules;
  return (
    <dl className="space-y-3 text-sm" data-testid="decision-facts">
      <div className="flex items-center justify-between gap-2">
        <dt className="text-slate-600">{t("aside.status")}</dt>
        <dd>
          <DecisionStatusBadge status={applicant.decisionStatus} />
        </dd>
      </div>
      <div className="flex items-center justify-between gap-2">
        <dt className="text-slate-600">{t("aside.score")}</dt>
        <dd className="font-medium text-slate-900" data-testid="aside-score">
          {score === null
            ? t("aside.noScore")
            : `${score} · ${tm(`scoreBands.${scoreBand(score).key}.label`)}`}
        </dd>
      </div>
      <div className="flex items-center justify-between gap-2">
        <dt className="text-slate-600">{t("aside.income")}</dt>
        <dd className="font-medium text-slate-900" data-testid="aside-income">
          {income
            ? income.atLeast
              ? t("summary.atLeast", { amount: f.money(income.monthlyIncome) })
              : f.money(income.monthlyIncome)
            : t("aside.noIncome")}
        </dd>
      </div>
      <div>
        <dt className="text-slate-600">{t("aside.redFlags")}</dt>
        <dd data-testid="aside-red-flags">
          {redFlags.length === 0 ? (
            <span className="text-slate-700">{t("aside.noRedFlags")}</span>
          ) : (
            <ul className="mt-1 space-y-1">
              {redFlags.map((flag) => (
                <li key={flag.code} className="rounded bg-red-50 px-2 py-1 text-red-900">
                  <span className="font-medium">{flag.label}</span>
                  <span className="block text-xs">{flag.summary}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
