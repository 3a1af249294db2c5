import { useTranslations } from "next-intl";
import { gaugeArc } from "@/lib/applicant/gauge-arc";
import { SCORE_MAX, SCORE_MIN, scoreBand, scoreFraction } from "@/lib/metrics/score-bands";

const CIRCLE = { cx: 50, cy: 50, r: 40 };
const arc = (from: number, to: number) => gaugeArc(from, to, CIRCLE);

/** One employment score as a half-circle gauge; the label carries the same facts as text. */
export function ScoreGauge({ period, score }: { period: number; score: number | null }) {
  const t = useTranslations("applicant.scores");
  const tm = useTranslations("metrics");
  const band = score === null ? null : scoreBand(score);
  const bandLabel = band ? tm(`scoreBands.${band.key}.label`) : null;
  const label =
    score === null || !bandLabel
      ? t("gaugeNone", { period })
      : t("gauge", { period, score, max: SCORE_MAX, band: bandLabel.toLowerCase() });
  return (
    <figure className="flex flex-col items-center" data-testid={`score-gauge-${period}`}>
      <svg viewBox="0 0 100 60" className="w-full max-w-40" role="img" aria-label={label}>
        <path d={arc(0, 1)} fill="none" stroke="var(--gauge-track)" strokeWidth={10} />
        {score !== null && band ? (
          <path
            d={arc(0, Math.max(scoreFraction(score), 0.005))}
            fill="none"
            stroke={`var(--gauge-${band.key})`}
            strokeWidth={10}
          />
        ) : null}
        <text x={50} y={48} textAnchor="middle" fontSize={16} fontWeight={600} fill="#0f172a">
          {score ?? "—"}
        </text>
        <text x={10} y={59} textAnchor="middle" fontSize={7} fill="#475569">
          {SCORE_MIN}
        </text>
        <text x={90} y={59} textAnchor="middle" fontSize={7} fill="#475569">
          {SCORE_MAX}
        </text>
      </svg>
      <figcaption className="text-center text-xs">
        <span className="block font-medium text-slate-900">{t("period", { period })}</span>
        <span className="text-slate-600">{bandLabel ?? t("notScored")}</span>
      </figcaption>
    </figure>
  );
}
