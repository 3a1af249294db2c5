import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SCORE_BANDS } from "@/lib/metrics/score-bands";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { formatDateTime } from "@/lib/format";
import { ScoreGauge } from "./score-gauge";

const PERIODS = [3, 6, 12] as const;

type Props = {
  snapshots: readonly SnapshotView[];
  institution: string;
  /** The organization's time zone (getOrganizationSettings()). */
  timeZone: string;
};

/** Belvo's employment scores of every pull, newest first, with the bands explained. */
export function ScoreGauges({ snapshots, institution, timeZone }: Props) {
  return (
    <Card data-testid="scores">
      <CardHeader>
        <CardTitle>Employment scores</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        {institution === "ISSSTE" ? (
          <p
            className="rounded-md bg-slate-100 px-3 py-2 text-slate-700"
            data-testid="no-score-issste"
          >
            No employment score: Belvo scores IMSS records only. ISSSTE (public-sector) records
            carry no score and no weeks summary, so judge stability from the timeline and tenure
            below.
          </p>
        ) : snapshots.length === 0 ? (
          <p className="text-slate-600">No records stored yet.</p>
        ) : (
          <ol className="space-y-4">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id} data-testid="score-snapshot">
                <p className="text-xs text-slate-500">
                  Pull of {formatDateTime(snapshot.collectedAt, { timeZone })}
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
                  <p className="mt-1 text-slate-600">This pull carried no score.</p>
                )}
              </li>
            ))}
          </ol>
        )}
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer text-brand-700">How to read the score</summary>
          <p className="mt-1">
            Belvo&apos;s score (300–900, higher is better) estimates how likely formal employment
            continues over the next 3, 6 and 12 months. Cotiza&apos;s bands:
          </p>
          <ul className="mt-1 space-y-0.5">
            {SCORE_BANDS.map((band) => (
              <li key={band.key}>
                <span
                  className="mr-1 inline-block size-2 rounded-full"
                  style={{ background: `var(--gauge-${band.key})` }}
                  aria-hidden
                />
                <strong>
                  {band.min}–{band.max} {band.label}:
                </strong>{" "}
                {band.meaning}
              </li>
            ))}
          </ul>
        </details>
      </CardContent>
    </Card>
  );
}
