import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { employerLabel } from "@/lib/applicant/employer-label";
import { timelineLayout } from "@/lib/applicant/timeline";
import type { TimelineSpan } from "@/lib/applicant/timeline";
import { formatDate, formatNumber } from "@/lib/format";
import type { JobInput } from "@/lib/metrics";

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;
const place = (span: TimelineSpan) => ({
  left: pct(span.x),
  width: pct(Math.max(span.width, 0.004)),
});
const weeks = (days: number) => formatNumber(Math.floor(days / 7));

/** Employers as bars on one time axis; gaps and overlapping jobs shaded across every row. */
export function EmploymentTimeline({ jobs, asOf }: { jobs: readonly JobInput[]; asOf: string }) {
  const layout = timelineLayout(jobs, asOf);
  return (
    <Card data-testid="timeline">
      <CardHeader>
        <CardTitle>Timeline</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {!layout ? (
          <p className="text-slate-600">No formal employment on record.</p>
        ) : (
          <figure aria-labelledby="timeline-caption">
            <div className="relative" aria-hidden="true">
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
                  const beside =
                    bar.x > 0.5
                      ? { right: pct(1 - bar.x + 0.005) }
                      : { left: pct(bar.x + bar.width + 0.005) };
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
                          className="absolute inset-y-0 text-xs leading-6 whitespace-nowrap text-slate-800"
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
              {formatDate(layout.from)} to {formatDate(layout.to)}: amber bands are gaps without
              formal employment, violet bands are periods with overlapping jobs.
            </figcaption>
            <details className="mt-2 text-xs" data-testid="timeline-text">
              <summary className="cursor-pointer text-brand-700">Timeline as text</summary>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {layout.bars.map((bar) => (
                  <li key={`t-${bar.employer}-${bar.from}`}>
                    {employerLabel(bar.employer)}: {formatDate(bar.from)} –{" "}
                    {bar.open ? "current" : formatDate(bar.to)} ({weeks(bar.days)} weeks)
                  </li>
                ))}
                {layout.gaps.map((gap) => (
                  <li key={`t-gap-${gap.from}`}>
                    Gap: {formatDate(gap.from)} – {formatDate(gap.to)} ({weeks(gap.days)} weeks)
                  </li>
                ))}
                {layout.overlaps.map((overlap) => (
                  <li key={`t-overlap-${overlap.from}`}>
                    Overlapping jobs: {formatDate(overlap.from)} – {formatDate(overlap.to)} (
                    {weeks(overlap.days)} weeks)
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
