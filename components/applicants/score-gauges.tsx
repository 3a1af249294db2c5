import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SCORE_BANDS } from "@/lib/metrics/score-bands";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { getFormat } from "@/lib/i18n/server";
import { ScoreGauge } from "./score-gauge";

const PERIODS = [3, 6, 12] as const;

type Props = {
  snapshots: readonly SnapshotView[];
  institution: string;
};

/** Belvo's employment scores of every pull, newest first, with the bands explained. */
export async function ScoreGauges({ snapshots, institution }: Props) {
  const [t, tm, f] = await Promise.all([
    getTranslations("applicant.scores"),
    getTranslations("metrics"),
    getFormat(),
  ]);
  return (
    <Card data-testid="scores">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        {institution === "ISSSTE" ? (
          <p
            className="rounded-md bg-slate-100 px-3 py-2 text-slate-700"
            data-testid="no-score-issste"
          >
            {t("issste")}
          </p>
        ) : snapshots.length === 0 ? (
          <p className="text-slate-600">{t("noRecords")}</p>
        ) : (
          <ol className="space-y-4">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id} data-testid="score-snapshot">
                <p className="text-xs text-slate-500">
                  {t("pullOf", { date: f.dateTime(snapshot.collectedAt) })}
                </p>
                {snapshot.scores ? (
                  <div className="mt-1 grid grid-cols-3 gap-2">
                    {PERIODS.map((period) => (
                      <ScoreGauge
                        key={period}
                        period={period}
                        score={snapshot.scores?.find((s) => s.period === period)?.score ?? null}
                      />
                    ))}
                  </div>
                ) : (
                  <p className="mt-1 text-slate-600">{t("noScore")}</p>
                )}
              </li>
            ))}
          </ol>
        )}
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer text-brand-700">{t("howToRead")}</summary>
          <p className="mt-1">{t("explanation")}</p>
          <ul className="mt-1 space-y-0.5">
            {SCORE_BANDS.map((band) => (
              <li key={band.key}>
                <span
                  className="mr-1 inline-block size-2 rounded-full"
                  style={{ background: `var(--gauge-${band.key})` }}
                  aria-hidden
                />
                <strong>
                  {t("band", {
                    min: band.min,
                    max: band.max,
                    label: tm(`scoreBands.${band.key}.label`),
                  })}
                </strong>{" "}
                {tm(`scoreBands.${band.key}.meaning`)}
              </li>
            ))}
          </ul>
        </details>
      </CardContent>
    </Card>
  );
}
