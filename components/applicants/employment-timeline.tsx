import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { employerLabel } from "@/lib/applicant/employer-label";
import { timelineLayout } from "@/lib/applicant/timeline";
import type { TimelineSpan } from "@/lib/applicant/timeline";
import { getFormat } from "@/lib/i18n/server";
import type { JobInput } from "@/lib/metrics";

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;
const place = (span: TimelineSpan) => ({
  left: pct(span.x),
  width: pct(Math.max(span.width, 0.004)),
});
const weeks = (days: number) => Math.floor(days / 7);

/** Employers as bars on one time axis; gaps and overlapping jobs shaded across every row. */
export async function EmploymentTimeline({
  jobs,
  asOf,
}: {
  jobs: readonly JobInput[];
  asOf: string;
}) {
  const [t, f] = await Promise.all([getTranslations("applicant.timeline"), getFormat()]);
  const layout = timelineLayout(jobs, asOf);
  return (
    <Card data-testid="timeline">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {!layout ? (
          <p className="text-slate-600">{t("empty")}</p>
        ) : (
          <figure aria-labelledby="timeline-caption">
            <div className="relative overflow-x-clip" aria-hidden="true">
              {layout.gaps.map((gap) => (
                <div
                  key={`gap-${gap.from}`}
                  className="absolute inset-y-0 bg-[var(--chart-gap)] opacity-20"
                  style={place(gap)}
                />
              ))}
              {layout.overlaps.map((overlap) => (
                <div
                  key={`overlap-${overlap.from}`}
                  className="absolute inset-y-0 bg-[var(--chart-overlap)] opacity-15"
                  style={place(overlap)}
                />
              ))}
              <ul className="relative space-y-1 py-1">
                {layout.bars.map((bar, i) => {
                  const name = employerLabel(bar.employer);
                  // A short job cannot hold its name: write it beside the bar, on the roomier side.
                  const narrow = bar.width < 0.25;
                  // Capped at the room on that side, so a phone shows "Constructora Ve…" in the card.
                  const beside =
                    bar.x > 0.5
                      ? { right: pct(1 - bar.x + 0.005), maxWidth: pct(bar.x - 0.005) }
                      : {
                          left: pct(bar.x + bar.width + 0.005),
                          maxWidth: pct(1 - bar.x - bar.width - 0.005),
                        };
                  return (
                    <li key={`${bar.employer}-${bar.from}`} className="relative h-6">
                      <div
                        className="absolute inset-y-0 overflow-hidden rounded px-1.5 text-xs leading-6 whitespace-nowrap text-white"
                        style={{ ...place(bar), background: `var(--chart-${(i % 6) + 1})` }}
                      >
                        {narrow ? null : name}
                      </div>
                      {narrow ? (
                        <span
                          className="absolute inset-y-0 truncate text-xs leading-6 text-slate-800"
                          style={beside}
                        >
                          {name}
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              <div className="relative mt-1 h-4 border-t border-slate-300 text-[10px] text-slate-600">
                {layout.years.map((tick) => (
                  <span
                    key={tick.year}
                    className="absolute -translate-x-1/2"
                    style={{ left: pct(tick.x) }}
                  >
                    {tick.year}
                  </span>
                ))}
              </div>
            </div>
            <figcaption id="timeline-caption" className="mt-2 text-xs text-slate-600">
              {t("caption", { from: f.date(layout.from), to: f.date(layout.to) })}
            </figcaption>
            <details className="mt-2 text-xs" data-testid="timeline-text">
              <summary className="cursor-pointer text-brand-700">{t("asText")}</summary>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {layout.bars.map((bar) => (
                  <li key={`t-${bar.employer}-${bar.from}`}>
                    {t("job", {
                      employer: employerLabel(bar.employer),
                      from: f.date(bar.from),
                      to: bar.open ? t("current") : f.date(bar.to),
                      weeks: weeks(bar.days),
                    })}
                  </li>
                ))}
                {layout.gaps.map((gap) => (
                  <li key={`t-gap-${gap.from}`}>
                    {t("gap", {
                      from: f.date(gap.from),
                      to: f.date(gap.to),
                      weeks: weeks(gap.days),
                    })}
                  </li>
                ))}
                {layout.overlaps.map((overlap) => (
                  <li key={`t-overlap-${overlap.from}`}>
                    {t("overlap", {
                      from: f.date(overlap.from),
                      to: f.date(overlap.to),
                      weeks: weeks(overlap.days),
                    })}
                  </li>
                ))}
              </ul>
            </details>
          </figure>
        )}
      </CardContent>
    </Card>
  );
}
